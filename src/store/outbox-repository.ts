import {
  conversationKeyOf,
  type Destination,
  type MessageRef,
  type NewOutboxMessage,
  OUTBOX_STATES,
  type OutboxMessage,
  type OutboxState,
  parentKeyOf,
} from '../domain/delivery';
import type { OutboxRepository } from '../domain/ports';
import { parseJsonColumn } from './json-column';
import type { Sql } from './sql';

interface Row {
  seq: number;
  dedupe_key: string;
  cancel_group: string | null;
  destination: string;
  conversation_key: string;
  parent_key: string | null;
  view: string;
  state: OutboxState;
  attempts: number;
  not_before: string;
  lease_owner: string | null;
  lease_until: string | null;
  message_ref: string | null;
  error: string | null;
  created_at: string;
  sent_at: string | null;
}

const toMessage = (r: Row): OutboxMessage => ({
  seq: r.seq,
  dedupeKey: r.dedupe_key,
  cancelGroup: r.cancel_group,
  destination: parseJsonColumn<Destination>(r.destination),
  conversationKey: r.conversation_key,
  parentKey: r.parent_key,
  view: parseJsonColumn<unknown>(r.view),
  state: r.state,
  attempts: r.attempts,
  notBefore: r.not_before,
  leaseOwner: r.lease_owner,
  leaseUntil: r.lease_until,
  messageRef: r.message_ref === null ? null : parseJsonColumn<MessageRef>(r.message_ref),
  error: r.error,
  createdAt: r.created_at,
  sentAt: r.sent_at,
});

/** The outbox: messages are written here in the transaction that decided them, and sent from here. */
export class SqlOutboxRepository implements OutboxRepository {
  constructor(private readonly sql: Sql) {}

  async enqueue(m: NewOutboxMessage, now: Date): Promise<boolean> {
    const parentKey = parentKeyOf(m.destination);
    const parent = parentKey ? await this.get(parentKey) : null;
    const result = await this.sql.run(
      `INSERT INTO outbox (dedupe_key, cancel_group, destination, conversation_key, parent_key, view, state,
           not_before, created_at)
         VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?) ON CONFLICT (dedupe_key) DO NOTHING`,
      [
        m.dedupeKey,
        m.cancelGroup ?? null,
        JSON.stringify(m.destination),
        conversationKeyOf(m.destination, parent?.conversationKey ?? null),
        parentKey,
        JSON.stringify(m.view),
        m.notBefore,
        now.toISOString(),
      ],
    );
    return result.changes === 1;
  }

  async get(dedupeKey: string): Promise<OutboxMessage | null> {
    const row = (await this.sql.get('SELECT * FROM outbox WHERE dedupe_key = ?', [dedupeKey])) as Row | undefined;
    return row ? toMessage(row) : null;
  }

  async cancelGroup(group: string, now: Date): Promise<number> {
    return (
      await this.sql.run(
        `UPDATE outbox SET state = 'cancelled', error = ?, lease_owner = NULL, lease_until = NULL
         WHERE cancel_group = ? AND state = 'pending'`,
        [`cancelled ${now.toISOString()}`, group],
      )
    ).changes;
  }

  async listSendable(now: Date, limit: number): Promise<OutboxMessage[]> {
    const at = now.toISOString();
    const rows = (await this.sql.all(
      `SELECT o.* FROM outbox o
         LEFT JOIN outbox p ON p.dedupe_key = o.parent_key
         WHERE ((o.state = 'pending' AND o.not_before <= @at) OR (o.state = 'sending' AND o.lease_until <= @at))
           AND (o.parent_key IS NULL OR p.state IN ('sent', 'failed', 'cancelled'))
         ORDER BY o.not_before, o.seq LIMIT @limit`,
      { at, limit },
    )) as Row[];
    return rows.map(toMessage);
  }

  async nextDueAt(): Promise<string | null> {
    // A reply waiting for its parent is not due before the parent is sent (the same drain then sends it):
    // counting its not_before would report "due now" and wake the scheduler in a loop until then.
    const row = (await this.sql.get(`SELECT min(t) AS t FROM (
           SELECT min(o.not_before) AS t FROM outbox o
           LEFT JOIN outbox p ON p.dedupe_key = o.parent_key
           WHERE o.state = 'pending' AND (o.parent_key IS NULL OR p.state IN ('sent', 'failed', 'cancelled'))
           UNION ALL SELECT min(lease_until) FROM outbox WHERE state = 'sending') AS due`)) as { t: string | null };
    return row.t;
  }

  async claim(seq: number, owner: string, now: Date, leaseUntil: Date): Promise<boolean> {
    const at = now.toISOString();
    return (
      (
        await this.sql.run(
          `UPDATE outbox SET state = 'sending', lease_owner = ?, lease_until = ?, attempts = attempts + 1
           WHERE seq = ? AND ((state = 'pending' AND not_before <= ?) OR (state = 'sending' AND lease_until <= ?))`,
          [owner, leaseUntil.toISOString(), seq, at, at],
        )
      ).changes === 1
    );
  }

  async markSent(seq: number, owner: string, ref: MessageRef, now: Date): Promise<void> {
    await this.sql.run(
      `UPDATE outbox SET state = 'sent', message_ref = ?, sent_at = ?, error = NULL, lease_owner = NULL,
           lease_until = NULL WHERE seq = ? AND lease_owner = ? AND state = 'sending'`,
      [JSON.stringify(ref), now.toISOString(), seq, owner],
    );
  }

  async retryLater(seq: number, owner: string, notBefore: Date, error: string, countAttempt = true): Promise<void> {
    await this.sql.run(
      `UPDATE outbox SET state = 'pending', not_before = ?, error = ?, lease_owner = NULL, lease_until = NULL,
           attempts = attempts - ? WHERE seq = ? AND lease_owner = ? AND state = 'sending'`,
      [notBefore.toISOString(), error, countAttempt ? 0 : 1, seq, owner],
    );
  }

  async markFailed(seq: number, owner: string, error: string, now: Date): Promise<void> {
    await this.sql.run(
      `UPDATE outbox SET state = 'failed', error = ?, sent_at = NULL, lease_owner = NULL, lease_until = NULL,
           not_before = ? WHERE seq = ? AND lease_owner = ? AND state = 'sending'`,
      [error, now.toISOString(), seq, owner],
    );
  }

  async listFailedSince(since: Date): Promise<OutboxMessage[]> {
    // A failed message's not_before is set to when it failed (see markFailed).
    const rows = (await this.sql.all("SELECT * FROM outbox WHERE state = 'failed' AND not_before >= ? ORDER BY seq", [
      since.toISOString(),
    ])) as Row[];
    return rows.map(toMessage);
  }

  async replacePendingView(dedupeKey: string, view: unknown): Promise<boolean> {
    const result = await this.sql.run("UPDATE outbox SET view = ? WHERE dedupe_key = ? AND state = 'pending'", [
      JSON.stringify(view),
      dedupeKey,
    ]);
    return result.changes === 1;
  }

  async list(filter: { state?: OutboxState; limit?: number } = {}): Promise<OutboxMessage[]> {
    // No LIMIT without a limit: SQLite's «LIMIT -1» (none) is an error in PostgreSQL.
    const limit = filter.limit === undefined ? '' : ' LIMIT @limit';
    const rows = (await this.sql.all(
      `SELECT * FROM outbox WHERE (state = @state OR @state IS NULL) ORDER BY seq${limit}`,
      { state: filter.state ?? null, limit: filter.limit ?? null },
    )) as Row[];
    return rows.map(toMessage);
  }

  async countByState(): Promise<Record<OutboxState, number>> {
    const counts = Object.fromEntries(OUTBOX_STATES.map((s) => [s, 0])) as Record<OutboxState, number>;
    const rows = (await this.sql.all('SELECT state, count(*) AS n FROM outbox GROUP BY state')) as {
      state: OutboxState;
      n: number;
    }[];
    for (const r of rows) counts[r.state] = r.n;
    return counts;
  }
}

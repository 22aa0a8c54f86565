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
import type { Db } from './db';
import { parseJsonColumn } from './json-column';
import { statement } from './statement-cache';

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
export class SqliteOutboxRepository implements OutboxRepository {
  constructor(private readonly db: Db) {}

  enqueue(m: NewOutboxMessage, now: Date): boolean {
    const parentKey = parentKeyOf(m.destination);
    const parent = parentKey ? this.get(parentKey) : null;
    const result = statement(
      this.db,
      `INSERT INTO outbox (dedupe_key, cancel_group, destination, conversation_key, parent_key, view, state,
           not_before, created_at)
         VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?) ON CONFLICT (dedupe_key) DO NOTHING`,
    ).run(
      m.dedupeKey,
      m.cancelGroup ?? null,
      JSON.stringify(m.destination),
      conversationKeyOf(m.destination, parent?.conversationKey ?? null),
      parentKey,
      JSON.stringify(m.view),
      m.notBefore,
      now.toISOString(),
    );
    return result.changes === 1;
  }

  get(dedupeKey: string): OutboxMessage | null {
    const row = statement(this.db, 'SELECT * FROM outbox WHERE dedupe_key = ?').get(dedupeKey) as Row | undefined;
    return row ? toMessage(row) : null;
  }

  cancelGroup(group: string, now: Date): number {
    return statement(
      this.db,
      `UPDATE outbox SET state = 'cancelled', error = ?, lease_owner = NULL, lease_until = NULL
         WHERE cancel_group = ? AND state = 'pending'`,
    ).run(`cancelled ${now.toISOString()}`, group).changes;
  }

  listSendable(now: Date, limit: number): OutboxMessage[] {
    const at = now.toISOString();
    const rows = statement(
      this.db,
      `SELECT o.* FROM outbox o
         LEFT JOIN outbox p ON p.dedupe_key = o.parent_key
         WHERE ((o.state = 'pending' AND o.not_before <= @at) OR (o.state = 'sending' AND o.lease_until <= @at))
           AND (o.parent_key IS NULL OR p.state IN ('sent', 'failed', 'cancelled'))
         ORDER BY o.not_before, o.seq LIMIT @limit`,
    ).all({ at, limit }) as Row[];
    return rows.map(toMessage);
  }

  nextDueAt(): string | null {
    // A reply waiting for its parent is not due before the parent is sent (the same drain then sends it):
    // counting its not_before would report "due now" and wake the scheduler in a loop until then.
    const row = statement(
      this.db,
      `SELECT min(t) AS t FROM (
           SELECT min(o.not_before) AS t FROM outbox o
           LEFT JOIN outbox p ON p.dedupe_key = o.parent_key
           WHERE o.state = 'pending' AND (o.parent_key IS NULL OR p.state IN ('sent', 'failed', 'cancelled'))
           UNION ALL SELECT min(lease_until) FROM outbox WHERE state = 'sending')`,
    ).get() as { t: string | null };
    return row.t;
  }

  claim(seq: number, owner: string, now: Date, leaseUntil: Date): boolean {
    const at = now.toISOString();
    return (
      statement(
        this.db,
        `UPDATE outbox SET state = 'sending', lease_owner = ?, lease_until = ?, attempts = attempts + 1
           WHERE seq = ? AND ((state = 'pending' AND not_before <= ?) OR (state = 'sending' AND lease_until <= ?))`,
      ).run(owner, leaseUntil.toISOString(), seq, at, at).changes === 1
    );
  }

  markSent(seq: number, owner: string, ref: MessageRef, now: Date): void {
    statement(
      this.db,
      `UPDATE outbox SET state = 'sent', message_ref = ?, sent_at = ?, error = NULL, lease_owner = NULL,
           lease_until = NULL WHERE seq = ? AND lease_owner = ? AND state = 'sending'`,
    ).run(JSON.stringify(ref), now.toISOString(), seq, owner);
  }

  retryLater(seq: number, owner: string, notBefore: Date, error: string, countAttempt = true): void {
    statement(
      this.db,
      `UPDATE outbox SET state = 'pending', not_before = ?, error = ?, lease_owner = NULL, lease_until = NULL,
           attempts = attempts - ? WHERE seq = ? AND lease_owner = ? AND state = 'sending'`,
    ).run(notBefore.toISOString(), error, countAttempt ? 0 : 1, seq, owner);
  }

  markFailed(seq: number, owner: string, error: string, now: Date): void {
    statement(
      this.db,
      `UPDATE outbox SET state = 'failed', error = ?, sent_at = NULL, lease_owner = NULL, lease_until = NULL,
           not_before = ? WHERE seq = ? AND lease_owner = ? AND state = 'sending'`,
    ).run(error, now.toISOString(), seq, owner);
  }

  listFailedSince(since: Date): OutboxMessage[] {
    // A failed message's not_before is set to when it failed (see markFailed).
    const rows = statement(this.db, "SELECT * FROM outbox WHERE state = 'failed' AND not_before >= ? ORDER BY seq").all(
      since.toISOString(),
    ) as Row[];
    return rows.map(toMessage);
  }

  replacePendingView(dedupeKey: string, view: unknown): boolean {
    const result = statement(this.db, "UPDATE outbox SET view = ? WHERE dedupe_key = ? AND state = 'pending'").run(
      JSON.stringify(view),
      dedupeKey,
    );
    return result.changes === 1;
  }

  list(filter: { state?: OutboxState; limit?: number } = {}): OutboxMessage[] {
    const rows = statement(
      this.db,
      'SELECT * FROM outbox WHERE (@state IS NULL OR state = @state) ORDER BY seq LIMIT @limit',
    ).all({ state: filter.state ?? null, limit: filter.limit ?? -1 }) as Row[];
    return rows.map(toMessage);
  }

  countByState(): Record<OutboxState, number> {
    const counts = Object.fromEntries(OUTBOX_STATES.map((s) => [s, 0])) as Record<OutboxState, number>;
    const rows = statement(this.db, 'SELECT state, count(*) AS n FROM outbox GROUP BY state').all() as {
      state: OutboxState;
      n: number;
    }[];
    for (const r of rows) counts[r.state] = r.n;
    return counts;
  }
}

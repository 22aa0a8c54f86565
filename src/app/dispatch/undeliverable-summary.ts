import { instantToOsloDate, osloToInstant } from '../../domain/calendar';
import type { OutboxMessage } from '../../domain/delivery';
import type { Repositories } from '../../domain/ports';
import { type FailedRecipient, undeliverableSummaryView } from '../../views/cycle-views';
import type { MessageView } from '../../views/message-view';
import { flatMapInOrder } from '../in-order';

const summaryKey = (day: string, email: string) => `undeliverable:${day}/to:${email}`;

/** The person or channel a message went to; a thread reply or an update goes where its parent went. */
async function recipientOf(repos: Repositories, message: OutboxMessage, depth = 0): Promise<FailedRecipient | null> {
  const d = message.destination;
  switch (d.kind) {
    case 'person':
      return { kind: 'person', email: d.email, name: (await repos.people.get(d.email))?.name ?? d.email };
    case 'channel':
      return { kind: 'channel', channel: d.channel };
    case 'thread':
    case 'update': {
      const parent = await repos.outbox.get(d.kind === 'thread' ? d.parentKey : d.targetKey);
      return parent && depth < 5 ? await recipientOf(repos, parent, depth + 1) : null;
    }
  }
}

/**
 * Brings each secretariat member's summary of today's failed deliveries up to date, in the
 * transaction that marked `failed` failed: added while the summary waits to be sent, updated in
 * place (a new version of the same message) once it has been.
 */
export async function refreshUndeliverableSummaries(
  repos: Repositories,
  failed: OutboxMessage,
  now: Date,
): Promise<void> {
  if ((failed.view as MessageView | null)?.kind === 'undeliverable') return;
  const day = instantToOsloDate(now);
  const since = new Date(osloToInstant(day, '00:00'));
  const failures = await flatMapInOrder(
    (await repos.outbox.listFailedSince(since)).filter((m) => (m.view as MessageView | null)?.kind !== 'undeliverable'),
    async (m) => {
      const recipient = await recipientOf(repos, m);
      // The stored error is «code: detail» (see Dispatcher.fail); the summary words the code.
      return recipient ? [{ recipient, reason: (m.error ?? '').split(':')[0] ?? '' }] : [];
    },
  );
  for (const member of await repos.people.withRole('secretariat')) {
    const view = undeliverableSummaryView(failures, day, member);
    if (!view) continue;
    const key = summaryKey(day, member.email);
    const existing = await repos.outbox.get(key);
    if (!existing) {
      await repos.outbox.enqueue(
        { dedupeKey: key, destination: { kind: 'person', email: member.email }, view, notBefore: now.toISOString() },
        now,
      );
    } else if (existing.state === 'pending') {
      await repos.outbox.replacePendingView(key, view);
    } else if (existing.state === 'sent') {
      await repos.outbox.enqueue(
        {
          dedupeKey: `${key}/update:${view.items.join('|').length}:${failures.length}`,
          destination: { kind: 'update', targetKey: key },
          view,
          notBefore: now.toISOString(),
        },
        now,
      );
    }
  }
}

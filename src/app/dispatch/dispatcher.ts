import type { OutboxMessage } from '../../domain/delivery';
import type { Repositories, UnitOfWork } from '../../domain/ports';
import { undeliverableView } from '../../views/cycle-views';
import type { MessageView } from '../../views/message-view';
import { DeliveryError, type Messenger, type OutboundMessage, type ResolvedDestination } from '../ports';
import { RateLimiter } from './rate-limiter';
import { type DeliveryFailure, nextAttemptDelay } from './retry-policy';

/** The clock the dispatcher waits on; tests pass one whose sleep advances time at once. */
export interface DispatchClock {
  now(): Date;
  sleep(ms: number): Promise<void>;
}

export interface DispatcherOptions {
  /** Who holds the leases: unique per process. */
  owner: string;
  /** How long a claimed message stays ours; after a crash it is sent again once the lease runs out. */
  leaseMs?: number;
  random?: () => number;
  /** Hooks for logging. */
  onSent?(message: OutboxMessage): void;
  onFailed?(message: OutboxMessage, reason: string): void;
}

export interface DispatchSummary {
  sent: number;
  retried: number;
  failed: number;
}

const CANDIDATES = 50;
const DEFAULT_LEASE_MS = 60_000;

/**
 * Drains the outbox through a Messenger, one message at a time: rate-limited
 * to the platform's published limits, retrying only what is worth retrying,
 * and telling the secretariat about what cannot be delivered.
 *
 * Delivery is at least once. A message is claimed under a lease before it is
 * sent and marked sent after; if the process dies in between, the lease runs
 * out and the message is sent again. Because only one message is ever in
 * flight per process, a crash can duplicate at most that one message.
 */
export class Dispatcher {
  private readonly limiter: RateLimiter;
  private readonly leaseMs: number;
  private readonly random: () => number;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly messenger: Messenger,
    private readonly options: DispatcherOptions,
  ) {
    this.limiter = new RateLimiter(messenger.limits);
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.random = options.random ?? Math.random;
  }

  /** Sends every message that is due now, waiting on rate limits; returns when nothing more is due. */
  async drain(clock: DispatchClock): Promise<DispatchSummary> {
    const summary: DispatchSummary = { sent: 0, retried: 0, failed: 0 };
    for (;;) {
      const now = clock.now();
      const candidates = this.uow.read((repos) => repos.outbox.listSendable(now, CANDIDATES));
      if (candidates.length === 0) return summary;
      let wait = Number.POSITIVE_INFINITY;
      let chosen: { message: OutboxMessage; outbound: OutboundMessage | Unresolvable } | null = null;
      for (const message of candidates) {
        const outbound = this.uow.read((repos) => resolve(repos, message, this.messenger));
        const cost = 'code' in outbound ? 0 : this.messenger.cost(outbound);
        const delay = this.limiter.delayFor(message.conversationKey, now.getTime(), cost);
        if (delay === 0) {
          chosen = { message, outbound };
          break;
        }
        wait = Math.min(wait, delay);
      }
      if (!chosen) {
        await clock.sleep(wait);
        continue;
      }
      const outcome = await this.deliverOne(chosen.message, chosen.outbound, clock);
      if (outcome) summary[outcome] += 1;
    }
  }

  private async deliverOne(
    message: OutboxMessage,
    outbound: OutboundMessage | Unresolvable,
    clock: DispatchClock,
  ): Promise<keyof DispatchSummary | null> {
    const { owner } = this.options;
    const claimedAt = clock.now();
    const claimed = this.uow.write({ actor: owner, now: claimedAt }, (repos) =>
      repos.outbox.claim(message.seq, owner, claimedAt, new Date(claimedAt.getTime() + this.leaseMs)),
    );
    if (!claimed) return null;
    if ('code' in outbound) {
      this.fail(message, { kind: 'permanent', reason: outbound.detail }, clock.now(), outbound.code);
      return 'failed';
    }
    // The request is counted when its response is in, not when it left: the platform counts it on arrival,
    // somewhere in between, and only the later time never shows a window emptier than the platform sees it.
    // (Counted at departure, a slow request followed by a fast one drew 429s under Teams' 30 per second.)
    const cost = this.messenger.cost(outbound);
    try {
      const ref = await this.messenger.deliver(outbound);
      const sentAt = clock.now();
      this.limiter.record(message.conversationKey, sentAt.getTime(), cost);
      this.uow.write({ actor: owner, now: sentAt }, (repos) => repos.outbox.markSent(message.seq, owner, ref, sentAt));
      this.options.onSent?.({ ...message, state: 'sent', sentAt: sentAt.toISOString(), messageRef: ref });
      return 'sent';
    } catch (error) {
      const failure: DeliveryFailure =
        error instanceof DeliveryError
          ? error.failure
          : { kind: 'transient', status: null, reason: error instanceof Error ? error.message : String(error) };
      const now = clock.now();
      this.limiter.record(message.conversationKey, now.getTime(), cost);
      if (failure.kind === 'rate-limited') {
        const until = now.getTime() + (failure.retryAfterMs ?? 1000);
        this.limiter.pauseUntil(until, failure.scope === 'global' ? undefined : message.conversationKey);
      }
      const delay = nextAttemptDelay(failure, message.attempts + 1, this.random);
      if (delay === null) {
        this.fail(message, failure, now);
        return 'failed';
      }
      this.uow.write({ actor: owner, now }, (repos) =>
        repos.outbox.retryLater(
          message.seq,
          owner,
          new Date(now.getTime() + delay),
          describe(failure),
          // A 429 says "not now", not "failed": it must not use up the attempts left for real failures.
          failure.kind !== 'rate-limited',
        ),
      );
      return 'retried';
    }
  }

  /** Marks a message failed and, unless it was itself such a notice, tells the secretariat. */
  /** `code`, when known, is what the secretariat's notice says (translated); the log keeps the detail. */
  private fail(message: OutboxMessage, failure: DeliveryFailure, now: Date, code?: string): void {
    const reason = describe(failure);
    const { owner } = this.options;
    this.uow.write({ actor: owner, now }, (repos) => {
      repos.outbox.markFailed(message.seq, owner, reason, now);
      const view = message.view as MessageView;
      if (view.kind === 'undeliverable') return;
      const who = whoFor(repos, message);
      for (const member of repos.people.withRole('secretariat')) {
        repos.outbox.enqueue(
          {
            dedupeKey: `undeliverable:${message.dedupeKey}/to:${member.email}`,
            destination: { kind: 'person', email: member.email },
            view: undeliverableView(view.title, who, code ?? reason, member),
            notBefore: now.toISOString(),
          },
          now,
        );
      }
    });
    this.options.onFailed?.(message, reason);
  }
}

function describe(failure: DeliveryFailure): string {
  switch (failure.kind) {
    case 'rate-limited':
      return 'rate limited';
    case 'transient':
      return failure.status === null ? failure.reason : `${failure.status} ${failure.reason}`;
    case 'permanent':
      return failure.reason;
  }
}

function whoFor(repos: Repositories, message: OutboxMessage): { name: string; email: string } {
  const d = message.destination;
  if (d.kind === 'person') {
    const person = repos.people.get(d.email);
    return { name: person?.name ?? d.email, email: d.email };
  }
  const name = d.kind === 'channel' ? d.channel.toUpperCase() : message.conversationKey;
  return { name, email: name };
}

/** Why a message cannot go anywhere: a reason code (cycle.preflight.reasons) and the detail for the log. */
interface Unresolvable {
  code: string;
  detail: string;
}

/** Looks up where a message goes on this platform, or why it cannot go anywhere. */
function resolve(repos: Repositories, message: OutboxMessage, messenger: Messenger): OutboundMessage | Unresolvable {
  const d = message.destination;
  let destination: ResolvedDestination;
  switch (d.kind) {
    case 'person': {
      const person = repos.people.get(d.email);
      if (!person) return { code: 'unknown-person', detail: `unknown person ${d.email}` };
      const identity = person.identities.find((i) => i.platform === messenger.platform);
      const userId = identity?.userId ?? null;
      const conversation =
        userId && messenger.platform !== 'local' ? repos.directory.conversationOf(messenger.platform, userId) : null;
      destination = { kind: 'person', person, userId, conversation };
      break;
    }
    case 'channel': {
      const binding = repos.directory.channel(d.channel);
      destination = { kind: 'channel', channel: d.channel, binding: binding?.reference ?? null };
      break;
    }
    case 'thread':
    case 'update': {
      const parent = repos.outbox.get(d.kind === 'thread' ? d.parentKey : d.targetKey);
      if (!parent?.messageRef) {
        return {
          code: 'parent-not-sent',
          detail: `the message it belongs to was never sent (${parent?.state ?? 'missing'})`,
        };
      }
      destination =
        d.kind === 'thread'
          ? { kind: 'thread', parent: parent.messageRef }
          : { kind: 'update', target: parent.messageRef };
      break;
    }
  }
  return { dedupeKey: message.dedupeKey, destination, view: message.view as MessageView };
}

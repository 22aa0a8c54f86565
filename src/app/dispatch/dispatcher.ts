import type { OutboxMessage } from '../../domain/delivery';
import type { SendLocks, UnitOfWork } from '../../domain/ports';
import type { MessageView } from '../../views/message-view';
import { DeliveryError, type Messenger } from '../ports';
import { RateLimiter } from './rate-limiter';
import { type DeliveryFailure, nextAttemptDelay } from './retry-policy';
import { Messengers, type Routed, type Unresolvable } from './routing';
import { refreshUndeliverableSummaries } from './undeliverable-summary';

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
  /** With several replicas on one database: which platforms this one may send through (none given: all). */
  locks?: SendLocks;
  /** Hooks for logging and metrics; `platform` is the Messenger's (unknown for a message that could not be routed). */
  onSent?(message: OutboxMessage, platform?: string): void;
  /** `code`: a short, stable reason (`transport`, `platform-error`, `no-identity`…), fit for a metric label. */
  onFailed?(message: OutboxMessage, reason: string, platform?: string, code?: string): void;
  /** A delivery that failed for now and will be tried again (`rate-limited` or `transient`). */
  onRetried?(message: OutboxMessage, kind: 'rate-limited' | 'transient', platform: string): void;
}

export interface DispatchSummary {
  sent: number;
  retried: number;
  failed: number;
  /** Due messages left to the replica that holds their platform's send lock. */
  deferred: number;
}

const CANDIDATES = 50;
/** How long a drain reuses where it found a message goes. */
const ROUTE_TTL_MS = 5_000;
const DEFAULT_LEASE_MS = 60_000;

/**
 * Drains the outbox through the deployment's Messengers, one message at a time:
 * each message goes to the Messenger of its destination's platform (see
 * {@link Messengers}), rate-limited to that platform's published limits,
 * retrying only what is worth retrying, and telling the secretariat about what
 * cannot be delivered.
 *
 * Delivery is at least once. A message is claimed under a lease before it is
 * sent and marked sent after; if the process dies in between, the lease runs
 * out and the message is sent again. Because only one message is ever in
 * flight per process, a crash can duplicate at most that one message.
 *
 * One dispatcher serves every platform, with one rate limiter per Messenger,
 * rather than one dispatcher per platform: which platform a person's message
 * goes to is decided only when it is sent (the one they used last), so the
 * outbox cannot be split by platform up front, and one drain loop keeps the
 * one-message-in-flight bound above. A platform that is rate-limited does not
 * hold up the others: its messages wait while the loop picks the next one whose
 * limiter lets it go.
 */
export class Dispatcher {
  private readonly messengers: Messengers;
  private readonly limiters = new Map<Messenger, RateLimiter>();
  private readonly leaseMs: number;
  private readonly random: () => number;
  /** The platforms whose send locks this process held at the last look. */
  private holding: ReadonlySet<string> = new Set();

  /** `messengers`: one per configured platform, the default first (see {@link Messengers}). */
  constructor(
    private readonly uow: UnitOfWork,
    messengers: Messenger | readonly Messenger[],
    private readonly options: DispatcherOptions,
  ) {
    this.messengers = new Messengers(messengers);
    for (const m of this.messengers.all) this.limiters.set(m, new RateLimiter(m.limits));
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.random = options.random ?? Math.random;
  }

  /** Sends every message that is due now, waiting on rate limits; returns when nothing more is due. */
  async drain(clock: DispatchClock): Promise<DispatchSummary> {
    const summary: DispatchSummary = { sent: 0, retried: 0, failed: 0, deferred: 0 };
    // Where each candidate goes, worked out once per drain: the loop below looks at the same
    // candidates after every send, and on a database across the network each look is round trips.
    // Kept a few seconds only: who uses which platform, and their chats, may change meanwhile.
    const routes = new Map<number, Routed | Unresolvable>();
    let routedAt = clock.now().getTime();
    for (;;) {
      const now = clock.now();
      if (now.getTime() - routedAt > ROUTE_TTL_MS) {
        routes.clear();
        routedAt = now.getTime();
      }
      const candidates = await this.uow.read(async (repos) => await repos.outbox.listSendable(now, CANDIDATES));
      if (candidates.length === 0) return summary;
      const held = await this.held(now);
      if (held?.size === 0) {
        summary.deferred = candidates.length;
        return summary;
      }
      let wait = Number.POSITIVE_INFINITY;
      let chosen: { message: OutboxMessage; routed: Routed | Unresolvable } | null = null;
      let deferred = 0;
      const unrouted = candidates.filter((m) => !routes.has(m.seq));
      if (unrouted.length > 0) {
        await this.uow.read(async (repos) => {
          for (const m of unrouted) routes.set(m.seq, await this.messengers.route(repos, m));
        });
      }
      for (const message of candidates) {
        const known = routes.get(message.seq);
        if (!known) continue;
        // The destination is worked out once; the view is the one just read (a summary may have grown).
        const routed: Routed | Unresolvable =
          'code' in known ? known : { ...known, outbound: { ...known.outbound, view: message.view as MessageView } };
        // Another replica sends through this platform: its messages are its to send.
        if (held && !('code' in routed) && !held.has(routed.messenger.platform)) {
          deferred += 1;
          continue;
        }
        const delay =
          'code' in routed
            ? 0
            : this.limiterOf(routed.messenger).delayFor(
                message.conversationKey,
                now.getTime(),
                routed.messenger.cost(routed.outbound),
              );
        if (delay === 0) {
          chosen = { message, routed };
          break;
        }
        wait = Math.min(wait, delay);
      }
      if (!chosen) {
        if (wait === Number.POSITIVE_INFINITY) {
          // Everything due belongs to platforms another replica holds.
          summary.deferred = deferred;
          return summary;
        }
        // The delays were measured at `now`; the time spent looking since counts towards them.
        await clock.sleep(Math.max(0, wait - (clock.now().getTime() - now.getTime())));
        continue;
      }
      routes.delete(chosen.message.seq);
      const outcome = await this.deliverOne(chosen.message, chosen.routed, clock);
      if (outcome) summary[outcome] += 1;
    }
  }

  /**
   * The platforms this process may send through, or null when it is the only sender. A platform
   * just taken over starts with a pause of its longest rate window: what the previous holder sent
   * in that window is unknown here, and still counts at the platform.
   */
  private async held(now: Date): Promise<ReadonlySet<string> | null> {
    const locks = this.options.locks;
    if (!locks) return null;
    const held = await locks.hold(this.messengers.all.map((m) => m.platform));
    for (const messenger of this.messengers.all) {
      if (!held.has(messenger.platform) || this.holding.has(messenger.platform)) continue;
      const limiter = this.limiterOf(messenger);
      limiter.pauseUntil(now.getTime() + limiter.globalWindowMs);
    }
    this.holding = held;
    return held;
  }

  private limiterOf(messenger: Messenger): RateLimiter {
    const limiter = this.limiters.get(messenger);
    if (!limiter) throw new Error(`no rate limiter for the ${messenger.platform} Messenger`);
    return limiter;
  }

  private async deliverOne(
    message: OutboxMessage,
    routed: Routed | Unresolvable,
    clock: DispatchClock,
  ): Promise<keyof DispatchSummary | null> {
    const { owner } = this.options;
    const claimedAt = clock.now();
    const claimed = await this.uow.write(
      { actor: owner, now: claimedAt },
      async (repos) =>
        await repos.outbox.claim(message.seq, owner, claimedAt, new Date(claimedAt.getTime() + this.leaseMs)),
    );
    if (!claimed) return null;
    if ('code' in routed) {
      await this.fail(message, { kind: 'permanent', reason: routed.detail }, clock.now(), routed.code);
      return 'failed';
    }
    const { messenger, outbound } = routed;
    const limiter = this.limiterOf(messenger);
    // The request is counted when its response is in, not when it left: the platform counts it on arrival,
    // somewhere in between, and only the later time never shows a window emptier than the platform sees it.
    // (Counted at departure, a slow request followed by a fast one drew 429s under Teams' 30 per second.)
    const cost = messenger.cost(outbound);
    try {
      const ref = await messenger.deliver(outbound);
      const sentAt = clock.now();
      limiter.record(message.conversationKey, sentAt.getTime(), cost);
      await this.uow.write(
        { actor: owner, now: sentAt },
        async (repos) => await repos.outbox.markSent(message.seq, owner, ref, sentAt),
      );
      this.options.onSent?.(
        { ...message, state: 'sent', sentAt: sentAt.toISOString(), messageRef: ref },
        messenger.platform,
      );
      return 'sent';
    } catch (error) {
      // The Messenger's own verdicts come as DeliveryErrors; what its SDK threw, it classifies.
      const failure: DeliveryFailure = error instanceof DeliveryError ? error.failure : messenger.classify(error);
      const now = clock.now();
      limiter.record(message.conversationKey, now.getTime(), cost);
      if (failure.kind === 'rate-limited') {
        const until = now.getTime() + (failure.retryAfterMs ?? 1000);
        limiter.pauseUntil(until, failure.scope === 'global' ? undefined : message.conversationKey);
      }
      const delay = nextAttemptDelay(failure, message.attempts + 1, this.random);
      if (delay === null) {
        await this.fail(message, failure, now, failureCode(failure), messenger.platform);
        return 'failed';
      }
      await this.uow.write(
        { actor: owner, now },
        async (repos) =>
          await repos.outbox.retryLater(
            message.seq,
            owner,
            new Date(now.getTime() + delay),
            describe(failure),
            // A 429 says "not now", not "failed": it must not use up the attempts left for real failures.
            failure.kind !== 'rate-limited',
          ),
      );
      if (failure.kind !== 'permanent') this.options.onRetried?.(message, failure.kind, messenger.platform);
      return 'retried';
    }
  }

  /** Marks a message failed and, unless it was itself such a notice, tells the secretariat. */
  /** `code`, when known, is what the secretariat's notice says (translated); the log keeps the detail. */
  private async fail(
    message: OutboxMessage,
    failure: DeliveryFailure,
    now: Date,
    code?: string,
    platform?: string,
  ): Promise<void> {
    const reason = describe(failure);
    const { owner } = this.options;
    await this.uow.write({ actor: owner, now }, async (repos) => {
      // «code: detail»: the code is what the secretariat's summary words, the detail what an operator reads.
      const error = !code || code === reason ? reason : `${code}: ${reason}`;
      await repos.outbox.markFailed(message.seq, owner, error, now);
      await refreshUndeliverableSummaries(repos, message, now);
    });
    this.options.onFailed?.(message, code ? `${code}: ${reason}` : reason, platform, code ?? failure.kind);
  }
}

/** Reasons a Messenger gives in its own words that the secretariat's summary knows how to say. */
const REACHABILITY_CODES = new Set([
  'unknown-person',
  'no-identity',
  'no-conversation',
  'channel-not-bound',
  'parent-not-sent',
]);

/**
 * The code of a failure for the secretariat's summary: a Messenger's own reachability code, or
 * «the platform cannot reach them» for another permanent refusal, or «went wrong there» otherwise.
 */
function failureCode(failure: DeliveryFailure): string {
  if (failure.kind === 'permanent') return REACHABILITY_CODES.has(failure.reason) ? failure.reason : 'transport';
  return 'platform-error';
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

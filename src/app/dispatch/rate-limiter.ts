/** At most `limit` requests in any sliding window of `windowMs` milliseconds. */
export interface RateWindow {
  limit: number;
  windowMs: number;
}

/**
 * Limits for one limiter instance, i.e. one app in one Teams tenant or one Slack
 * workspace. Every request counts against all `global` windows and all windows of
 * its own conversation. The numbers are the platform's and live with its channel
 * (channels/teams/teams-limits.ts, channels/slack/slack-limits.ts); each Messenger
 * carries its own.
 */
export interface RateLimitPolicy {
  global: RateWindow[];
  perConversation: RateWindow[];
}

/**
 * Request timestamps, oldest first, one entry per unit of cost. Only entries younger
 * than the largest window are kept, so a log never outgrows the sum of its limits.
 */
type Log = number[];

interface ConversationState {
  log: Log;
  pausedUntil: number;
}

/**
 * Sliding-log rate limiter over several windows at once, for one app in one tenant
 * or workspace. Pure bookkeeping: times are epoch milliseconds passed in by the caller
 * and are expected not to go backwards between calls.
 */
export class RateLimiter {
  private readonly global: RateWindow[];
  private readonly perConversation: RateWindow[];
  private readonly globalHorizon: number;
  private readonly conversationHorizon: number;
  private readonly sweepEveryMs: number;
  private readonly globalLog: Log = [];
  private globalPausedUntil = Number.NEGATIVE_INFINITY;
  private readonly conversations = new Map<string, ConversationState>();
  private lastSweep = Number.NEGATIVE_INFINITY;

  /** The longest global window: how far back what was sent still counts against the limit. */
  get globalWindowMs(): number {
    return this.globalHorizon;
  }

  constructor(policy: RateLimitPolicy) {
    for (const window of [...policy.global, ...policy.perConversation]) assertWindow(window);
    this.global = policy.global.map((w) => ({ ...w }));
    this.perConversation = policy.perConversation.map((w) => ({ ...w }));
    this.globalHorizon = horizon(this.global);
    this.conversationHorizon = horizon(this.perConversation);
    // Sweeping once per largest window keeps memory to the conversations active in the
    // last two such windows, at the cost of one pass over the map per window.
    this.sweepEveryMs = Math.max(this.conversationHorizon, 1_000);
  }

  /**
   * Milliseconds to wait before `cost` requests may be made for this conversation
   * (0 = may go now). Creating a conversation and sending to it costs 2. A cost above
   * a window's limit waits until that window is empty rather than forever.
   */
  delayFor(conversationKey: string, now: number, cost = 1): number {
    assertCost(cost);
    if (cost === 0) return 0;
    const conversation = this.conversations.get(conversationKey);
    let until = Math.max(this.globalPausedUntil, conversation?.pausedUntil ?? Number.NEGATIVE_INFINITY);
    until = Math.max(until, earliestAllowed(this.globalLog, this.global, cost));
    if (conversation) until = Math.max(until, earliestAllowed(conversation.log, this.perConversation, cost));
    return Math.max(0, until - now);
  }

  /** Records that `cost` requests were made at `now` for this conversation. */
  record(conversationKey: string, now: number, cost = 1): void {
    assertCost(cost);
    this.sweep(now);
    if (cost === 0) return;
    append(this.globalLog, now, cost);
    prune(this.globalLog, now - this.globalHorizon);
    if (this.perConversation.length === 0) return;
    const conversation = this.conversationFor(conversationKey);
    append(conversation.log, now, cost);
    prune(conversation.log, now - this.conversationHorizon);
  }

  /**
   * After a 429: holds back this conversation, or everything when no key is given,
   * until `until`. A pause is only ever extended, never shortened.
   */
  pauseUntil(until: number, conversationKey?: string): void {
    if (conversationKey === undefined) {
      this.globalPausedUntil = Math.max(this.globalPausedUntil, until);
      return;
    }
    const conversation = this.conversationFor(conversationKey);
    conversation.pausedUntil = Math.max(conversation.pausedUntil, until);
  }

  /** Number of conversations currently tracked; for tests and metrics. */
  size(): number {
    return this.conversations.size;
  }

  private conversationFor(key: string): ConversationState {
    let conversation = this.conversations.get(key);
    if (!conversation) {
      conversation = { log: [], pausedUntil: Number.NEGATIVE_INFINITY };
      this.conversations.set(key, conversation);
    }
    return conversation;
  }

  /** Forgets conversations whose requests have all left every window and that are not paused. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.sweepEveryMs) return;
    this.lastSweep = now;
    const cutoff = now - this.conversationHorizon;
    for (const [key, conversation] of this.conversations) {
      const newest = conversation.log[conversation.log.length - 1] ?? Number.NEGATIVE_INFINITY;
      if (newest <= cutoff && conversation.pausedUntil <= now) this.conversations.delete(key);
    }
  }
}

/**
 * Earliest time at which `cost` more requests fit in every window. In a window of
 * `limit` at most `limit - cost` earlier requests may remain, so the newest request
 * beyond those must have aged out: it leaves the window `windowMs` after it was made.
 */
function earliestAllowed(log: Log, windows: RateWindow[], cost: number): number {
  let earliest = Number.NEGATIVE_INFINITY;
  for (const { limit, windowMs } of windows) {
    const mayRemain = Math.max(0, limit - cost);
    const blocking = log[log.length - mayRemain - 1];
    if (blocking !== undefined) earliest = Math.max(earliest, blocking + windowMs);
  }
  return earliest;
}

function append(log: Log, at: number, cost: number): void {
  // Keeps the log sorted should a caller record slightly out of order.
  let index = log.length;
  while (index > 0 && (log[index - 1] ?? at) > at) index--;
  log.splice(index, 0, ...new Array<number>(cost).fill(at));
}

/** Drops entries at or before `cutoff`: they no longer count in any window. */
function prune(log: Log, cutoff: number): void {
  let stale = 0;
  while (stale < log.length && (log[stale] ?? cutoff + 1) <= cutoff) stale++;
  if (stale > 0) log.splice(0, stale);
}

function horizon(windows: RateWindow[]): number {
  return windows.reduce((max, w) => Math.max(max, w.windowMs), 0);
}

function assertWindow({ limit, windowMs }: RateWindow): void {
  if (!Number.isInteger(limit) || limit < 1 || !Number.isFinite(windowMs) || windowMs <= 0) {
    throw new RangeError(`Invalid rate window: ${limit} per ${windowMs} ms`);
  }
}

function assertCost(cost: number): void {
  if (!Number.isInteger(cost) || cost < 0) throw new RangeError(`Invalid request cost: ${cost}`);
}

import { MAX_CLOCK_SKEW_SECONDS } from './slack-signature';

/** An answer to Slack, kept so a replayed request gets the same one. */
export interface SlackAnswer {
  status: number;
  /** Nothing, or the JSON (or text) Slack is answered with. */
  body: unknown;
}

/**
 * How long a request's key is remembered: a replay older than the signature window is refused
 * anyway, so remembering a little longer than the window covers every replay that could pass.
 * Slack retries events for about an hour (after 1 min, 5 min and 30 min, `X-Slack-Retry-Num`),
 * so retried events are remembered that long.
 */
const REMEMBER_MS = (MAX_CLOCK_SKEW_SECONDS + 60) * 1000;
const REMEMBER_EVENTS_MS = 2 * 60 * 60 * 1000;
/** A ceiling on memory under a flood of distinct requests; the oldest are forgotten first. */
const MAX_ENTRIES = 20_000;

interface Entry {
  answer: Promise<SlackAnswer>;
  expiresAt: number;
}

/**
 * Applies each Slack request once: the first with a key runs, and any replay or retry with the
 * same key while it is remembered gets the first one's answer (waiting for it if it is still
 * running) without running again. Keys: `event_id` for events; `view.id` + `view.hash` for a
 * modal's submission; `trigger_id` (or `action_ts`) + user + `action_id` for a button.
 *
 * In memory, because a replay must arrive within the signature window anyway; across a
 * restart the use cases' own idempotency keys (the report and the vote) still hold.
 */
export class ReplayGuard {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly nowMs: () => number) {}

  /** Runs `work` for the first request with `key`; a replay gets the same answer. No key: always runs. */
  once(
    key: string | null,
    work: () => Promise<SlackAnswer>,
    kind: 'event' | 'interaction' = 'interaction',
  ): Promise<SlackAnswer> {
    if (key === null) return work();
    const now = this.nowMs();
    this.sweep(now);
    const seen = this.entries.get(key);
    if (seen && seen.expiresAt > now) return seen.answer;
    const answer = work();
    this.entries.set(key, { answer, expiresAt: now + (kind === 'event' ? REMEMBER_EVENTS_MS : REMEMBER_MS) });
    // A failed first attempt is not an answer: let a retry run it again.
    answer.catch(() => this.entries.delete(key));
    return answer;
  }

  /** Requests remembered now (for tests and metrics). */
  size(): number {
    return this.entries.size;
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt <= now || this.entries.size > MAX_ENTRIES) this.entries.delete(key);
      else break;
    }
  }
}

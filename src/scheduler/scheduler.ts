import cron, { type ScheduledTask } from 'node-cron';
import type { CycleEngine, WorkSummary } from '../app/cycle/engine';
import { OSLO } from '../domain/calendar';

export interface SchedulerHooks {
  onRun?(summary: WorkSummary): void;
  onError?(error: unknown): void;
}

/** The longest a wake-up for a retry or a job is put off to, between cron ticks. */
const MAX_TIMER_MS = 60_000;

/**
 * How long a wake-up after a command waits for others to join it: a burst of
 * submissions then costs one engine run, not one per submission. Short enough
 * that a message enqueued by a command still leaves at once to a person.
 */
export const WAKE_COALESCE_MS = 25;

/**
 * How soon a replica looks again when the due messages belong to platforms another replica sends
 * through: how fast it takes over when that replica dies (its lock is gone as its connection drops).
 */
export const SEND_LOCK_POLL_MS = 2000;

/**
 * Wakes the engine: at start-up (catching up, once, on whatever fell due while
 * the process was down), every minute by node-cron in Europe/Oslo, and at the
 * next due time in between. node-cron never replays slots missed while the
 * process was down; it does not need to, since what is due lives in the database.
 */
export class Scheduler {
  private task: ScheduledTask | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** The coalescing timer of a requested wake-up, while one is pending. */
  private pending: NodeJS.Timeout | null = null;
  /** A run is in progress; a wake-up meanwhile sets `again` instead of starting another. */
  private running = false;
  private again = false;
  private stopped = false;

  constructor(
    private readonly engine: CycleEngine,
    private readonly now: () => Date,
    private readonly hooks: SchedulerHooks = {},
  ) {}

  start(): void {
    this.task = cron.schedule('* * * * *', () => this.run(), { timezone: OSLO, noOverlap: true, name: 'cycle' });
    this.run();
  }

  /**
   * Asks for due work to run shortly (e.g. after a command enqueued messages).
   * Wake-ups within {@link WAKE_COALESCE_MS} of each other, or during a run,
   * share one run: the work is whatever is due in the database then, so one
   * run serves them all.
   */
  wake(): void {
    if (this.stopped || this.pending) return;
    this.pending = setTimeout(() => {
      this.pending = null;
      this.run();
    }, WAKE_COALESCE_MS);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.pending) clearTimeout(this.pending);
    await this.task?.stop();
  }

  /** Runs due work now, or once more right after the run in progress (what it read may predate the wake-up). */
  private run(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.engine
      .runDueWork()
      .then(async (summary) => {
        this.hooks.onRun?.(summary);
        await this.armTimer(summary.delivery.deferred > 0 ? SEND_LOCK_POLL_MS : 0);
      })
      .catch((error: unknown) => this.hooks.onError?.(error))
      .finally(() => {
        this.running = false;
        if (this.again) {
          this.again = false;
          this.run();
        }
      });
  }

  private async armTimer(atLeastMs: number): Promise<void> {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    const next = await this.engine.nextDueAt();
    if (!next) return;
    const delay = Math.max(next.getTime() - this.now().getTime(), atLeastMs);
    if (delay < MAX_TIMER_MS) this.timer = setTimeout(() => this.run(), Math.max(delay, 0));
  }
}

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
 * Wakes the engine: at start-up (catching up, once, on whatever fell due while
 * the process was down), every minute by node-cron in Europe/Oslo, and at the
 * next due time in between. node-cron never replays slots missed while the
 * process was down; it does not need to, since what is due lives in the database.
 */
export class Scheduler {
  private task: ScheduledTask | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly engine: CycleEngine,
    private readonly now: () => Date,
    private readonly hooks: SchedulerHooks = {},
  ) {}

  start(): void {
    this.task = cron.schedule('* * * * *', () => this.wake(), { timezone: OSLO, noOverlap: true, name: 'cycle' });
    this.wake();
  }

  /** Runs due work now (e.g. after a command enqueued messages). */
  wake(): void {
    if (this.stopped) return;
    this.engine
      .runDueWork()
      .then((summary) => {
        this.hooks.onRun?.(summary);
        this.armTimer();
      })
      .catch((error: unknown) => this.hooks.onError?.(error));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.task?.stop();
  }

  private armTimer(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    const next = this.engine.nextDueAt();
    if (!next) return;
    const delay = next.getTime() - this.now().getTime();
    if (delay < MAX_TIMER_MS) this.timer = setTimeout(() => this.wake(), Math.max(delay, 0));
  }
}

import type { AppContext } from '../app-context';
import { type DispatchClock, Dispatcher, type DispatcherOptions, type DispatchSummary } from '../dispatch/dispatcher';
import type { Messenger } from '../ports';
import { type JobRunSummary, runDueJobs } from './run-due-jobs';

export interface WorkSummary {
  jobs: JobRunSummary;
  delivery: DispatchSummary;
}

/**
 * The cycle engine: what is due lives in the database; the engine is woken
 * (`runDueWork`) by the scheduler or after a command, runs the due jobs, and
 * sends what they enqueued. A restart neither repeats nor skips anything.
 */
export class CycleEngine {
  private readonly dispatcher: Dispatcher;
  private running: Promise<WorkSummary> | null = null;

  /** `messengers`: one per configured platform, the default first; the dispatcher routes between them. */
  constructor(
    private readonly app: AppContext,
    messengers: Messenger | readonly Messenger[],
    private readonly clock: DispatchClock,
    private readonly options: DispatcherOptions,
  ) {
    this.dispatcher = new Dispatcher(app.uow, messengers, options);
  }

  /** Runs due jobs and drains the outbox; concurrent calls share one run. */
  runDueWork(): Promise<WorkSummary> {
    if (!this.running) {
      this.running = this.work().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  /** When something next falls due (a job or a waiting message), or null. */
  async nextDueAt(): Promise<Date | null> {
    const times = (
      await this.app.uow.read(async (repos) => [await repos.jobs.nextDueAt(), await repos.outbox.nextDueAt()])
    )
      .filter((t): t is string => t !== null)
      .map((t) => Date.parse(t));
    return times.length === 0 ? null : new Date(Math.min(...times));
  }

  private async work(): Promise<WorkSummary> {
    const jobs = await runDueJobs(this.app, this.clock.now(), this.options.owner);
    const delivery = await this.dispatcher.drain(this.clock);
    return { jobs, delivery };
  }
}

/** The real clock. */
export const systemClock: DispatchClock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

import { type CycleEffect, decideJob } from '../../domain/cycle/decide';
import type { Job } from '../../domain/delivery';
import type { AppContext } from '../app-context';
import { mapInOrder } from '../in-order';
import { executeJobEffects, type JobOutcome } from './execute-job';
import { gatherJobFacts, JOB_BATCH } from './job-facts';

export interface JobRunSummary {
  done: number;
  dropped: number;
}

/** What one due job would do, as decided now: the dry run's answer. */
export interface PlannedJob {
  job: Job;
  effects: CycleEffect[];
}

/** Thrown inside a job's transaction to roll it back: another process finished the job first. */
class FinishedElsewhere extends Error {}

/**
 * Runs every job due at `now`: gathers the facts, decides with the pure
 * {@link decideJob}, and carries out its effects. Each job is finished in the
 * same IMMEDIATE transaction as the facts it read and the messages it enqueues,
 * and that transaction is rolled back unless the job was still pending, so two
 * processes on one database never both run it, and a crash either leaves it
 * pending with nothing enqueued or done with everything enqueued.
 */
export async function runDueJobs(app: AppContext, now: Date, owner: string): Promise<JobRunSummary> {
  const summary: JobRunSummary = { done: 0, dropped: 0 };
  const due = await app.uow.read(async (repos) => await repos.jobs.listDue(now, JOB_BATCH));
  for (const job of due) {
    try {
      const result = await app.uow.write({ actor: owner, now }, async (repos): Promise<JobOutcome> => {
        // Another replica is running it or ran it: skip at once instead of deciding it twice.
        if (!(await repos.jobs.lock(job.seq))) throw new FinishedElsewhere();
        const effects = decideJob(await gatherJobFacts(repos, job, app.settings.cycle, now), now);
        const outcome = await executeJobEffects(repos, job, effects, now);
        if (!(await repos.jobs.finish(job.seq, outcome.state, outcome.outcome, owner, now)))
          throw new FinishedElsewhere();
        return outcome;
      });
      summary[result.state] += 1;
    } catch (error) {
      // Another process ran it after we listed it. Its effects cannot be left to the
      // dedupe keys: run now, it may decide otherwise (a reminder it dropped as
      // superseded finds no later one pending and would be sent after all).
      if (!(error instanceof FinishedElsewhere)) throw error;
    }
  }
  return summary;
}

/**
 * The dry run: what each job due at `now` would do, decided exactly as
 * {@link runDueJobs} decides, in one read transaction that writes nothing.
 * Each job is planned against the database as it is: the effects of an earlier
 * job in the same run (a round moved to review) are not applied first, which
 * changes nothing today, since reminders are sent both while a round is open
 * and while it is in review.
 */
export async function planDueJobs(app: AppContext, now: Date): Promise<PlannedJob[]> {
  return await app.uow.read(async (repos) =>
    mapInOrder(await repos.jobs.listDue(now, JOB_BATCH), async (job) => ({
      job,
      effects: decideJob(await gatherJobFacts(repos, job, app.settings.cycle, now), now),
    })),
  );
}

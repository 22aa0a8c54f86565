import type { Job } from '../../domain/delivery';
import type { Repositories } from '../../domain/ports';
import { transitionRound } from '../../domain/round-state';
import type { AppContext } from '../app-context';
import { enqueueEscalation, enqueueReminders, enqueueReview } from './fan-out';

export interface JobRunSummary {
  done: number;
  dropped: number;
}

type Outcome = { state: 'done' | 'dropped'; outcome: string };

const BATCH = 100;

/** Thrown inside a job's transaction to roll it back: another process finished the job first. */
class FinishedElsewhere extends Error {}

/**
 * Runs every job due at `now`. Each job is finished in the same IMMEDIATE
 * transaction as the messages it enqueues, and that transaction is rolled back
 * unless the job was still pending, so two processes on one database never
 * both run it, and a crash either leaves it pending with nothing enqueued or
 * done with everything enqueued.
 */
export function runDueJobs(app: AppContext, now: Date, owner: string): JobRunSummary {
  const summary: JobRunSummary = { done: 0, dropped: 0 };
  const due = app.uow.read((repos) => repos.jobs.listDue(now, BATCH));
  for (const job of due) {
    try {
      const result = app.uow.write({ actor: owner, now }, (repos): Outcome => {
        const outcome = run(app, repos, job, now);
        if (!repos.jobs.finish(job.seq, outcome.state, outcome.outcome, owner, now)) throw new FinishedElsewhere();
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

function run(app: AppContext, repos: Repositories, job: Job, now: Date): Outcome {
  const roundId = String(job.payload.roundId);
  const round = repos.rounds.get(roundId);
  if (!round) return { state: 'dropped', outcome: 'round not found' };
  switch (job.kind) {
    case 'round.reminder': {
      if (round.state !== 'open' && round.state !== 'in-review') {
        return { state: 'dropped', outcome: `round ${round.state}` };
      }
      if (now.getTime() >= Date.parse(round.lockAt)) return { state: 'dropped', outcome: 'round locked' };
      // After downtime several reminders may be due at once: only the latest is worth sending.
      const later = repos.jobs
        .listDue(now, BATCH)
        .some((j) => j.kind === 'round.reminder' && j.payload.roundId === round.id && j.dueAt > job.dueAt);
      const kind = job.payload.reminder as 'before' | 'on-deadline' | 'overdue';
      const ordinal = Number(job.payload.ordinal);
      const escalate = kind === 'overdue' && ordinal >= app.settings.cycle.escalateAfterOverdueReminders;
      if (later && !escalate) return { state: 'dropped', outcome: 'superseded by a later reminder' };
      const sent = later ? 0 : enqueueReminders(repos, round, { kind, ordinal }, now);
      const escalated = escalate ? enqueueEscalation(repos, round, ordinal, now) : 0;
      return { state: 'done', outcome: `${sent} reminders, ${escalated} escalations` };
    }
    case 'round.deadline': {
      let current = round;
      if (round.state === 'open') {
        const moved = transitionRound(round, 'in-review', now);
        if (!moved.ok) return { state: 'dropped', outcome: moved.error.code };
        repos.rounds.save(moved.value);
        current = moved.value;
      }
      if (current.state !== 'in-review') return { state: 'dropped', outcome: `round ${current.state}` };
      const posted = enqueueReview(repos, current, app.settings.cycle.defaultLocale, now);
      return { state: 'done', outcome: `review: ${posted} posts` };
    }
  }
}

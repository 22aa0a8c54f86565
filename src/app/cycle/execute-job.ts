import type { CycleEffect, DropReason } from '../../domain/cycle/decide';
import type { Job } from '../../domain/delivery';
import type { Person, Round } from '../../domain/model';
import type { Repositories } from '../../domain/ports';
import { flatMapInOrder, mapInOrder, present } from '../in-order';
import { enqueueEscalation, enqueueReminder, enqueueReview } from './fan-out';

/** How a job ended, as written to its row: the state and a line for the operator's log. */
export interface JobOutcome {
  state: 'done' | 'dropped';
  outcome: string;
}

/** The job log's words for a dropped job (English, like the rest of the operator's log). */
export function dropLine(reason: DropReason): string {
  switch (reason.code) {
    case 'round-not-found':
      return 'round not found';
    case 'round-inactive':
      return `round ${reason.state}`;
    case 'round-locked':
      return 'round locked';
    case 'superseded':
      return 'superseded by a later reminder';
    case 'transition-refused':
      return reason.error.code;
  }
}

/**
 * Carries out a job's effects in the caller's transaction (the one that finishes
 * the job), building each message's view as it enqueues it. Enqueueing is keyed,
 * so a message already in the outbox is not added again and not counted.
 */
export async function executeJobEffects(
  repos: Repositories,
  job: Job,
  effects: readonly CycleEffect[],
  now: Date,
): Promise<JobOutcome> {
  const rounds = new Map<string, Round>();
  const round = async (id: string): Promise<Round> => {
    const found = rounds.get(id) ?? (await repos.rounds.get(id));
    if (!found) throw new Error(`round ${id} vanished inside its job's transaction`);
    rounds.set(id, found);
    return found;
  };
  const person = async (email: string): Promise<Person | null> => await repos.people.get(email);
  const counts = { reminders: 0, escalations: 0, posts: 0 };
  let finished: JobOutcome | null = null;
  for (const effect of effects) {
    switch (effect.kind) {
      case 'remind': {
        const initiative = await repos.initiatives.get(effect.initiativeId);
        const recipient = await person(effect.to);
        if (!initiative || !recipient) break;
        const reminder = { kind: effect.reminder, ordinal: effect.ordinal };
        const c = { round: await round(effect.roundId), initiative, recipient, reminder, hasDraft: effect.hasDraft };
        if (await enqueueReminder(repos, c, now)) counts.reminders += 1;
        break;
      }
      case 'escalate': {
        const member = await person(effect.to);
        if (!member) break;
        const missing = await flatMapInOrder(effect.missing, async ({ initiativeId, contacts }) => {
          const initiative = await repos.initiatives.get(initiativeId);
          if (!initiative) return [];
          return [{ initiative, contacts: present(await mapInOrder(contacts, person)) }];
        });
        if (await enqueueEscalation(repos, await round(effect.roundId), member, missing, effect.reminders, now)) {
          counts.escalations += 1;
        }
        break;
      }
      case 'move-round':
        await repos.rounds.save(effect.round);
        rounds.set(effect.round.id, effect.round);
        break;
      case 'post-review':
        counts.posts += await enqueueReview(repos, await round(effect.roundId), effect.locale, now);
        break;
      case 'finish-job':
        finished =
          effect.outcome.state === 'dropped'
            ? { state: 'dropped', outcome: dropLine(effect.outcome.reason) }
            : {
                state: 'done',
                outcome:
                  job.kind === 'round.deadline'
                    ? `review: ${counts.posts} posts`
                    : `${counts.reminders} reminders, ${counts.escalations} escalations`,
              };
        break;
    }
  }
  if (!finished) throw new Error(`the decision on job ${job.dedupeKey} did not say how it ends`);
  return finished;
}

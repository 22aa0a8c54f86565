import { isBusinessDay, isIsoDate, osloToInstant, remindersForDeadline } from '../../domain/calendar';
import { DomainFailure } from '../../domain/errors';
import type { IsoDate, Quarter, Round } from '../../domain/model';
import { type Actor, type AppContext, actorName } from '../app-context';
import { requireAdministrator } from '../authorise-admin';
import { scheduleRoundJobs } from '../cycle/fan-out';

/**
 * Moves an open round's deadline to another business day (at the configured
 * time). The reminders not yet sent are dropped and planned afresh from the new
 * date; the lock time stays, so the new deadline must come before it.
 */
export async function adjustDeadline(
  app: AppContext,
  input: { roundId: Quarter; deadline: IsoDate },
  actor: Actor,
  now: Date,
): Promise<Round> {
  requireAdministrator(actor);
  if (!isIsoDate(input.deadline) || !isBusinessDay(input.deadline)) {
    throw DomainFailure.of('REPORT.INVALID_DATE', { value: input.deadline }, 'deadline');
  }
  const settings = app.settings.roundCalendar;
  const deadline = osloToInstant(input.deadline, settings.deadlineTime);
  return await app.uow.write({ actor: actorName(actor), now }, async (repos) => {
    const round = await repos.rounds.get(input.roundId);
    if (!round) throw DomainFailure.of('ROUND.NOT_FOUND', { round: input.roundId });
    if (round.state !== 'open') {
      throw DomainFailure.of('ROUND.INVALID_TRANSITION', { round: round.id, from: round.state, to: 'open' });
    }
    if (Date.parse(deadline) <= now.getTime() || Date.parse(deadline) >= Date.parse(round.lockAt)) {
      throw DomainFailure.of('REPORT.INVALID_DATE', { value: input.deadline }, 'deadline');
    }
    const moved: Round = { ...round, deadline };
    await repos.rounds.save(moved);
    await repos.jobs.dropPending(`round:${round.id}/job:`, 'deadline moved', now);
    await scheduleRoundJobs(repos, moved, remindersForDeadline(input.deadline, round.lockAt, settings), now);
    return moved;
  });
}

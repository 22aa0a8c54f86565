import { DomainFailure } from '../../domain/errors';
import type { Quarter } from '../../domain/model';
import { type Actor, type AppContext, actorName } from '../app-context';
import { requireAdministrator } from '../authorise-admin';
import { pickRound } from '../rounds/pick-round';
import { enqueueReminders } from './fan-out';

/**
 * The secretariat's `påminn`: a reminder now to everyone whose report is still
 * missing in the active round (or for one initiative). Keyed by the minute, so
 * a double-sent command reminds once.
 */
export function remindNow(
  app: AppContext,
  input: { roundId?: Quarter; initiativeId: string | null },
  actor: Actor,
  now: Date,
): number {
  requireAdministrator(actor);
  // Without a round named, the open one; with none open, the answer says which rounds exist.
  const roundId = pickRound(app, input.roundId, 'active', now).id;
  return app.uow.write({ actor: actorName(actor), now }, (repos) => {
    const round = repos.rounds.get(roundId);
    if (!round || (round.state !== 'open' && round.state !== 'in-review')) {
      throw DomainFailure.of('REPORT.ROUND_NOT_OPEN', { round: roundId });
    }
    if (input.initiativeId && !repos.initiatives.get(input.initiativeId)) {
      throw DomainFailure.of('INITIATIVE.NOT_FOUND', { initiative: input.initiativeId });
    }
    const kind = now.getTime() < Date.parse(round.deadline) ? 'before' : 'overdue';
    const minute = now.toISOString().slice(0, 16);
    return enqueueReminders(repos, round, { kind, ordinal: 0 }, now, {
      keySuffix: `manual-${minute}`,
      only: input.initiativeId,
    });
  });
}

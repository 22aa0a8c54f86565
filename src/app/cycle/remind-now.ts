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
export async function remindNow(
  app: AppContext,
  input: { roundId?: Quarter; initiativeId: string | null },
  actor: Actor,
  now: Date,
): Promise<number> {
  requireAdministrator(actor);
  // Without a round named, the open one; with none open, the answer says which rounds exist.
  const roundId = (await pickRound(app, input.roundId, 'active', now)).id;
  return await app.uow.write({ actor: actorName(actor), now }, async (repos) => {
    const round = await repos.rounds.get(roundId);
    if (!round || (round.state !== 'open' && round.state !== 'in-review')) {
      throw DomainFailure.of('REPORT.ROUND_NOT_OPEN', { round: roundId });
    }
    if (input.initiativeId && !(await repos.initiatives.get(input.initiativeId))) {
      throw DomainFailure.of('INITIATIVE.NOT_FOUND', { initiative: input.initiativeId });
    }
    const kind = now.getTime() < Date.parse(round.deadline) ? 'before' : 'overdue';
    const minute = now.toISOString().slice(0, 16);
    return await enqueueReminders(repos, round, { kind, ordinal: 0 }, now, {
      keySuffix: `manual-${minute}`,
      only: input.initiativeId,
    });
  });
}

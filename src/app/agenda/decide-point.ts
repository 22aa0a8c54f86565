import { undecidedPoints } from '../../domain/agenda/agenda-points';
import { DomainFailure } from '../../domain/errors';
import type { PointDisposition, Quarter } from '../../domain/model';
import { type Actor, type AppContext, actorName } from '../app-context';
import { requireAdministrator } from '../authorise-admin';
import { pickRound } from '../rounds/pick-round';
import { composeNow, HASH_LOCALE } from './compile-agenda';

/**
 * The secretariat decides how a point AU did not adopt (rejected, not quorate, not voted) goes
 * to Skate: as the secretariat's own proposal, labelled as such with what happened in AU, or
 * withdrawn, which the paper also says. A point AU adopted, or an initiative without a point of
 * its own, needs no decision. The paper shows it once it is compiled again.
 */
export async function decidePoint(
  app: AppContext,
  input: { roundId: Quarter | null; initiativeId: string; disposition: PointDisposition },
  actor: Actor,
  now: Date,
): Promise<void> {
  requireAdministrator(actor);
  const round = await pickRound(app, input.roundId, 'compile', now);
  await app.uow.write({ actor: actorName(actor), now }, async (repos) => {
    if (!(await repos.initiatives.get(input.initiativeId))) {
      throw DomainFailure.of('INITIATIVE.NOT_FOUND', { initiative: input.initiativeId });
    }
    const doc = await composeNow(app, repos, round, HASH_LOCALE, now);
    const open =
      doc.proposedDecision.points.some(
        (p) => p.initiativeId === input.initiativeId && p.kind === 'recommendation' && p.source !== 'au',
      ) || doc.proposedDecision.withdrawn.some((w) => w.initiativeId === input.initiativeId);
    if (!open) throw DomainFailure.of('POINT.NOT_OPEN', { initiative: input.initiativeId });
    await repos.pointDecisions.save({
      roundId: round.id,
      initiativeId: input.initiativeId,
      disposition: input.disposition,
      decidedBy: actorName(actor),
      at: now.toISOString(),
    });
  });
}

/**
 * Puts every point still awaiting the secretariat's decision to Skate as its own proposal (the
 * preview card's one button: Teams allows few buttons on a card); a point to withdraw is withdrawn
 * one by one with `punkt T-… trekk`. Returns the initiatives decided.
 */
export async function proposeAllPending(
  app: AppContext,
  input: { roundId: Quarter | null },
  actor: Actor,
  now: Date,
): Promise<string[]> {
  requireAdministrator(actor);
  const round = await pickRound(app, input.roundId, 'compile', now);
  return await app.uow.write({ actor: actorName(actor), now }, async (repos) => {
    const doc = await composeNow(app, repos, round, HASH_LOCALE, now);
    const pending = undecidedPoints(doc.proposedDecision).map((p) => p.initiativeId);
    for (const initiativeId of pending) {
      await repos.pointDecisions.save({
        roundId: round.id,
        initiativeId,
        disposition: 'secretariat-proposal',
        decidedBy: actorName(actor),
        at: now.toISOString(),
      });
    }
    return pending;
  });
}

import { decisionContent } from '../../domain/agenda/default-recommendation';
import { quarterLabel } from '../../domain/calendar';
import { DomainFailure } from '../../domain/errors';
import { compareInitiativeIds } from '../../domain/initiative-id';
import type { Minutes } from '../../domain/minutes';
import type { Quarter } from '../../domain/model';
import { type Actor, type AppContext, actorName } from '../app-context';
import { requireAdministrator } from '../authorise-admin';
import { pickRound } from '../rounds/pick-round';

export type { Minutes } from '../../domain/minutes';

/**
 * The minutes extract of a round's samlesak (`protokoll [runde]`): only a published paper has
 * minutes. The decisions are those recorded on the round, typed or adopted as proposed.
 */
export async function minutesOf(
  app: AppContext,
  input: { roundId: Quarter | null },
  actor: Actor,
  now: Date,
): Promise<Minutes> {
  requireAdministrator(actor);
  const round = await pickRound(app, input.roundId, 'paper', now);
  return await app.uow.read(async (repos) => {
    const published = await repos.compiledAgendas.latestPublished(round.id);
    if (!published) throw DomainFailure.of('AGENDA.NOT_PUBLISHED', { round: round.id });
    const decisions = [...(await repos.decisions.listForRound(round.id))].sort(
      (a, b) => compareInitiativeIds(a.initiativeId, b.initiativeId) || (a.id < b.id ? -1 : 1),
    );
    const editions = [...new Set([0, published.edition])];
    const { quarter, year } = quarterLabel(round.id);
    const name = app.settings.agenda.presenter ?? (actor.kind === 'person' ? actor.person.name : actorName(actor));
    return {
      roundId: round.id,
      caseNumber: published.caseNumber,
      quarter,
      year,
      presentedBy: { by: 'Skatesekretariatet', name },
      editions,
      decisions: decisions.map((d) => decisionContent(d)),
    };
  });
}

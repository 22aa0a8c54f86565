import type { ProposedPoint } from '../../domain/agenda/agenda-points';
import { instantToOsloDate } from '../../domain/calendar';
import { DomainFailure } from '../../domain/errors';
import type { Decision, Quarter, Round } from '../../domain/model';
import type { Repositories } from '../../domain/ports';
import { composeNow, contentHash, HASH_LOCALE } from '../agenda/compile-agenda';
import { type Actor, type AppContext, actorName } from '../app-context';
import { requireAdministrator } from '../authorise-admin';
import { concludeFinalTreatment } from '../final-treatment/final-feedback';
import { decisionRound, nextDecisionId } from './record-decision';

/** Whether a decision on the round already records this point (adopting twice records nothing new). */
function recorded(existing: Decision[], point: ProposedPoint): boolean {
  return existing.some((d) =>
    d.initiativeId !== point.initiativeId
      ? false
      : point.content.source === 'typed'
        ? d.point === null && d.text === point.content.text
        : d.point?.draft.kind === point.content.draft.kind,
  );
}

async function decisionOf(
  repos: Repositories,
  round: Round,
  point: ProposedPoint,
  by: string,
  now: Date,
): Promise<Decision> {
  const content = point.content;
  // A separate item and a final treatment are Skate's own business, not something the owner reports on.
  const kind = content.source === 'default' ? content.draft.kind : null;
  return {
    id: await nextDecisionId(repos, round),
    initiativeId: point.initiativeId,
    roundId: round.id,
    text: content.source === 'typed' ? content.text : '',
    point: content.source === 'default' ? { title: content.title, draft: content.draft } : null,
    decidedOn: (await repos.meetings.get(round.skateMeetingId))?.date ?? instantToOsloDate(now),
    state: kind === 'separate-item' || kind === 'final-treatment' ? 'closed' : 'open',
    recordedBy: by,
  };
}

/**
 * Records the points of the published paper as Skate adopted them (`vedtak som foreslått`): each
 * point, or one initiative's, becomes a decision with the point's words, stored as its code when
 * the bot worded it, so it reads right in every language. Refused when the paper has not been
 * published, or the data have changed since it was (then the decisions are typed one by one).
 * A final-treatment point makes its initiative «sluttbehandlet».
 */
export async function adoptAsProposed(
  app: AppContext,
  input: { roundId?: Quarter; initiativeId: string | null },
  actor: Actor,
  now: Date,
): Promise<Decision[]> {
  requireAdministrator(actor);
  return await app.uow.write({ actor: actorName(actor), now }, async (repos) => {
    const round = await decisionRound(repos, input.roundId);
    const published = await repos.compiledAgendas.latestPublished(round.id);
    if (!published) throw DomainFailure.of('AGENDA.NOT_PUBLISHED', { round: round.id });
    const doc = await composeNow(app, repos, round, HASH_LOCALE, now);
    if (contentHash(doc) !== published.hash) {
      throw DomainFailure.of('AGENDA.CHANGED_SINCE_PUBLISHED', {
        round: round.id,
        initiative: input.initiativeId ?? 'T-…',
      });
    }
    const points = doc.proposedDecision.points.filter(
      (p) => p.source !== 'undecided' && (input.initiativeId === null || p.initiativeId === input.initiativeId),
    );
    if (input.initiativeId !== null && points.length === 0) {
      throw DomainFailure.of('POINT.NOT_OPEN', { initiative: input.initiativeId });
    }
    const made: Decision[] = [];
    for (const point of points) {
      if (recorded(await repos.decisions.listForRound(round.id), point)) continue;
      const decision = await decisionOf(repos, round, point, actorName(actor), now);
      await repos.decisions.save(decision);
      made.push(decision);
      const initiative = await repos.initiatives.get(point.initiativeId);
      if (initiative?.phase === 'finished' && decision.point?.draft.kind === 'final-treatment') {
        await concludeFinalTreatment(repos, initiative, decision, now);
      }
    }
    return made;
  });
}

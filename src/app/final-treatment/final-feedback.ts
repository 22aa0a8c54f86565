import { decisionContent } from '../../domain/agenda/default-recommendation';
import { instantToOsloDate } from '../../domain/calendar';
import { DomainFailure } from '../../domain/errors';
import type { Decision, Initiative, Person, Quarter } from '../../domain/model';
import type { Repositories } from '../../domain/ports';
import { cleanText } from '../../domain/text';
import { recommendationText } from '../../i18n/recommendation-text';
import { finalDecidedView } from '../../views/final-treatment-views';
import { type Actor, type AppContext, actorName } from '../app-context';
import { requireAdministrator } from '../authorise-admin';
import { decisionRound, nextDecisionId } from '../decisions/record-decision';
import { mapInOrder, present } from '../in-order';

const FEEDBACK_LIMIT = 2000;

/**
 * A Skate member gives their agency's written feedback in a final treatment (seed 004, 6.1):
 * it goes into the samlesak under the initiative. A later answer from the same agency replaces
 * the earlier one in the paper; both stay on record.
 */
export async function giveFeedback(
  app: AppContext,
  input: { initiativeId: string; text: string },
  person: Person,
  now: Date,
): Promise<Initiative> {
  if (!person.roles.includes('skate')) throw DomainFailure.of('AUTH.NOT_SKATE');
  // The feedback goes into the samlesak: no character its documents cannot hold.
  const text = cleanText(input.text).trim();
  if (text === '') throw DomainFailure.of('REPORT.REQUIRED', {}, 'text');
  if ([...text].length > FEEDBACK_LIMIT) throw DomainFailure.of('REPORT.TOO_LONG', { max: FEEDBACK_LIMIT }, 'text');
  return await app.uow.write({ actor: person.email, now }, async (repos) => {
    const initiative = await repos.initiatives.get(input.initiativeId);
    if (!initiative) throw DomainFailure.of('INITIATIVE.NOT_FOUND', { initiative: input.initiativeId });
    if ((await repos.finalTreatments.get(initiative.id))?.state !== 'feedback') {
      throw DomainFailure.of('FINAL.NO_FEEDBACK_ROUND', { initiative: initiative.id });
    }
    await repos.finalTreatments.addFeedback({
      initiativeId: initiative.id,
      author: person.email,
      organisationId: person.organisationId,
      text,
      at: now.toISOString(),
    });
    return initiative;
  });
}

/**
 * Marks an initiative finally treated after Skate's decision on it: the initiative
 * becomes «sluttbehandlet» (no more reports, no more agenda points), its final
 * treatment records the decision, and the owner and the strategy owner are told;
 * Skate's decision is advice to both, and the strategy owner decides finally (6.3–6.4).
 * Used by `recordFinalDecision` and when the point is adopted as proposed.
 */
export async function concludeFinalTreatment(
  repos: Repositories,
  initiative: Initiative,
  decision: Decision,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  await repos.initiatives.save({ ...initiative, phase: 'final-treatment-done' });
  const current = await repos.finalTreatments.get(initiative.id);
  await repos.finalTreatments.save({
    initiativeId: initiative.id,
    state: 'decided',
    requestedBy: current?.requestedBy ?? decision.recordedBy,
    requestedAt: current?.requestedAt ?? at,
    confirmedBy: current?.confirmedBy ?? decision.recordedBy,
    confirmedAt: current?.confirmedAt ?? at,
    feedbackDeadline: current?.feedbackDeadline ?? null,
    decisionId: decision.id,
  });
  const recipients = [
    ...present(await mapInOrder(initiative.contacts, async (e) => await repos.people.get(e))).map((p) => ({
      p,
      audience: 'owner' as const,
    })),
    ...(await repos.people.withRole('strategy-owner')).map((p) => ({ p, audience: 'strategy-owner' as const })),
  ];
  for (const { p, audience } of recipients) {
    const words = recommendationText(decisionContent(decision), p.locale);
    await repos.outbox.enqueue(
      {
        dedupeKey: `initiative:${initiative.id}/final-decided/to:${p.email}`,
        destination: { kind: 'person', email: p.email },
        view: finalDecidedView(initiative, decision.decidedOn, audience, words, p.locale),
        notBefore: at,
      },
      now,
    );
  }
}

/**
 * The secretariat records Skate's decision in a final treatment (`sluttbehandling T-… vedtatt
 * [tekst]`): the words typed, or without them the final-treatment point as it was proposed,
 * stored as its code. The initiative is then «sluttbehandlet».
 */
export async function recordFinalDecision(
  app: AppContext,
  input: { initiativeId: string; text: string | null; roundId?: Quarter },
  actor: Actor,
  now: Date,
): Promise<Decision> {
  requireAdministrator(actor);
  return await app.uow.write({ actor: actorName(actor), now }, async (repos) => {
    const initiative = await repos.initiatives.get(input.initiativeId);
    if (!initiative) throw DomainFailure.of('INITIATIVE.NOT_FOUND', { initiative: input.initiativeId });
    if (initiative.phase === 'final-treatment-done')
      throw DomainFailure.of('FINAL.DONE', { initiative: initiative.id });
    if (initiative.phase !== 'finished')
      throw DomainFailure.of('FINAL.NOT_IN_TREATMENT', { initiative: initiative.id });
    const round = await decisionRound(repos, input.roundId);
    const text = input.text?.trim() ?? '';
    const decision: Decision = {
      id: await nextDecisionId(repos, round),
      initiativeId: initiative.id,
      roundId: round.id,
      text,
      point: text === '' ? { title: initiative.title, draft: { kind: 'final-treatment' } } : null,
      decidedOn: (await repos.meetings.get(round.skateMeetingId))?.date ?? instantToOsloDate(now),
      // Advice to the owner and the strategy owner, nothing the owner reports on later.
      state: 'closed',
      recordedBy: actorName(actor),
    };
    await repos.decisions.save(decision);
    await concludeFinalTreatment(repos, initiative, decision, now);
    return decision;
  });
}

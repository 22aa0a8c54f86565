import { instantToOsloDate } from '../../domain/calendar';
import { DomainFailure } from '../../domain/errors';
import type { Decision, Quarter, Round } from '../../domain/model';
import type { Repositories } from '../../domain/ports';
import { cleanText } from '../../domain/text';
import { type Actor, type AppContext, actorName } from '../app-context';
import { requireAdministrator } from '../authorise-admin';
import { flatMapInOrder } from '../in-order';

const DECISION_LIMIT = 2000;

function checkText(text: string): string {
  // The decision is printed in the next papers (Word, HTML, Markdown): no character they cannot hold.
  const trimmed = cleanText(text).trim();
  if (trimmed === '') throw DomainFailure.of('REPORT.REQUIRED', {}, 'text');
  if ([...trimmed].length > DECISION_LIMIT) throw DomainFailure.of('REPORT.TOO_LONG', { max: DECISION_LIMIT }, 'text');
  return trimmed;
}

/** The round a decision is recorded on: the one named, else the latest compiled or closed round. */
export async function decisionRound(repos: Repositories, roundId: Quarter | undefined): Promise<Round> {
  const round = roundId
    ? await repos.rounds.get(roundId)
    : ((await repos.rounds.list()).filter((r) => r.state === 'compiled' || r.state === 'closed').at(-1) ?? null);
  if (!round) throw DomainFailure.of('ROUND.NOT_FOUND', { round: roundId ?? '' });
  return round;
}

/** A new decision's id: `V-<round>-NN`, numbered within the round. */
export async function nextDecisionId(repos: Repositories, round: Round): Promise<string> {
  return `V-${round.id}-${String((await repos.decisions.listForRound(round.id)).length + 1).padStart(2, '0')}`;
}

/**
 * Records Skate's decision on an initiative, made on the round's agenda item
 * (by default the latest compiled or closed round). The owner follows it up in
 * the next reports, with every other open decision on the initiative, until a
 * follow-up says it is done; the next agenda items report that follow-up.
 */
export async function recordDecision(
  app: AppContext,
  input: { initiativeId: string; text: string; roundId?: Quarter },
  actor: Actor,
  now: Date,
): Promise<Decision> {
  requireAdministrator(actor);
  const text = checkText(input.text);
  return await app.uow.write({ actor: actorName(actor), now }, async (repos) => {
    if (!(await repos.initiatives.get(input.initiativeId))) {
      throw DomainFailure.of('INITIATIVE.NOT_FOUND', { initiative: input.initiativeId });
    }
    const round = await decisionRound(repos, input.roundId);
    const meeting = await repos.meetings.get(round.skateMeetingId);
    const decision: Decision = {
      id: await nextDecisionId(repos, round),
      initiativeId: input.initiativeId,
      roundId: round.id,
      text,
      point: null,
      decidedOn: meeting?.date ?? instantToOsloDate(now),
      state: 'open',
      recordedBy: actorName(actor),
    };
    await repos.decisions.save(decision);
    return decision;
  });
}

/** Corrects the text of a recorded decision (a typo, a wording agreed after the meeting). */
export async function correctDecision(
  app: AppContext,
  input: { decisionId: string; text: string },
  actor: Actor,
  now: Date,
): Promise<Decision> {
  requireAdministrator(actor);
  const text = checkText(input.text);
  return await app.uow.write({ actor: actorName(actor), now }, async (repos) => {
    const decision = await repos.decisions.get(input.decisionId);
    if (!decision) throw DomainFailure.of('DECISION.NOT_FOUND', { decision: input.decisionId });
    // The corrected words are the secretariat's: a point adopted as proposed becomes typed text.
    const corrected = { ...decision, text, point: null };
    await repos.decisions.save(corrected);
    return corrected;
  });
}

/** Decisions per initiative and per agenda item (round), newest last. */
export async function listDecisions(
  app: AppContext,
  filter: { initiativeId?: string; roundId?: Quarter },
  actor: Actor,
): Promise<Decision[]> {
  requireAdministrator(actor);
  return await app.uow.read(async (repos) => {
    if (filter.initiativeId) return await repos.decisions.listForInitiative(filter.initiativeId);
    if (filter.roundId) return await repos.decisions.listForRound(filter.roundId);
    return flatMapInOrder(await repos.rounds.list(), async (r) => await repos.decisions.listForRound(r.id));
  });
}

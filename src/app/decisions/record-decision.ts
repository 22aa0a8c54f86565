import { instantToOsloDate } from '../../domain/calendar';
import { DomainFailure } from '../../domain/errors';
import type { Decision, Quarter } from '../../domain/model';
import { type Actor, type AppContext, actorName } from '../app-context';
import { requireAdministrator } from '../authorise-admin';

const DECISION_LIMIT = 2000;

function checkText(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') throw DomainFailure.of('REPORT.REQUIRED', {}, 'text');
  if ([...trimmed].length > DECISION_LIMIT) throw DomainFailure.of('REPORT.TOO_LONG', { max: DECISION_LIMIT }, 'text');
  return trimmed;
}

/**
 * Records Skate's decision on an initiative, made on the round's agenda item
 * (by default the latest compiled or closed round). It becomes the decision
 * the owner follows up in the next report, and the next agenda item reports
 * that follow-up. An earlier open decision on the initiative is superseded.
 */
export function recordDecision(
  app: AppContext,
  input: { initiativeId: string; text: string; roundId?: Quarter },
  actor: Actor,
  now: Date,
): Decision {
  requireAdministrator(actor);
  const text = checkText(input.text);
  return app.uow.write({ actor: actorName(actor), now }, (repos) => {
    if (!repos.initiatives.get(input.initiativeId)) {
      throw DomainFailure.of('INITIATIVE.NOT_FOUND', { initiative: input.initiativeId });
    }
    const round = input.roundId
      ? repos.rounds.get(input.roundId)
      : (repos.rounds
          .list()
          .filter((r) => r.state === 'compiled' || r.state === 'closed')
          .at(-1) ?? null);
    if (!round) throw DomainFailure.of('ROUND.NOT_FOUND', { round: input.roundId ?? '' });
    const meeting = repos.meetings.get(round.skateMeetingId);
    const taken = repos.decisions.listForRound(round.id).length;
    for (const open of repos.decisions.listForInitiative(input.initiativeId)) {
      if (open.state === 'open' && open.roundId < round.id) repos.decisions.save({ ...open, state: 'closed' });
    }
    const decision: Decision = {
      id: `V-${round.id}-${String(taken + 1).padStart(2, '0')}`,
      initiativeId: input.initiativeId,
      roundId: round.id,
      text,
      decidedOn: meeting?.date ?? instantToOsloDate(now),
      state: 'open',
      recordedBy: actorName(actor),
    };
    repos.decisions.save(decision);
    return decision;
  });
}

/** Corrects the text of a recorded decision (a typo, a wording agreed after the meeting). */
export function correctDecision(
  app: AppContext,
  input: { decisionId: string; text: string },
  actor: Actor,
  now: Date,
): Decision {
  requireAdministrator(actor);
  const text = checkText(input.text);
  return app.uow.write({ actor: actorName(actor), now }, (repos) => {
    const decision = repos.decisions.get(input.decisionId);
    if (!decision) throw DomainFailure.of('DECISION.NOT_FOUND', { decision: input.decisionId });
    const corrected = { ...decision, text };
    repos.decisions.save(corrected);
    return corrected;
  });
}

/** Decisions per initiative and per agenda item (round), newest last. */
export function listDecisions(
  app: AppContext,
  filter: { initiativeId?: string; roundId?: Quarter },
  actor: Actor,
): Decision[] {
  requireAdministrator(actor);
  return app.uow.read((repos) => {
    if (filter.initiativeId) return repos.decisions.listForInitiative(filter.initiativeId);
    if (filter.roundId) return repos.decisions.listForRound(filter.roundId);
    return repos.rounds.list().flatMap((r) => repos.decisions.listForRound(r.id));
  });
}

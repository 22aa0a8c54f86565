import type { Decision, StatusReport } from '../../domain/model';
import type { Repositories } from '../../domain/ports';
import { mapInOrder, present } from '../in-order';

/**
 * The Skate decisions a report on an initiative answers: every open one, and
 * those the current report already answered (a decision its own follow-up
 * closed is still shown when the owner edits that report). Oldest first, the
 * order of the form's follow-up parts.
 */
export async function decisionsToAnswer(
  repos: Repositories,
  initiativeId: string,
  current: StatusReport | null,
): Promise<Decision[]> {
  const open = await repos.decisions.listOpenFor(initiativeId);
  const answeredIds = (current?.fields.decisionFollowUp ?? [])
    .map((a) => a.decisionId)
    .filter((id) => !open.some((d) => d.id === id));
  const answered = present(await mapInOrder(answeredIds, async (id) => await repos.decisions.get(id)));
  return [...open, ...answered].sort((a, b) =>
    a.decidedOn < b.decidedOn ? -1 : a.decidedOn > b.decidedOn ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}

/**
 * Applies a submitted report's follow-up to the decisions it answers: a decision stays open
 * until its follow-up says it is done (`followed`); an answer changed back reopens it.
 */
export async function applyFollowUp(repos: Repositories, report: StatusReport): Promise<void> {
  for (const answer of report.fields.decisionFollowUp) {
    const decision = await repos.decisions.get(answer.decisionId);
    if (!decision || decision.initiativeId !== report.initiativeId || answer.state === '') continue;
    const state = answer.state === 'followed' ? 'closed' : 'open';
    if (decision.state !== state) await repos.decisions.save({ ...decision, state });
  }
}

import { authorise, canVote } from '../../domain/authorisation';
import { DomainFailure } from '../../domain/errors';
import type { Person } from '../../domain/model';
import { needsRecusalQuestion } from '../../domain/vote-tally';
import type { CardView } from '../../views/card-view';
import { voteCardView } from '../../views/vote-view';
import type { AppContext } from '../app-context';
import { buildReviewItem, tallyFor } from './review-item';

/**
 * An initiative's AU review post as this person sees it: AU members get their own vote and the
 * inputs to (re)vote, the secretariat the post itself. Anyone else is refused: the post holds
 * the draft recommendation and the tally, which are AU's until the agenda is published.
 */
export function voteCardFor(
  app: AppContext,
  person: Person,
  input: { roundId: string; initiativeId: string; error?: string | null },
): CardView {
  const refusal = authorise({ kind: 'read-review' }, person);
  if (refusal) throw new DomainFailure([refusal]);
  return app.uow.read((repos) => {
    const round = repos.rounds.get(input.roundId);
    if (!round) throw DomainFailure.of('ROUND.NOT_FOUND', { round: input.roundId });
    const initiative = repos.initiatives.get(input.initiativeId);
    if (!initiative) throw DomainFailure.of('INITIATIVE.NOT_FOUND', { initiative: input.initiativeId });
    const item = buildReviewItem(repos, app.settings, round, initiative, person.locale);
    if (!canVote(person)) return item;
    const mine =
      repos.votes
        .listForRound(round.id)
        .filter((v) => v.initiativeId === initiative.id && v.voter === person.email)
        .at(-1) ?? null;
    const { closed } = tallyFor(repos, app.settings, round, initiative.id);
    return voteCardView(item, mine, needsRecusalQuestion(person, initiative), closed, input.error ?? null);
  });
}

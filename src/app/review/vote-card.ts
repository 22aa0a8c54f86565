import { authorise, canVote } from '../../domain/authorisation';
import { type DomainError, DomainFailure } from '../../domain/errors';
import type { Person } from '../../domain/model';
import { latestVotes, needsRecusalQuestion } from '../../domain/vote-tally';
import type { CardView } from '../../views/card-view';
import { voteCardView } from '../../views/vote-view';
import type { AppContext } from '../app-context';
import { buildReviewItem, tallyFor } from './review-item';

/**
 * An initiative's AU review post as this person sees it: AU members get their own vote on the
 * recommendation's current version and the form to (re)vote (and are told when a change
 * cleared their earlier vote), the secretariat the post itself. Anyone else is refused: the
 * post holds the draft recommendation and the tally, which are AU's until the agenda is published.
 */
export async function voteCardFor(
  app: AppContext,
  person: Person,
  input: { roundId: string; initiativeId: string; error?: string | null; errors?: DomainError[] },
): Promise<CardView> {
  const refusal = authorise({ kind: 'read-review' }, person);
  if (refusal) throw new DomainFailure([refusal]);
  return await app.uow.read(async (repos) => {
    const round = await repos.rounds.get(input.roundId);
    if (!round) throw DomainFailure.of('ROUND.NOT_FOUND', { round: input.roundId });
    const initiative = await repos.initiatives.get(input.initiativeId);
    if (!initiative) throw DomainFailure.of('INITIATIVE.NOT_FOUND', { initiative: input.initiativeId });
    const item = await buildReviewItem(repos, app.settings, round, initiative, person.locale);
    if (!canVote(person)) return item;
    const { closed, version } = await tallyFor(repos, app.settings, round, initiative.id);
    const mine = (await repos.votes.listForRound(round.id)).filter(
      (v) => v.initiativeId === initiative.id && v.voter === person.email,
    );
    const current = latestVotes(mine.filter((v) => v.recommendationVersion === version)).get(person.email) ?? null;
    return voteCardView(item, {
      myVote: current,
      cleared: current === null && mine.length > 0,
      version,
      askRecusal: needsRecusalQuestion(person, initiative),
      closed,
      errors: input.errors ?? [],
      error: input.error ?? null,
    });
  });
}

import { authorise } from '../../domain/authorisation';
import type { DomainError } from '../../domain/errors';
import { DomainFailure } from '../../domain/errors';
import type { Person, Quarter, Vote, VoteChoice } from '../../domain/model';
import { acceptsVotes } from '../../domain/round-state';
import { type VoteTally, validateVote } from '../../domain/vote-tally';
import type { AppContext } from '../app-context';
import { once, type RequestRef } from '../idempotent';
import { refreshReviewPost, tallyFor } from './review-item';

export interface CastVoteInput {
  roundId: Quarter;
  initiativeId: string;
  choice: VoteChoice;
  /** The dissent for `disagree`, the justification for `separate-item`. */
  comment: string;
  /** The voter declares themselves disqualified (inhabil): kept, not counted. */
  recused: boolean;
  /** The platform and its id for this delivery: with the voter, the action and the vote it makes the idempotency key. */
  idempotencyKey?: RequestRef | null;
}

export type CastVoteOutcome =
  | { ok: true; vote: Vote; tally: VoteTally; members: number }
  | { ok: false; errors: DomainError[] };

/** An AU member votes on the draft recommendation for one initiative; a later vote replaces theirs. */
export function castVote(app: AppContext, input: CastVoteInput, person: Person, now: Date): CastVoteOutcome {
  return app.uow.write({ actor: person.email, now }, (repos) => {
    const { roundId, initiativeId, choice, comment, recused } = input;
    const { result } = once(
      repos,
      {
        ref: input.idempotencyKey,
        actor: person.email,
        action: 'review.vote',
        payload: { roundId, initiativeId, choice, comment, recused },
      },
      now,
      (): CastVoteOutcome => {
        const refusal = authorise({ kind: 'vote' }, person);
        if (refusal) return { ok: false, errors: [refusal] };
        const round = repos.rounds.get(input.roundId);
        if (!round) throw DomainFailure.of('ROUND.NOT_FOUND', { round: input.roundId });
        const initiative = repos.initiatives.get(input.initiativeId);
        if (!initiative) throw DomainFailure.of('INITIATIVE.NOT_FOUND', { initiative: input.initiativeId });
        if (!acceptsVotes(round) || repos.votes.isClosed(round.id, initiative.id)) {
          return { ok: false, errors: [{ code: 'VOTE.CLOSED' }] };
        }
        const comment = input.comment.trim();
        const errors = input.recused ? [] : validateVote(input.choice, comment);
        if (errors.length > 0) return { ok: false, errors };
        const vote: Vote = {
          roundId: round.id,
          initiativeId: initiative.id,
          voter: person.email,
          choice: input.choice,
          comment,
          recused: input.recused,
          at: now.toISOString(),
        };
        repos.votes.record(vote);
        const { tally, members } = tallyFor(repos, app.settings, round, initiative.id);
        refreshReviewPost(repos, app.settings, round, initiative, `vote:${person.email}:${vote.at}`, now);
        return { ok: true, vote, tally, members };
      },
      (r) => r.ok,
    );
    return result;
  });
}

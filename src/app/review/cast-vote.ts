import { authorise } from '../../domain/authorisation';
import type { DomainError } from '../../domain/errors';
import { DomainFailure } from '../../domain/errors';
import type { AuRequest, Person, Quarter, Vote, VoteChoice } from '../../domain/model';
import { acceptsVotes } from '../../domain/round-state';
import { cleanText } from '../../domain/text';
import { type VoteTally, validateVote } from '../../domain/vote-tally';
import type { AppContext } from '../app-context';
import { once, type RequestRef } from '../idempotent';
import { announceBriefingChange } from './briefing-notice';
import { freezeRecommendation } from './freeze-recommendation';
import { refreshReviewPost, tallyFor } from './review-item';

export interface CastVoteInput {
  roundId: Quarter;
  initiativeId: string;
  /** The member's position on the recommendation. */
  choice: VoteChoice;
  /** The dissent for `disagree`; a remark otherwise. */
  comment: string;
  /** The member's wish that AU ask for an oral briefing or recommend a separate item, apart from the position. */
  request: AuRequest | null;
  /** What AU should hear about, or why a separate item (required with a request). */
  requestReason: string;
  /** The voter declares themselves disqualified (inhabil): kept, not counted. */
  recused: boolean;
  /** The platform and its id for this delivery: with the voter, the action and the vote it makes the idempotency key. */
  idempotencyKey?: RequestRef | null;
}

export type CastVoteOutcome =
  | { ok: true; vote: Vote; tally: VoteTally; members: number }
  | { ok: false; errors: DomainError[] };

/**
 * An AU member votes on the recommendation for one initiative; a later vote replaces theirs. The
 * first vote fixes the recommendation's words (a default no longer follows a late report), and
 * the vote records the version it was cast on. When the vote makes AU ask for an oral briefing,
 * or no longer ask, the owner and the secretariat are told at once.
 */
export async function castVote(
  app: AppContext,
  input: CastVoteInput,
  person: Person,
  now: Date,
): Promise<CastVoteOutcome> {
  return await app.uow.write({ actor: person.email, now }, async (repos) => {
    const { roundId, initiativeId, choice, comment, request, requestReason, recused } = input;
    const { result } = await once(
      repos,
      {
        ref: input.idempotencyKey,
        actor: person.email,
        action: 'review.vote',
        payload: { roundId, initiativeId, choice, comment, request, requestReason, recused },
      },
      now,
      async (): Promise<CastVoteOutcome> => {
        const refusal = authorise({ kind: 'vote' }, person);
        if (refusal) return { ok: false, errors: [refusal] };
        const round = await repos.rounds.get(input.roundId);
        if (!round) throw DomainFailure.of('ROUND.NOT_FOUND', { round: input.roundId });
        const initiative = await repos.initiatives.get(input.initiativeId);
        if (!initiative) throw DomainFailure.of('INITIATIVE.NOT_FOUND', { initiative: input.initiativeId });
        if (!acceptsVotes(round) || (await repos.votes.isClosed(round.id, initiative.id))) {
          return { ok: false, errors: [{ code: 'VOTE.CLOSED' }] };
        }
        // Text is cleaned here, not only at the card: every way in reaches the documents the same way.
        const given = {
          choice: input.choice,
          comment: cleanText(input.comment).trim(),
          request: input.request,
          requestReason: input.request === null ? '' : cleanText(input.requestReason).trim(),
        };
        // A recused member's vote is not counted, but its comment is still stored: it keeps the limits.
        const errors = input.recused
          ? validateVote(given).filter((e) => e.code === 'VOTE.TOO_LONG')
          : validateVote(given);
        if (errors.length > 0) return { ok: false, errors };
        const before = (await tallyFor(repos, app.settings, round, initiative.id)).tally;
        const recommendation = await freezeRecommendation(repos, round, initiative, now);
        const vote: Vote = {
          roundId: round.id,
          initiativeId: initiative.id,
          voter: person.email,
          ...given,
          recused: input.recused,
          recommendationVersion: recommendation.version,
          at: now.toISOString(),
        };
        await repos.votes.record(vote);
        const { tally, members } = await tallyFor(repos, app.settings, round, initiative.id);
        await announceBriefingChange(repos, round, initiative, before, tally, now);
        await refreshReviewPost(repos, app.settings, round, initiative, `vote:${person.email}:${vote.at}`, now);
        return { ok: true, vote, tally, members };
      },
      (r) => r.ok,
    );
    return result;
  });
}

import { type DomainError, fail, ok, type Result } from './errors';
import type { Instant, Round, RoundState } from './model';

/**
 * The allowed moves of a reporting round. A round may go back from review to
 * open (the secretariat re-opens it for late reports) and from compiled to
 * in-review (a late change needs a new compilation); nothing leaves `closed`.
 */
const TRANSITIONS: Readonly<Record<RoundState, readonly RoundState[]>> = {
  planned: ['open'],
  open: ['in-review'],
  'in-review': ['open', 'compiled'],
  compiled: ['in-review', 'closed'],
  closed: [],
};

/** Whether a round may move from `from` to `to`. */
export function canTransition(from: RoundState, to: RoundState): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The states a round may move to from `state`, for help texts and buttons. */
export function nextStates(state: RoundState): readonly RoundState[] {
  return TRANSITIONS[state];
}

/** Moves a round to `to`, stamping `openedAt`/`closedAt`; an illegal move is an error, never a silent no-op. */
export function transitionRound(round: Round, to: RoundState, now: Date): Result<Round> {
  if (!canTransition(round.state, to)) {
    return fail('ROUND.INVALID_TRANSITION', { round: round.id, from: round.state, to });
  }
  const at: Instant = now.toISOString();
  const next: Round = { ...round, state: to };
  if (to === 'open' && round.openedAt === null) next.openedAt = at;
  if (to === 'closed') next.closedAt = at;
  return ok(next);
}

/**
 * Whether an owner may still save or submit a report in the round at `now`:
 * reports are accepted while the round is open, and late reports during review
 * until the lock time.
 */
export function acceptsReports(round: Round, now: Date): DomainError | null {
  if (round.state !== 'open' && round.state !== 'in-review') {
    return round.state === 'planned'
      ? { code: 'REPORT.ROUND_NOT_OPEN', params: { round: round.id } }
      : { code: 'REPORT.ROUND_LOCKED', params: { round: round.id } };
  }
  if (now.getTime() >= Date.parse(round.lockAt)) {
    return { code: 'REPORT.ROUND_LOCKED', params: { round: round.id } };
  }
  return null;
}

/**
 * Whether the secretariat may still change AU's recommendations in the round: not once it is
 * closed (the paper went to Skate and was decided on), nor before it has opened.
 */
export function acceptsRecommendations(round: Round): DomainError | null {
  return round.state === 'closed' || round.state === 'planned'
    ? { code: 'RECOMMENDATION.ROUND_CLOSED', params: { round: round.id } }
    : null;
}

/** Whether AU may still vote in the round: during review, until the round is compiled. */
export function acceptsVotes(round: Round): boolean {
  return round.state === 'in-review';
}

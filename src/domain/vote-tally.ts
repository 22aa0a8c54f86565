/**
 * AU's vote on the secretariat's draft recommendation for one initiative
 * (SPEC step 5; seed 004, 5.3–5.5): each member's position (agree or disagree)
 * and, apart from it, their wish that AU ask for an oral briefing or recommend
 * a separate Skate item. AU's outcome and AU's requests are computed here, so
 * every reader (the review thread, the case paper) states the same result.
 */
import type { DomainError } from './errors';
import {
  AU_REQUESTS,
  type AuRequest,
  type Email,
  type Initiative,
  type Person,
  VOTE_CHOICES,
  type Vote,
  type VoteChoice,
} from './model';

/** How a vote is decided. Configurable per installation. */
export interface VotingRules {
  /**
   * The minimum number of counted votes. A value below 1 is a fraction of the
   * eligible members instead (recused members included, as they still belong
   * to AU): 0.5 with 9 members means at least 4.5, so 5 counted votes.
   */
  quorum: number;
  /**
   * The share of counted votes that must be `agree`: adopted when
   * `agree >= majority × counted` AND `agree > counted − agree`. So 0.5 is a
   * simple majority (strictly more than half; a tie is not adopted) and 2/3
   * means at least two thirds (2 of 3 is enough).
   */
  majority: number;
  /**
   * The share of counted votes that must ask for an oral briefing (or for a
   * separate item) before AU asks for it, in a quorate vote: asked when
   * `askers >= requestShare × counted`. 0.5 means at least half; one member's
   * wish alone is reported as theirs, not as AU's.
   */
  requestShare: number;
}

/** Quorum of half the members, simple majority, and AU asks when at least half of the counted votes ask. */
export const DEFAULT_VOTING_RULES: VotingRules = { quorum: 0.5, majority: 0.5, requestShare: 0.5 };

/** The longest vote comment or request reason, in characters. */
export const VOTE_COMMENT_LIMIT = 1000;

export const AU_OUTCOMES = ['adopted', 'rejected', 'not-quorate', 'not-voted'] as const;
/**
 * AU's outcome on a recommendation: `adopted` (quorate and a majority agrees),
 * `rejected` (quorate without that majority), `not-quorate` (someone voted, too
 * few counted), `not-voted` (no member has voted on this version).
 */
export type AuOutcome = (typeof AU_OUTCOMES)[number];

/** A voter's comment attached to a vote: the dissent or the reason for a request. */
export interface VoterComment {
  voter: Email;
  comment: string;
}

/** The members' wishes for one kind of request, and whether AU asks for it. */
export interface RequestTally {
  /** Counted votes that ask for it. */
  count: number;
  /** Whether AU asks: a quorate vote where at least `requestShare` of the counted votes ask. */
  asked: boolean;
  /** The askers' reasons, in member order. */
  reasons: VoterComment[];
}

/** The state of one initiative's vote. Lists of people follow the order of the eligible members. */
export interface VoteTally {
  /** Counted positions (recused and ineligible votes excluded). */
  counts: Record<VoteChoice, number>;
  counted: number;
  /** The counted votes a quorum needs, rounded up to whole votes. */
  needed: number;
  /** The eligible members. */
  members: number;
  /** Eligible members whose latest vote declares them disqualified (inhabil). */
  recused: Email[];
  /** Eligible members with no vote at all. */
  notVoted: Email[];
  quorumReached: boolean;
  outcome: AuOutcome;
  /** Counted disagree votes with their comments, for the agenda item. */
  dissent: VoterComment[];
  /** The oral briefing (5.4) and separate item (5.5) requests. */
  requests: Record<AuRequest, RequestTally>;
}

// Tolerates floating-point noise such as 0.1 × 30 = 3.0000000000000004.
const EPSILON = 1e-9;

/**
 * The latest vote of each voter: a voter may change their vote until the vote
 * closes, and the store keeps every version. Ties on `at` go to the vote that
 * comes later in `votes`, i.e. the one appended last.
 */
export function latestVotes(votes: readonly Vote[]): Map<Email, Vote> {
  const latest = new Map<Email, Vote>();
  for (const vote of votes) {
    const current = latest.get(vote.voter);
    if (current === undefined || Date.parse(vote.at) >= Date.parse(current.at)) latest.set(vote.voter, vote);
  }
  return latest;
}

/** The counted votes a quorum needs among `members` eligible members. */
export function votesNeeded(rules: VotingRules, members: number): number {
  const needed = rules.quorum < 1 ? rules.quorum * members : rules.quorum;
  return Math.max(1, Math.ceil(needed - EPSILON));
}

function emptyRequests(): Record<AuRequest, RequestTally> {
  return {
    'oral-briefing': { count: 0, asked: false, reasons: [] },
    'separate-item': { count: 0, asked: false, reasons: [] },
  };
}

function outcomeOf(counted: number, recused: number, quorumReached: boolean, agree: number, rules: VotingRules) {
  if (counted === 0 && recused === 0) return 'not-voted';
  if (!quorumReached) return 'not-quorate';
  const adopted = agree > counted - agree && agree + EPSILON >= rules.majority * counted;
  return adopted ? 'adopted' : 'rejected';
}

/**
 * Tallies the votes on one initiative's recommendation. `votes` must concern
 * that initiative and round only, and may contain every version of each vote;
 * with `version`, only the votes cast on that version of the recommendation
 * count (a new version clears the votes on the old one). Votes by people
 * outside `eligible` (e.g. a member who has left AU) are ignored. See
 * {@link VotingRules} for what quorum, majority and request share mean.
 */
export function tallyVotes(
  votes: readonly Vote[],
  eligible: readonly Email[],
  rules: VotingRules,
  version?: number,
): VoteTally {
  const members = [...new Set(eligible)];
  const latest = latestVotes(version === undefined ? votes : votes.filter((v) => v.recommendationVersion === version));
  const counts: Record<VoteChoice, number> = { agree: 0, disagree: 0 };
  const recused: Email[] = [];
  const notVoted: Email[] = [];
  const dissent: VoterComment[] = [];
  const requests = emptyRequests();

  for (const member of members) {
    const vote = latest.get(member);
    if (vote === undefined) {
      notVoted.push(member);
      continue;
    }
    if (vote.recused) {
      recused.push(member);
      continue;
    }
    counts[vote.choice] += 1;
    if (vote.choice === 'disagree') dissent.push({ voter: member, comment: vote.comment });
    if (vote.request !== null) {
      requests[vote.request].count += 1;
      requests[vote.request].reasons.push({ voter: member, comment: vote.requestReason });
    }
  }

  const counted = VOTE_CHOICES.reduce((sum, choice) => sum + counts[choice], 0);
  const needed = votesNeeded(rules, members.length);
  const quorumReached = counted + EPSILON >= needed;
  for (const kind of AU_REQUESTS) {
    const r = requests[kind];
    r.asked = quorumReached && r.count > 0 && r.count + EPSILON >= rules.requestShare * counted;
  }
  return {
    counts,
    counted,
    needed,
    members: members.length,
    recused,
    notVoted,
    quorumReached,
    outcome: outcomeOf(counted, recused.length, quorumReached, counts.agree, rules),
    dissent,
    requests,
  };
}

/** What a member sends: their position, a comment, and an optional request with its reason. */
export interface VoteInput {
  choice: VoteChoice;
  comment: string;
  request: AuRequest | null;
  requestReason: string;
}

/**
 * Checks one vote before it is stored: a disagree vote needs a comment (the
 * dissent goes into the agenda item), a request for a briefing or a separate
 * item needs its reason (5.5: AU must give its reasons; the owner must know
 * what to brief on), and no text may exceed {@link VOTE_COMMENT_LIMIT}.
 */
export function validateVote(input: VoteInput): DomainError[] {
  const errors: DomainError[] = [];
  if (input.choice === 'disagree' && input.comment.trim() === '') {
    errors.push({ code: 'VOTE.COMMENT_REQUIRED', field: 'comment' });
  }
  if (input.request !== null && input.requestReason.trim() === '') {
    errors.push({ code: 'VOTE.JUSTIFICATION_REQUIRED', field: 'requestReason' });
  }
  for (const field of ['comment', 'requestReason'] as const) {
    if (Array.from(input[field]).length > VOTE_COMMENT_LIMIT) {
      errors.push({ code: 'VOTE.TOO_LONG', field, params: { max: VOTE_COMMENT_LIMIT } });
    }
  }
  return errors;
}

/**
 * Whether an AU member should be asked to declare whether they are
 * disqualified (habilitet) before voting: they work for the owning agency, or
 * are themselves a contact person of the initiative.
 */
export function needsRecusalQuestion(voter: Person, initiative: Initiative): boolean {
  if (!voter.roles.includes('au')) return false;
  const sameAgency = voter.organisationId !== null && voter.organisationId === initiative.ownerOrganisationId;
  return sameAgency || initiative.contacts.includes(voter.email);
}

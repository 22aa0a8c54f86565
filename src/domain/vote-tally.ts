/**
 * AU's vote on the secretariat's draft recommendation for one initiative
 * (SPEC step 5; seed 004, 5.3–5.5).
 */
import type { DomainError } from './errors';
import { type Email, type Initiative, type Person, VOTE_CHOICES, type Vote, type VoteChoice } from './model';

/** How a vote is decided. Configurable per installation. */
export interface VotingRules {
  /**
   * The minimum number of counted votes. A value below 1 is a fraction of the
   * eligible members instead (recused members included, as they still belong
   * to AU): 0.5 with 9 members means at least 4.5, so 5 counted votes.
   */
  quorum: number;
  /**
   * The share of counted votes that must be `agree`: agreed when
   * `agree >= majority × counted` AND `agree > counted − agree`. So 0.5 is a
   * simple majority (strictly more than half; a tie is not agreed) and 2/3
   * means at least two thirds (2 of 3 is enough). Every counted vote that is
   * not `agree` (disagree, oral briefing, separate item) counts against.
   */
  majority: number;
}

/** Quorum of half the members, simple majority. */
export const DEFAULT_VOTING_RULES: VotingRules = { quorum: 0.5, majority: 0.5 };

/** The longest vote comment, in characters. */
export const VOTE_COMMENT_LIMIT = 1000;

/** A voter's comment attached to a vote: the dissent or the justification. */
export interface VoterComment {
  voter: Email;
  comment: string;
}

/** The state of one initiative's vote. Lists of people follow the order of the eligible members. */
export interface VoteTally {
  /** Counted votes per choice (recused and ineligible votes excluded). */
  counts: Record<VoteChoice, number>;
  counted: number;
  /** Eligible members whose latest vote declares them disqualified (inhabil). */
  recused: Email[];
  /** Eligible members with no vote at all. */
  notVoted: Email[];
  quorumReached: boolean;
  outcome: 'agreed' | 'not-agreed' | 'no-quorum';
  /** Counted disagree votes with their comments, for the agenda item. */
  dissent: VoterComment[];
  /** Whether any counted vote asks for a supplementary oral briefing (5.4). */
  oralBriefingRequested: boolean;
  /** Whether any counted vote recommends a separate Skate item, with the justifications (5.5). */
  separateItem: { requested: boolean; justifications: VoterComment[] };
}

// Tolerates floating-point noise such as 0.1 × 30 = 3.0000000000000004.
const EPSILON = 1e-9;

/**
 * The latest vote of each voter: a voter may change their vote until the vote
 * closes, and the store keeps every version. Ties on `at` go to the vote that
 * comes later in `votes`, i.e. the one appended last.
 */
function latestVotes(votes: readonly Vote[]): Map<Email, Vote> {
  const latest = new Map<Email, Vote>();
  for (const vote of votes) {
    const current = latest.get(vote.voter);
    if (current === undefined || Date.parse(vote.at) >= Date.parse(current.at)) latest.set(vote.voter, vote);
  }
  return latest;
}

function zeroCounts(): Record<VoteChoice, number> {
  const counts = {} as Record<VoteChoice, number>;
  for (const choice of VOTE_CHOICES) counts[choice] = 0;
  return counts;
}

/**
 * Tallies the votes on one initiative's recommendation. `votes` must concern
 * that initiative and round only, and may contain every version of each vote;
 * votes by people outside `eligible` (e.g. a member who has left AU) are
 * ignored. See {@link VotingRules} for what quorum and majority mean.
 */
export function tallyVotes(votes: readonly Vote[], eligible: readonly Email[], rules: VotingRules): VoteTally {
  const members = [...new Set(eligible)];
  const latest = latestVotes(votes);
  const counts = zeroCounts();
  const recused: Email[] = [];
  const notVoted: Email[] = [];
  const dissent: VoterComment[] = [];
  const justifications: VoterComment[] = [];

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
    if (vote.choice === 'separate-item') justifications.push({ voter: member, comment: vote.comment });
  }

  const counted = VOTE_CHOICES.reduce((sum, choice) => sum + counts[choice], 0);
  const needed = rules.quorum < 1 ? rules.quorum * members.length : rules.quorum;
  const quorumReached = counted + EPSILON >= needed;
  const agree = counts.agree;
  const agreed = agree > counted - agree && agree + EPSILON >= rules.majority * counted;

  return {
    counts,
    counted,
    recused,
    notVoted,
    quorumReached,
    outcome: !quorumReached ? 'no-quorum' : agreed ? 'agreed' : 'not-agreed',
    dissent,
    oralBriefingRequested: counts['oral-briefing'] > 0,
    separateItem: { requested: justifications.length > 0, justifications },
  };
}

/**
 * Checks one vote before it is stored: a disagree vote needs a comment (the
 * dissent goes into the agenda item), a separate-item vote needs a
 * justification (5.5: AU must give its reasons), and no comment may exceed
 * {@link VOTE_COMMENT_LIMIT}. Errors concern the field `comment`.
 */
export function validateVote(choice: VoteChoice, comment: string): DomainError[] {
  const blank = comment.trim() === '';
  if (choice === 'disagree' && blank) return [{ code: 'VOTE.COMMENT_REQUIRED', field: 'comment' }];
  if (choice === 'separate-item' && blank) return [{ code: 'VOTE.JUSTIFICATION_REQUIRED', field: 'comment' }];
  // There is no vote-specific length code; the report one carries the same meaning and message parameters.
  if (Array.from(comment).length > VOTE_COMMENT_LIMIT) {
    return [{ code: 'VOTE.TOO_LONG', field: 'comment', params: { max: VOTE_COMMENT_LIMIT } }];
  }
  return [];
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

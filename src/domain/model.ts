/**
 * The domain model of Skate-boten: plain, serialisable data with no behaviour.
 *
 * Conventions:
 * - `IsoDate` is a calendar date in Europe/Oslo, `YYYY-MM-DD` (meeting dates, agreed dates).
 * - `Instant` is a point in time as an ISO-8601 UTC string ending in `Z` (deadlines, audit times).
 * - People are identified by their lower-case email address.
 */

import type { RecommendationDraft } from './recommendation-draft';

/** A calendar date in Europe/Oslo, `YYYY-MM-DD`. */
export type IsoDate = string;
/** A UTC instant, ISO-8601 with `Z`, e.g. `2026-11-20T08:00:00.000Z`. */
export type Instant = string;
/** A quarter, `YYYY-Qn`, e.g. `2026-Q4`. */
export type Quarter = string;
/** A lower-case email address: the identity of a person. */
export type Email = string;

export const LOCALES = ['nb', 'nn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const ROLES = ['secretariat', 'au', 'skate', 'owner', 'strategy-owner'] as const;
/** secretariat administers; au reviews and votes; skate receives the agenda item; owner reports; strategy-owner reads. */
export type Role = (typeof ROLES)[number];

export interface Organisation {
  /** Short, stable code, e.g. `digdir`, `nav`, `brreg`. */
  id: string;
  name: string;
  /** The Norwegian organisation number (9 digits), when known. */
  orgNumber: string | null;
}

export const PLATFORMS = ['msteams', 'slack'] as const;
export type Platform = (typeof PLATFORMS)[number];

export interface PlatformIdentity {
  platform: Platform;
  /** The platform's stable user id (AAD object id in Teams, user id in Slack). */
  userId: string;
}

export interface Person {
  email: Email;
  name: string;
  locale: Locale;
  roles: Role[];
  organisationId: string | null;
  identities: PlatformIdentity[];
}

export const ACCEPTANCE_STATES = ['proposed', 'accepted', 'declined'] as const;
export type AcceptanceState = (typeof ACCEPTANCE_STATES)[number];

export const PHASES = ['concept', 'planning', 'execution', 'finished', 'final-treatment-done'] as const;
export type Phase = (typeof PHASES)[number];

export const TRACKS = ['skate', 'line'] as const;
/** `skate`: followed up by Skate and AU; `line`: the agency's own line (seed 004, 2.2). */
export type Track = (typeof TRACKS)[number];

/** A period in which `to` reports on behalf of `from` (holidays, leave). Dates inclusive. */
export interface Delegation {
  from: Email;
  to: Email;
  fromDate: IsoDate;
  toDate: IsoDate;
}

export interface Initiative {
  /** `T-YYYY-N` in canonical form, e.g. `T-2026-03` (see initiative-id.ts). */
  id: string;
  title: string;
  description: string;
  ownerOrganisationId: string;
  /** The owner's contact persons: they receive requests and may report. */
  contacts: Email[];
  delegations: Delegation[];
  acceptance: AcceptanceState;
  focusArea: string;
  lifeEvents: string[];
  sdgs: number[];
  agreedResult: string;
  agreedCompletionDate: IsoDate;
  agreedCostNok: number;
  /** Days late beyond which a schedule deviation counts as significant. */
  toleranceDays: number;
  /** Per cent over budget beyond which a cost deviation counts as significant. */
  tolerancePercent: number;
  phase: Phase;
  track: Track;
}

export const FORUMS = ['skate', 'au'] as const;
export type Forum = (typeof FORUMS)[number];

export interface Meeting {
  /** e.g. `skate-2026-12-10`. */
  id: string;
  forum: Forum;
  date: IsoDate;
  place: string | null;
}

export const ROUND_STATES = ['planned', 'open', 'in-review', 'compiled', 'closed'] as const;
export type RoundState = (typeof ROUND_STATES)[number];

export interface Round {
  /** The quarter reported on is the round's id: one round per quarter. */
  id: Quarter;
  skateMeetingId: string;
  auMeetingId: string | null;
  /** Reports are due at this instant; the round moves to review. */
  deadline: Instant;
  /** After this instant no report can be submitted or edited. */
  lockAt: Instant;
  state: RoundState;
  openedAt: Instant | null;
  closedAt: Instant | null;
}

export const LIGHTS = ['green', 'yellow', 'red'] as const;
/** A traffic light: green on track, yellow at risk, red significant deviation. */
export type Light = (typeof LIGHTS)[number];

export const FOLLOW_UP_STATES = ['followed', 'partly', 'not'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

/**
 * How the owner followed up one of Skate's open decisions on the initiative (seed 004, 5.1).
 * `followed` says the decision is done: it closes when the report is submitted.
 */
export interface DecisionFollowUp {
  decisionId: string;
  /** '' until the owner answers: a new form never pre-answers a decision. */
  state: FollowUpState | '';
  comment: string;
}

/** The four lights of a report: the owner's overall status and the three agreed dimensions (seed 004, 4.4). */
export const LIGHT_FIELDS = ['overall', 'result', 'schedule', 'cost'] as const;
export type LightField = (typeof LIGHT_FIELDS)[number];

/**
 * What the owner fills in each quarter (SPEC step 4).
 *
 * The lights are typed as chosen, which every submitted report is (validateReport
 * requires all four); a draft saved before the owner chose may hold '' instead,
 * so code that reads drafts must not assume a light.
 */
export interface ReportFields {
  overall: Light;
  result: Light;
  schedule: Light;
  cost: Light;
  /**
   * Why the overall light is greener than the worst of result, schedule and cost; null when it is not.
   * Reports stored before this field existed lack the key: the store reads them as null.
   */
  overallOverrideReason: string | null;
  /** Why the owner chose another schedule light than the suggested one; null when not overridden. */
  scheduleOverrideReason: string | null;
  costOverrideReason: string | null;
  forecastCompletionDate: IsoDate;
  forecastCostNok: number;
  progress: string;
  deviations: string;
  correctiveActions: string;
  /**
   * One answer per open decision of Skate on the initiative, in the order they were taken.
   * Reports stored when only the latest decision was asked hold one or none: the store reads them as a list.
   */
  decisionFollowUp: DecisionFollowUp[];
  sdgs: number[];
  asksSkateAttention: boolean;
}

export const REPORT_STATES = ['draft', 'submitted'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export interface StatusReport {
  initiativeId: string;
  roundId: Quarter;
  state: ReportState;
  /** Increases with every save; a card carries it so a stale card is detected. */
  version: number;
  fields: ReportFields;
  updatedBy: Email;
  updatedAt: Instant;
  submittedAt: Instant | null;
}

/** One saved version of a report: every save and submission is kept. */
export interface ReportVersion {
  initiativeId: string;
  roundId: Quarter;
  version: number;
  state: ReportState;
  fields: ReportFields;
  author: Email;
  at: Instant;
}

export const VOTE_CHOICES = ['agree', 'disagree'] as const;
/** A member's position on the recommendation: agree or disagree. */
export type VoteChoice = (typeof VOTE_CHOICES)[number];

export const AU_REQUESTS = ['oral-briefing', 'separate-item'] as const;
/**
 * What a member may ask AU to ask for, besides their position: a supplementary oral briefing
 * from the initiative (5.4) or that Skate treats it as a separate item (5.5). AU asks only
 * when enough members do (see VotingRules.requestShare).
 */
export type AuRequest = (typeof AU_REQUESTS)[number];

export interface Vote {
  roundId: Quarter;
  initiativeId: string;
  voter: Email;
  choice: VoteChoice;
  /** The dissent, required for disagree; a remark otherwise. */
  comment: string;
  /** The member's wish for a briefing or a separate item, apart from their position; null for none. */
  request: AuRequest | null;
  /** Why the member asks (required with a request): what AU wants to hear, or the justification (5.5). */
  requestReason: string;
  /** The voter declared themselves disqualified (inhabil): the vote is kept but not counted. */
  recused: boolean;
  /** The version of the recommendation voted on: a new version clears the votes on the old one. */
  recommendationVersion: number;
  at: Instant;
}

/** The secretariat's draft of AU's recommendation to Skate for one initiative. */
export interface Recommendation {
  roundId: Quarter;
  initiativeId: string;
  /** What a person typed; '' for a default, which is stored as `draft`. */
  text: string;
  /**
   * True when a person typed the text (the secretariat's edit), false for the
   * default draft. Whether the secretariat edited a recommendation is this
   * flag, never a comparison with the catalogue's wording.
   */
  typed: boolean;
  /**
   * The default draft's code and parameters, fixed when AU's first vote was cast on it (or
   * when a new version replaced it); null while the default still follows the report.
   */
  draft: RecommendationDraft | null;
  /** Starts at 1; a change after AU has voted makes a new version and clears the votes on the old one. */
  version: number;
  author: Email;
  updatedAt: Instant;
}

export const DECISION_STATES = ['open', 'closed'] as const;
export type DecisionState = (typeof DECISION_STATES)[number];

/**
 * A decision of Skate about one initiative, followed up in the next rounds until
 * the owner's follow-up says it is done (state `followed`).
 */
export interface Decision {
  id: string;
  initiativeId: string;
  /** The round whose agenda item it was decided on. */
  roundId: Quarter;
  /** The decision as the secretariat typed it; '' when it is a proposed point adopted as proposed (`point`). */
  text: string;
  /** A point of the proposed decision adopted as proposed: its code, worded in the reader's language. */
  point: { title: string; draft: RecommendationDraft } | null;
  decidedOn: IsoDate;
  state: DecisionState;
  recordedBy: Email;
}

/** The consolidated agenda item (samlesak) of a round. */
export interface AgendaItem {
  roundId: Quarter;
  year: number;
  seq: number;
  /** `NN/YYYY`, e.g. `17/2026`. */
  caseNumber: string;
  /** Set by the secretariat (`saksnummer`); false while it is the bot's proposal from the series. */
  confirmed: boolean;
}

export const POINT_DISPOSITIONS = ['secretariat-proposal', 'withdrawn'] as const;
/**
 * What the secretariat decided for a point AU did not adopt: put it to Skate as its own
 * proposal, clearly labelled, or withdraw it.
 */
export type PointDisposition = (typeof POINT_DISPOSITIONS)[number];

/** The secretariat's decision on one initiative's point in a round. */
export interface PointDecision {
  roundId: Quarter;
  initiativeId: string;
  disposition: PointDisposition;
  decidedBy: Email;
  at: Instant;
}

export const FINAL_TREATMENT_STATES = ['requested', 'feedback', 'decided', 'declined'] as const;
/**
 * Final treatment of a finished initiative (seed 004 §6): the owner marks it finished
 * (`requested`), the secretariat confirms and the Skate agencies give written feedback
 * (`feedback`), Skate decides (`decided`: sluttbehandlet). The secretariat may decline a request.
 */
export type FinalTreatmentState = (typeof FINAL_TREATMENT_STATES)[number];

export interface FinalTreatment {
  initiativeId: string;
  state: FinalTreatmentState;
  requestedBy: Email;
  requestedAt: Instant;
  /** Who confirmed (or declined) it, and when. */
  confirmedBy: Email | null;
  confirmedAt: Instant | null;
  /** The last day for the Skate agencies' written feedback. */
  feedbackDeadline: IsoDate | null;
  /** Skate's decision that ended it. */
  decisionId: string | null;
}

/** One Skate member's written feedback in a final treatment (6.1), on behalf of their agency. */
export interface FinalFeedback {
  initiativeId: string;
  author: Email;
  organisationId: string | null;
  text: string;
  at: Instant;
}

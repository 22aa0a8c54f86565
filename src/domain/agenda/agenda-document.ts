import type {
  Decision,
  FinalFeedback,
  FinalTreatment,
  FollowUpState,
  Initiative,
  IsoDate,
  Light,
  Locale,
  Organisation,
  Person,
  Phase,
  PointDecision,
  Quarter,
  Recommendation,
  Round,
  StatusReport,
  Vote,
} from '../model';
import type { VoteTally, VotingRules } from '../vote-tally';
import type { ProposedDecision } from './agenda-points';
import type { RecommendationContent } from './default-recommendation';

/**
 * The consolidated agenda item (samlesak) as structured data, in the shape of
 * a Skate case paper (seed 000) and with the content rules of seed 004 §5.
 * Composed by `composeAgenda` (pure); every renderer (Markdown, HTML, Word)
 * turns the same document into text with the message catalogue, so the three
 * formats always hold the same sections. Free text written by people (reports,
 * typed recommendations, decisions) is carried as written; a default
 * recommendation is carried as data for the renderers to word.
 */
export interface AgendaDocument {
  locale: Locale;
  round: Quarter;
  header: AgendaHeader;
  background: AgendaBackground;
  /**
   * The proposed decision (Forslag til beslutning): the specific points after
   * the general one, each with where it comes from (AU's adopted
   * recommendation, AU's request, or the secretariat's own proposal where AU
   * did not adopt one), and the points the secretariat withdrew.
   */
  proposedDecision: ProposedDecision;
  statusOverview: StatusRow[];
  /** The quarters of the heat map, oldest first (up to four, ending with this round). */
  heatmap: { quarters: Quarter[]; rows: { initiativeId: string; title: string; cells: (Light | null)[] }[] };
  deviations: DeviationEntry[];
  followUp: FollowUpEntry[];
  auTreatment: AuTreatmentEntry[];
  missingReports: { initiativeId: string; title: string; owner: string; contacts: string[] }[];
  finalTreatment: FinalTreatmentEntry[];
  /** How many initiatives support each SDG, most first; only SDGs with at least one. */
  sdgs: { sdg: number; count: number }[];
  /** «Saken vil bli framlagt av …». */
  presenter: string;
  /** «Saksframlegget er utarbeidet av …». */
  preparedBy: string;
  place: string;
  preparedOn: IsoDate;
  /** Vedlegg: status på initiativene — one section per initiative. */
  appendix: AppendixEntry[];
}

export interface AgendaHeader {
  forum: 'Skate';
  meetingDate: IsoDate;
  /** `NN/YYYY`: set by the secretariat, or the bot's proposal from the series until then. */
  caseNumber: string;
  /** Whether the secretariat set the case number (`saksnummer`); false while it is the bot's proposal. */
  caseNumberConfirmed: boolean;
  /** The round's quarter, for the title «Status i tiltakene i handlingsplanen – 4. kvartal 2026». */
  quarter: number;
  year: number;
  caseType: 'behandlingssak';
  /**
   * The edition: 0 until the paper is published; a published paper whose content then
   * changes becomes «Revidert utgave 1», 2… Previews and translations are no revisions.
   */
  revision: number;
}

export interface AgendaBackground {
  /** Initiatives followed up through Skate/AU this round (accepted, Skate track). */
  expected: number;
  submitted: number;
  missing: number;
  byOverall: Record<Light, number>;
  /** Submitted reports with a red result, schedule or cost light. */
  significantDeviations: number;
  /** The round's reporting deadline and AU meeting, for the reporting basis. */
  deadline: IsoDate;
  auMeeting: IsoDate | null;
  previousRound: Quarter | null;
  /** Initiatives whose recommendation AU adopted, of those AU treated (`auTreated`). */
  auAdopted: number;
  auTreated: number;
}

export type Trend = 'better' | 'worse' | 'same' | 'new';

export interface StatusRow {
  initiativeId: string;
  title: string;
  owner: string;
  /** Null when no report was submitted. */
  overall: Light | null;
  result: Light | null;
  schedule: Light | null;
  cost: Light | null;
  /** The overall light against last quarter's. */
  trend: Trend;
  phase: Phase;
}

export interface DeviationEntry {
  initiativeId: string;
  title: string;
  owner: string;
  /** The dimensions whose light is red. */
  red: ('result' | 'schedule' | 'cost')[];
  deviations: string;
  correctiveActions: string;
  /** The owner chose another light than the forecast suggested, with why. */
  overrides: { dimension: 'schedule' | 'cost'; suggested: Light; chosen: Light; reason: string }[];
  forecastCompletionDate: IsoDate;
  agreedCompletionDate: IsoDate;
  forecastCostNok: number;
  agreedCostNok: number;
}

export interface FollowUpEntry {
  initiativeId: string;
  title: string;
  /** The decision as recorded: typed text, or a point adopted as proposed (worded in the document's language). */
  decision: RecommendationContent;
  decidedOn: IsoDate;
  /** Null when the owner has not answered (or not reported). */
  state: FollowUpState | null;
  comment: string;
}

export interface AuTreatmentEntry {
  initiativeId: string;
  title: string;
  /** The recommendation AU voted on (its current version). */
  recommendation: RecommendationContent;
  /** The tally of the votes on that version: outcome, dissent and requests. */
  tally: VoteTally;
  members: number;
}

/** A finished initiative in final treatment (seed 004 §6), with the Skate agencies' written feedback. */
export interface FinalTreatmentEntry {
  initiativeId: string;
  title: string;
  owner: string;
  agreedResult: string;
  /** The written feedback round (6.1): its deadline, null when none was held. */
  feedbackDeadline: IsoDate | null;
  /** The answers, by agency name, in the order given. */
  feedback: { from: string; text: string }[];
}

export interface AppendixEntry {
  initiativeId: string;
  title: string;
  owner: string;
  /** The focus area's name in the document's language. */
  focusArea: string;
  /** The life events' names in the document's language. */
  lifeEvents: string[];
  phase: Phase;
  agreedResult: string;
  agreedCompletionDate: IsoDate;
  agreedCostNok: number;
  /** Null when the report is missing. */
  report: {
    overall: Light;
    result: Light;
    schedule: Light;
    cost: Light;
    forecastCompletionDate: IsoDate;
    forecastCostNok: number;
    progress: string;
    deviations: string;
    correctiveActions: string;
    asksSkateAttention: boolean;
    sdgs: number[];
  } | null;
}

/** Everything `composeAgenda` needs, gathered by the use case; nothing is read from anywhere else. */
export interface AgendaInput {
  locale: Locale;
  round: Round;
  skateMeetingDate: IsoDate;
  auMeetingDate: IsoDate | null;
  caseNumber: string;
  caseNumberConfirmed: boolean;
  revision: number;
  /** The secretariat's decisions on points AU did not adopt. */
  pointDecisions: PointDecision[];
  /** Final treatments under way, and the written feedback given in them. */
  finalTreatments: FinalTreatment[];
  finalFeedback: FinalFeedback[];
  /** All initiatives; the agenda covers those followed up through Skate/AU (accepted, Skate track). */
  initiatives: Initiative[];
  organisations: Organisation[];
  people: Person[];
  /** This round's reports (drafts are ignored). */
  reports: StatusReport[];
  /** Earlier rounds' submitted reports, oldest first: the trend and the heat map. */
  history: { round: Quarter; reports: StatusReport[] }[];
  votes: Vote[];
  auMembers: string[];
  voting: VotingRules;
  recommendations: Recommendation[];
  /** Skate's earlier decisions that this round's reports follow up. */
  decisionsToFollowUp: Decision[];
  presenter: string;
  preparedBy: string;
  place: string;
  preparedOn: IsoDate;
}

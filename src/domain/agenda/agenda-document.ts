import type {
  Decision,
  FollowUpState,
  Initiative,
  IsoDate,
  Light,
  Locale,
  Organisation,
  Person,
  Phase,
  Quarter,
  Recommendation,
  Round,
  StatusReport,
  Vote,
} from '../model';
import type { VoteTally, VotingRules } from '../vote-tally';
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
   * AU's recommendation to Skate (Forslag til beslutning), as numbered points.
   * Renderers put the general point first («Skate tar status i tiltakene til
   * orientering»); these are the specific ones: the recommendations for
   * initiatives with a significant deviation, a missing report, a final
   * treatment, a separate-item recommendation, the owner's request for
   * attention, or a recommendation the secretariat edited.
   */
  proposedDecision: { initiativeId: string; recommendation: RecommendationContent }[];
  statusOverview: StatusRow[];
  /** The quarters of the heat map, oldest first (up to four, ending with this round). */
  heatmap: { quarters: Quarter[]; rows: { initiativeId: string; title: string; cells: (Light | null)[] }[] };
  deviations: DeviationEntry[];
  followUp: FollowUpEntry[];
  auTreatment: AuTreatmentEntry[];
  missingReports: { initiativeId: string; title: string; owner: string; contacts: string[] }[];
  finalTreatment: { initiativeId: string; title: string; owner: string; agreedResult: string }[];
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
  /** `NN/YYYY`, allocated once per round and kept. */
  caseNumber: string;
  /** The round's quarter, for the title «Status i tiltakene i handlingsplanen – 4. kvartal 2026». */
  quarter: number;
  year: number;
  caseType: 'behandlingssak';
  /** 0 for the first compilation; a later one is a clearly marked revision. */
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
  decisionText: string;
  decidedOn: IsoDate;
  /** Null when the owner did not report (missing report). */
  state: FollowUpState | null;
  comment: string;
}

export interface AuTreatmentEntry {
  initiativeId: string;
  title: string;
  recommendation: RecommendationContent;
  tally: VoteTally;
  members: number;
  /**
   * What the counted oral-briefing votes ask to hear about: their non-empty
   * comments, in AU member order (the tally only says that one was requested).
   */
  oralBriefingReasons?: string[];
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
  revision: number;
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

import type {
  AgendaItem,
  Decision,
  Email,
  Initiative,
  Instant,
  Meeting,
  Organisation,
  Person,
  Platform,
  PlatformIdentity,
  Quarter,
  Recommendation,
  ReportVersion,
  Role,
  Round,
  StatusReport,
  Vote,
} from './model';

/**
 * Storage ports, one per aggregate, named by intent. The store implements them
 * on SQLite; every write method records an audit entry for the transaction's actor.
 */

export interface OrganisationRepository {
  get(id: string): Organisation | null;
  list(): Organisation[];
  /** Creates or replaces; returns whether it was new. */
  save(organisation: Organisation): 'created' | 'updated' | 'unchanged';
}

export interface PersonRepository {
  get(email: Email): Person | null;
  list(): Person[];
  withRole(role: Role): Person[];
  findByIdentity(platform: Platform, userId: string): Person | null;
  save(person: Person): 'created' | 'updated' | 'unchanged';
  linkIdentity(email: Email, identity: PlatformIdentity): void;
}

export interface InitiativeRepository {
  get(id: string): Initiative | null;
  list(): Initiative[];
  /** Initiatives where `email` is a contact or a delegate (in any period). */
  listForPerson(email: Email): Initiative[];
  save(initiative: Initiative): 'created' | 'updated' | 'unchanged';
}

export interface MeetingRepository {
  get(id: string): Meeting | null;
  list(): Meeting[];
  save(meeting: Meeting): 'created' | 'updated' | 'unchanged';
}

export interface RoundRepository {
  get(id: Quarter): Round | null;
  list(): Round[];
  /** The round that uses a given Skate meeting, if any. */
  findBySkateMeeting(meetingId: string): Round | null;
  /** Rounds in which reporting or review is under way (open or in-review). */
  listActive(): Round[];
  save(round: Round): 'created' | 'updated' | 'unchanged';
}

export interface ReportRepository {
  get(initiativeId: string, roundId: Quarter): StatusReport | null;
  listForRound(roundId: Quarter): StatusReport[];
  /** The latest submitted report of the initiative in a round before `roundId`: the form's pre-fill. */
  latestSubmittedBefore(initiativeId: string, roundId: Quarter): StatusReport | null;
  /** Saves the report as its new current state and keeps it as a version. */
  save(report: StatusReport): void;
  versions(initiativeId: string, roundId: Quarter): ReportVersion[];
}

export interface VoteRepository {
  /** Appends a vote; earlier votes of the same voter stay as history. */
  record(vote: Vote): void;
  listForRound(roundId: Quarter): Vote[];
}

export interface RecommendationRepository {
  get(roundId: Quarter, initiativeId: string): Recommendation | null;
  listForRound(roundId: Quarter): Recommendation[];
  save(recommendation: Recommendation): void;
}

export interface DecisionRepository {
  get(id: string): Decision | null;
  listForInitiative(initiativeId: string): Decision[];
  listForRound(roundId: Quarter): Decision[];
  /** The open decision to follow up for an initiative: the most recent one. */
  findOpenFor(initiativeId: string): Decision | null;
  save(decision: Decision): void;
}

export interface AgendaRepository {
  get(roundId: Quarter): AgendaItem | null;
  /** The sequence numbers taken in a year. */
  sequencesIn(year: number): number[];
  save(item: AgendaItem): void;
}

export interface IdempotencyRepository {
  /** The stored result of an action already applied under `key`, as JSON. */
  find(key: string): string | null;
  remember(key: string, actor: Email, resultJson: string, at: Instant): void;
}

export interface AuditEntry {
  seq: number;
  at: Instant;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AuditRepository {
  list(entity?: string, entityId?: string): AuditEntry[];
}

/** Every repository, bound to one transaction and its actor. */
export interface Repositories {
  organisations: OrganisationRepository;
  people: PersonRepository;
  initiatives: InitiativeRepository;
  meetings: MeetingRepository;
  rounds: RoundRepository;
  reports: ReportRepository;
  votes: VoteRepository;
  recommendations: RecommendationRepository;
  decisions: DecisionRepository;
  agenda: AgendaRepository;
  idempotency: IdempotencyRepository;
  audit: AuditRepository;
}

/** Who performs a change and when: recorded in the audit log. */
export interface ChangeContext {
  actor: string;
  now: Date;
}

/**
 * Runs `work` in one write transaction (begun IMMEDIATE, so a read-then-write
 * cannot interleave with another process) and commits before returning.
 */
export interface UnitOfWork {
  write<T>(ctx: ChangeContext, work: (repos: Repositories) => T): T;
  read<T>(work: (repos: Repositories) => T): T;
}

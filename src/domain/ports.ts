import type {
  ChannelName,
  Job,
  JobState,
  MessageRef,
  NewJob,
  NewOutboxMessage,
  OutboxMessage,
  OutboxState,
} from './delivery';
import type {
  AgendaItem,
  Decision,
  Email,
  FinalFeedback,
  FinalTreatment,
  Initiative,
  Instant,
  Meeting,
  Organisation,
  Person,
  Platform,
  PlatformIdentity,
  PointDecision,
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
 * on SQLite and PostgreSQL, asynchronously; every write method records an audit entry for the transaction's actor.
 */

export interface OrganisationRepository {
  get(id: string): Promise<Organisation | null>;
  list(): Promise<Organisation[]>;
  /** Creates or replaces; returns whether it was new. */
  save(organisation: Organisation): Promise<'created' | 'updated' | 'unchanged'>;
}

export interface PersonRepository {
  get(email: Email): Promise<Person | null>;
  list(): Promise<Person[]>;
  withRole(role: Role): Promise<Person[]>;
  findByIdentity(platform: Platform, userId: string): Promise<Person | null>;
  save(person: Person): Promise<'created' | 'updated' | 'unchanged'>;
  linkIdentity(email: Email, identity: PlatformIdentity): Promise<void>;
}

export interface InitiativeRepository {
  get(id: string): Promise<Initiative | null>;
  list(): Promise<Initiative[]>;
  /** Initiatives where `email` is a contact or a delegate (in any period). */
  listForPerson(email: Email): Promise<Initiative[]>;
  save(initiative: Initiative): Promise<'created' | 'updated' | 'unchanged'>;
}

export interface MeetingRepository {
  get(id: string): Promise<Meeting | null>;
  list(): Promise<Meeting[]>;
  save(meeting: Meeting): Promise<'created' | 'updated' | 'unchanged'>;
}

export interface RoundRepository {
  get(id: Quarter): Promise<Round | null>;
  list(): Promise<Round[]>;
  /** The round that uses a given Skate meeting, if any. */
  findBySkateMeeting(meetingId: string): Promise<Round | null>;
  /** Rounds in which reporting or review is under way (open or in-review). */
  listActive(): Promise<Round[]>;
  save(round: Round): Promise<'created' | 'updated' | 'unchanged'>;
}

export interface ReportRepository {
  get(initiativeId: string, roundId: Quarter): Promise<StatusReport | null>;
  listForRound(roundId: Quarter): Promise<StatusReport[]>;
  /** The latest submitted report of the initiative in a round before `roundId`: the form's pre-fill. */
  latestSubmittedBefore(initiativeId: string, roundId: Quarter): Promise<StatusReport | null>;
  /** Saves the report as its new current state and keeps it as a version. */
  save(report: StatusReport): Promise<void>;
  versions(initiativeId: string, roundId: Quarter): Promise<ReportVersion[]>;
}

export interface VoteRepository {
  /** Appends a vote; earlier votes of the same voter stay as history. */
  record(vote: Vote): Promise<void>;
  listForRound(roundId: Quarter): Promise<Vote[]>;
  /** Closes voting on one initiative, or on all of the round with `*`. */
  close(roundId: Quarter, initiativeId: string | '*', by: Email, now: Date): Promise<void>;
  isClosed(roundId: Quarter, initiativeId: string): Promise<boolean>;
}

export interface RecommendationRepository {
  get(roundId: Quarter, initiativeId: string): Promise<Recommendation | null>;
  listForRound(roundId: Quarter): Promise<Recommendation[]>;
  save(recommendation: Recommendation): Promise<void>;
}

export interface DecisionRepository {
  get(id: string): Promise<Decision | null>;
  listForInitiative(initiativeId: string): Promise<Decision[]>;
  listForRound(roundId: Quarter): Promise<Decision[]>;
  /** The most recent open decision on an initiative. */
  findOpenFor(initiativeId: string): Promise<Decision | null>;
  /** Every open decision on an initiative, oldest first: each is followed up until its follow-up says it is done. */
  listOpenFor(initiativeId: string): Promise<Decision[]>;
  save(decision: Decision): Promise<void>;
}

export interface AgendaRepository {
  get(roundId: Quarter): Promise<AgendaItem | null>;
  /** The sequence numbers taken in a year. */
  sequencesIn(year: number): Promise<number[]>;
  /** The agenda item that has a case number, if any: a number is never given to two papers. */
  findByNumber(year: number, seq: number): Promise<AgendaItem | null>;
  save(item: AgendaItem): Promise<void>;
}

/** The secretariat's decisions on points AU did not adopt. */
export interface PointDecisionRepository {
  get(roundId: Quarter, initiativeId: string): Promise<PointDecision | null>;
  listForRound(roundId: Quarter): Promise<PointDecision[]>;
  save(decision: PointDecision): Promise<void>;
}

/** Final treatments of finished initiatives and the written feedback given in them (seed 004 §6). */
export interface FinalTreatmentRepository {
  get(initiativeId: string): Promise<FinalTreatment | null>;
  list(): Promise<FinalTreatment[]>;
  save(treatment: FinalTreatment): Promise<void>;
  addFeedback(feedback: FinalFeedback): Promise<void>;
  /** The feedback given on an initiative, oldest first. */
  feedbackFor(initiativeId: string): Promise<FinalFeedback[]>;
}

/** What identifies one delivery of one action: who did what, on which platform, under the platform's id. */
export interface IdempotencyKey {
  platform: Platform;
  actor: Email;
  action: string;
  requestId: string;
}

/** An action already applied under a key: the hash of what was asked and the answer given. */
export interface IdempotencyEntry {
  payloadSha256: string;
  resultJson: string;
}

export interface IdempotencyRepository {
  /** The entry of an action already applied under `key`, or null. */
  find(key: IdempotencyKey): Promise<IdempotencyEntry | null>;
  remember(key: IdempotencyKey, entry: IdempotencyEntry, at: Instant): Promise<void>;
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

/** A refused request, as the audit log keeps it: which operation, the refusal's code and what it named. */
export interface Refusal {
  /** `command:status`, `action:review.vote` (see operationName in authorisation-matrix.ts). */
  operation: string;
  code: string;
  /** The initiative or round the request named, when it named one. */
  target: string | null;
}

export interface AuditRepository {
  list(entity?: string, entityId?: string): Promise<AuditEntry[]>;
  /** Appends a refusal (action `refused`, entity `operation`) for the transaction's actor and time. */
  recordRefusal(refusal: Refusal): Promise<void>;
}

export interface OutboxRepository {
  /** Adds a message unless one with the same dedupe key exists; returns whether it was added. */
  enqueue(message: NewOutboxMessage, now: Date): Promise<boolean>;
  get(dedupeKey: string): Promise<OutboxMessage | null>;
  /** Cancels the pending messages of a group (e.g. the reminders of a report that came in). */
  cancelGroup(group: string, now: Date): Promise<number>;
  /**
   * Messages that may be sent at `now`, oldest first: pending and due, or
   * `sending` under an expired lease (its sender died), whose parent is sent.
   */
  listSendable(now: Date, limit: number): Promise<OutboxMessage[]>;
  /** The earliest time a waiting message becomes due, or null when none waits. */
  nextDueAt(): Promise<string | null>;
  /** Takes a message for sending under a lease; false when someone else has it. */
  claim(seq: number, owner: string, now: Date, leaseUntil: Date): Promise<boolean>;
  markSent(seq: number, owner: string, ref: MessageRef, now: Date): Promise<void>;
  /**
   * Puts a message back for a later attempt. `countAttempt: false` gives back the
   * attempt its claim took: a 429 is not a failed attempt (see MAX_ATTEMPTS).
   */
  retryLater(seq: number, owner: string, notBefore: Date, error: string, countAttempt?: boolean): Promise<void>;
  markFailed(seq: number, owner: string, error: string, now: Date): Promise<void>;
  /** The messages that failed at or after `since`, oldest first: what the daily summary lists. */
  listFailedSince(since: Date): Promise<OutboxMessage[]>;
  /** Replaces the view of a message not yet sent (a summary that grew); false when it is gone or sent. */
  replacePendingView(dedupeKey: string, view: unknown): Promise<boolean>;
  list(filter?: { state?: OutboxState; limit?: number }): Promise<OutboxMessage[]>;
  countByState(): Promise<Record<OutboxState, number>>;
}

export interface JobRepository {
  /** Adds a job unless one with the same dedupe key exists. */
  schedule(job: NewJob): Promise<boolean>;
  /**
   * Takes a pending job for the caller's transaction: false when another replica is running it
   * (its row is locked: PostgreSQL's FOR UPDATE SKIP LOCKED, so nobody waits) or has finished it.
   */
  lock(seq: number): Promise<boolean>;
  /** Pending jobs due at `now`, oldest first. */
  listDue(now: Date, limit: number): Promise<Job[]>;
  /** Finishes a pending job; false when another process finished it first. */
  finish(seq: number, state: Exclude<JobState, 'pending'>, outcome: string, by: string, now: Date): Promise<boolean>;
  /** Drops the pending jobs whose dedupe key starts with `prefix` (e.g. a round's reminders). */
  dropPending(prefix: string, outcome: string, now: Date): Promise<number>;
  list(filter?: { state?: JobState; prefix?: string }): Promise<Job[]>;
  nextDueAt(): Promise<string | null>;
}

/** Where the bot can reach people and channels on a platform. */
export interface DirectoryRepository {
  conversationOf(platform: Platform, userId: string): Promise<string | null>;
  /** Stores how to reach the user proactively; storing it also counts as the user being seen there. */
  saveConversation(platform: Platform, userId: string, reference: string, now: Date): Promise<void>;
  /** When the person behind this platform identity last used the bot there; null when never seen. */
  lastSeen(platform: Platform, userId: string): Promise<Instant | null>;
  /**
   * Records that the identity used the bot now (a message, a card action, an installation):
   * a person on several platforms is messaged on the one they used last.
   */
  recordSeen(platform: Platform, userId: string, now: Date): Promise<void>;
  channel(name: ChannelName): Promise<{ platform: Platform; reference: string } | null>;
  bindChannel(name: ChannelName, platform: Platform, reference: string, by: string, now: Date): Promise<void>;
}

/** What the local transport "delivered": the developer's view of the cycle without Teams or Slack. */
export interface LocalDeliveryRepository {
  record(
    entry: { dedupeKey: string; destination: string; operation: string; text: string },
    now: Date,
  ): Promise<number>;
  list(
    limit: number,
  ): Promise<{ seq: number; at: string; dedupeKey: string; destination: string; operation: string; text: string }[]>;
}

/** One compilation of a round's agenda item: the documents as posted, and whether it was published. */
export interface CompiledAgenda {
  roundId: Quarter;
  revision: number;
  /**
   * SHA-256 of what the document says, composed in one fixed language and without its edition:
   * equal hashes mean nothing changed (a translation is the same content).
   */
  hash: string;
  /** The edition the paper shows: 0 until a published paper's content changes, then 1, 2… */
  edition: number;
  /** Points of the proposed decision that awaited the secretariat's decision: such a paper is not published. */
  undecidedPoints: number;
  caseNumber: string;
  locale: string;
  createdAt: Instant;
  createdBy: string;
  markdown: string;
  html: string;
  docx: Buffer;
  heatmapPng: Buffer;
  /** The summary card's content, as JSON (a MessageView). */
  summary: string;
  publishedAt: Instant | null;
}

export interface CompiledAgendaRepository {
  latest(roundId: Quarter): Promise<CompiledAgenda | null>;
  /** The latest compilation that was published, or null. */
  latestPublished(roundId: Quarter): Promise<CompiledAgenda | null>;
  get(roundId: Quarter, revision: number): Promise<CompiledAgenda | null>;
  save(agenda: CompiledAgenda): Promise<void>;
  markPublished(roundId: Quarter, revision: number, at: Date): Promise<void>;
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
  pointDecisions: PointDecisionRepository;
  finalTreatments: FinalTreatmentRepository;
  idempotency: IdempotencyRepository;
  audit: AuditRepository;
  outbox: OutboxRepository;
  jobs: JobRepository;
  directory: DirectoryRepository;
  localDeliveries: LocalDeliveryRepository;
  compiledAgendas: CompiledAgendaRepository;
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
  write<T>(ctx: ChangeContext, work: (repos: Repositories) => Promise<T>): Promise<T>;
  read<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
}

/**
 * Which platforms this process may send through now. With several replicas on
 * one database, one sender per platform keeps the platform's rate limits for
 * the whole deployment: each replica tries to hold a platform's send lock, and
 * only the holder sends its messages; when the holder dies, another takes the
 * lock over within seconds. A single process needs none (every platform is its own).
 */
export interface SendLocks {
  /** Tries to take the locks of `platforms` it does not hold yet; returns the ones it holds. */
  hold(platforms: readonly string[]): Promise<ReadonlySet<string>>;
  /** Gives every lock back (at stop), so another replica takes over at once. */
  release(): Promise<void>;
}

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
  /** Closes voting on one initiative, or on all of the round with `*`. */
  close(roundId: Quarter, initiativeId: string | '*', by: Email, now: Date): void;
  isClosed(roundId: Quarter, initiativeId: string): boolean;
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
  /** The most recent open decision on an initiative. */
  findOpenFor(initiativeId: string): Decision | null;
  /** Every open decision on an initiative, oldest first: each is followed up until its follow-up says it is done. */
  listOpenFor(initiativeId: string): Decision[];
  save(decision: Decision): void;
}

export interface AgendaRepository {
  get(roundId: Quarter): AgendaItem | null;
  /** The sequence numbers taken in a year. */
  sequencesIn(year: number): number[];
  /** The agenda item that has a case number, if any: a number is never given to two papers. */
  findByNumber(year: number, seq: number): AgendaItem | null;
  save(item: AgendaItem): void;
}

/** The secretariat's decisions on points AU did not adopt. */
export interface PointDecisionRepository {
  get(roundId: Quarter, initiativeId: string): PointDecision | null;
  listForRound(roundId: Quarter): PointDecision[];
  save(decision: PointDecision): void;
}

/** Final treatments of finished initiatives and the written feedback given in them (seed 004 §6). */
export interface FinalTreatmentRepository {
  get(initiativeId: string): FinalTreatment | null;
  list(): FinalTreatment[];
  save(treatment: FinalTreatment): void;
  addFeedback(feedback: FinalFeedback): void;
  /** The feedback given on an initiative, oldest first. */
  feedbackFor(initiativeId: string): FinalFeedback[];
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
  find(key: IdempotencyKey): IdempotencyEntry | null;
  remember(key: IdempotencyKey, entry: IdempotencyEntry, at: Instant): void;
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
  list(entity?: string, entityId?: string): AuditEntry[];
  /** Appends a refusal (action `refused`, entity `operation`) for the transaction's actor and time. */
  recordRefusal(refusal: Refusal): void;
}

export interface OutboxRepository {
  /** Adds a message unless one with the same dedupe key exists; returns whether it was added. */
  enqueue(message: NewOutboxMessage, now: Date): boolean;
  get(dedupeKey: string): OutboxMessage | null;
  /** Cancels the pending messages of a group (e.g. the reminders of a report that came in). */
  cancelGroup(group: string, now: Date): number;
  /**
   * Messages that may be sent at `now`, oldest first: pending and due, or
   * `sending` under an expired lease (its sender died), whose parent is sent.
   */
  listSendable(now: Date, limit: number): OutboxMessage[];
  /** The earliest time a waiting message becomes due, or null when none waits. */
  nextDueAt(): string | null;
  /** Takes a message for sending under a lease; false when someone else has it. */
  claim(seq: number, owner: string, now: Date, leaseUntil: Date): boolean;
  markSent(seq: number, owner: string, ref: MessageRef, now: Date): void;
  /**
   * Puts a message back for a later attempt. `countAttempt: false` gives back the
   * attempt its claim took: a 429 is not a failed attempt (see MAX_ATTEMPTS).
   */
  retryLater(seq: number, owner: string, notBefore: Date, error: string, countAttempt?: boolean): void;
  markFailed(seq: number, owner: string, error: string, now: Date): void;
  /** The messages that failed at or after `since`, oldest first: what the daily summary lists. */
  listFailedSince(since: Date): OutboxMessage[];
  /** Replaces the view of a message not yet sent (a summary that grew); false when it is gone or sent. */
  replacePendingView(dedupeKey: string, view: unknown): boolean;
  list(filter?: { state?: OutboxState; limit?: number }): OutboxMessage[];
  countByState(): Record<OutboxState, number>;
}

export interface JobRepository {
  /** Adds a job unless one with the same dedupe key exists. */
  schedule(job: NewJob): boolean;
  /** Pending jobs due at `now`, oldest first. */
  listDue(now: Date, limit: number): Job[];
  /** Finishes a pending job; false when another process finished it first. */
  finish(seq: number, state: Exclude<JobState, 'pending'>, outcome: string, by: string, now: Date): boolean;
  /** Drops the pending jobs whose dedupe key starts with `prefix` (e.g. a round's reminders). */
  dropPending(prefix: string, outcome: string, now: Date): number;
  list(filter?: { state?: JobState; prefix?: string }): Job[];
  nextDueAt(): string | null;
}

/** Where the bot can reach people and channels on a platform. */
export interface DirectoryRepository {
  conversationOf(platform: Platform, userId: string): string | null;
  /** Stores how to reach the user proactively; storing it also counts as the user being seen there. */
  saveConversation(platform: Platform, userId: string, reference: string, now: Date): void;
  /** When the person behind this platform identity last used the bot there; null when never seen. */
  lastSeen(platform: Platform, userId: string): Instant | null;
  /**
   * Records that the identity used the bot now (a message, a card action, an installation):
   * a person on several platforms is messaged on the one they used last.
   */
  recordSeen(platform: Platform, userId: string, now: Date): void;
  channel(name: ChannelName): { platform: Platform; reference: string } | null;
  bindChannel(name: ChannelName, platform: Platform, reference: string, by: string, now: Date): void;
}

/** What the local transport "delivered": the developer's view of the cycle without Teams or Slack. */
export interface LocalDeliveryRepository {
  record(entry: { dedupeKey: string; destination: string; operation: string; text: string }, now: Date): number;
  list(
    limit: number,
  ): { seq: number; at: string; dedupeKey: string; destination: string; operation: string; text: string }[];
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
  latest(roundId: Quarter): CompiledAgenda | null;
  /** The latest compilation that was published, or null. */
  latestPublished(roundId: Quarter): CompiledAgenda | null;
  get(roundId: Quarter, revision: number): CompiledAgenda | null;
  save(agenda: CompiledAgenda): void;
  markPublished(roundId: Quarter, revision: number, at: Date): void;
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
  write<T>(ctx: ChangeContext, work: (repos: Repositories) => T): T;
  read<T>(work: (repos: Repositories) => T): T;
}

import { reportersOf } from '../authorisation';
import { instantToOsloDate } from '../calendar';
import type { Job } from '../delivery';
import type { DomainError } from '../errors';
import type { Email, Initiative, IsoDate, Locale, ReportState, Round, RoundState } from '../model';
import { transitionRound } from '../round-state';

/** When a reminder goes out relative to the deadline. */
export type ReminderKind = 'before' | 'on-deadline' | 'overdue';

/** One initiative reporting in the round, with the state of its report there (null: not started). */
export interface ReportingInitiative {
  initiative: Initiative;
  reportState: ReportState | null;
}

/** What the cycle engine knows when one job falls due: plain data, gathered in the job's transaction. */
export interface JobFacts {
  job: Pick<Job, 'kind' | 'payload' | 'dueAt'>;
  /** The job's round; null when it no longer exists. */
  round: Round | null;
  /** Another reminder of the same round is due as well, and falls later: the engine was down. */
  laterReminderDue: boolean;
  /** The secretariat is told of the missing reports at this overdue reminder. */
  escalateAfterOverdueReminders: number;
  /** The language of channel posts (the AU review), which have no single reader. */
  channelLocale: Locale;
  /** The initiatives that report in the round. */
  reporting: readonly ReportingInitiative[];
  /**
   * Initiatives AU also reviews though they no longer report: those in final treatment
   * (seed 004, 6.1). Absent means none.
   */
  inFinalTreatment?: readonly string[];
  /** The registered people among their contacts and delegates: only they can be messaged. */
  registered: ReadonlySet<Email>;
  /** The secretariat's members. */
  secretariat: readonly Email[];
}

/** Why a job is dropped without doing anything; the executor and the dry run word it. */
export type DropReason =
  | { code: 'round-not-found' }
  | { code: 'round-inactive'; state: RoundState }
  | { code: 'round-locked' }
  | { code: 'superseded' }
  | { code: 'transition-refused'; error: DomainError };

/**
 * What the cycle engine decided to do about one job, carried out by the executor
 * in the job's transaction, or shown by the dry run. Messages are named by who
 * and what, not by their wording: the executor builds the views.
 */
export type CycleEffect =
  | {
      kind: 'remind';
      roundId: string;
      initiativeId: string;
      to: Email;
      reminder: ReminderKind;
      ordinal: number;
      hasDraft: boolean;
    }
  | {
      kind: 'escalate';
      roundId: string;
      to: Email;
      /** The overdue reminder this escalation comes with. */
      reminders: number;
      missing: { initiativeId: string; contacts: Email[] }[];
    }
  | { kind: 'move-round'; round: Round; from: RoundState }
  /** The AU review thread: a summary post in AU's channel and one reply per initiative. */
  | { kind: 'post-review'; roundId: string; locale: Locale; initiativeIds: string[] }
  /** Always the last effect, exactly once: how the job ends. */
  | { kind: 'finish-job'; outcome: { state: 'done' } | { state: 'dropped'; reason: DropReason } };

const done: CycleEffect = { kind: 'finish-job', outcome: { state: 'done' } };
const dropped = (reason: DropReason): CycleEffect[] => [{ kind: 'finish-job', outcome: { state: 'dropped', reason } }];

/** A reporting initiative whose report is not submitted, with the registered people who report on it today. */
export interface MissingReport extends ReportingInitiative {
  reporters: Email[];
}

/** The initiatives still missing their report, each with who is asked for it today (delegates standing in). */
export function missingReports(
  reporting: readonly ReportingInitiative[],
  registered: ReadonlySet<Email>,
  today: IsoDate,
): MissingReport[] {
  return reporting
    .filter((r) => r.reportState !== 'submitted')
    .map((r) => ({ ...r, reporters: reportersOf(r.initiative, today).filter((e) => registered.has(e)) }));
}

/**
 * The cycle engine's decisions about one due job, as a plain list of effects
 * ending in `finish-job`:
 * - a reminder goes to every reporter of every missing report while the round
 *   is open or in review and not yet locked; after downtime only the latest of
 *   several due reminders is sent, the others are dropped as superseded;
 * - at the configured overdue reminder the secretariat is told what is missing,
 *   once, even when that reminder itself is superseded;
 * - at the deadline an open round moves to review and AU's review thread is posted.
 */
export function decideJob(facts: JobFacts, now: Date): CycleEffect[] {
  const { round } = facts;
  if (!round) return dropped({ code: 'round-not-found' });
  switch (facts.job.kind) {
    case 'round.reminder':
      return decideReminder(facts, round, now);
    case 'round.deadline':
      return decideDeadline(facts, round, now);
  }
}

function decideReminder(facts: JobFacts, round: Round, now: Date): CycleEffect[] {
  if (round.state !== 'open' && round.state !== 'in-review') {
    return dropped({ code: 'round-inactive', state: round.state });
  }
  if (now.getTime() >= Date.parse(round.lockAt)) return dropped({ code: 'round-locked' });
  const reminder = String(facts.job.payload.reminder) as ReminderKind;
  const ordinal = Number(facts.job.payload.ordinal);
  const escalate = reminder === 'overdue' && ordinal >= facts.escalateAfterOverdueReminders;
  if (facts.laterReminderDue && !escalate) return dropped({ code: 'superseded' });
  const missing = missingReports(facts.reporting, facts.registered, instantToOsloDate(now));
  const effects: CycleEffect[] = [];
  if (!facts.laterReminderDue) {
    for (const m of missing) {
      for (const to of m.reporters) {
        const hasDraft = m.reportState === 'draft';
        effects.push({
          kind: 'remind',
          roundId: round.id,
          initiativeId: m.initiative.id,
          to,
          reminder,
          ordinal,
          hasDraft,
        });
      }
    }
  }
  if (escalate && missing.length > 0) {
    const list = missing.map((m) => ({
      initiativeId: m.initiative.id,
      contacts: m.initiative.contacts.filter((e) => facts.registered.has(e)),
    }));
    for (const to of facts.secretariat) {
      effects.push({ kind: 'escalate', roundId: round.id, to, reminders: ordinal, missing: list });
    }
  }
  effects.push(done);
  return effects;
}

function decideDeadline(facts: JobFacts, round: Round, now: Date): CycleEffect[] {
  const effects: CycleEffect[] = [];
  let current = round;
  if (round.state === 'open') {
    const moved = transitionRound(round, 'in-review', now);
    if (!moved.ok) return dropped({ code: 'transition-refused', error: moved.error });
    effects.push({ kind: 'move-round', round: moved.value, from: round.state });
    current = moved.value;
  }
  if (current.state !== 'in-review') return dropped({ code: 'round-inactive', state: current.state });
  effects.push({
    kind: 'post-review',
    roundId: current.id,
    locale: facts.channelLocale,
    initiativeIds: [...facts.reporting.map((r) => r.initiative.id), ...(facts.inFinalTreatment ?? [])],
  });
  effects.push(done);
  return effects;
}

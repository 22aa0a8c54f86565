import type { RoundCalendarSettings } from '../domain/calendar';
import type { Locale, Person } from '../domain/model';
import type { UnitOfWork } from '../domain/ports';
import type { VotingRules } from '../domain/vote-tally';
import type { Metrics } from './metrics';

/** Settings the use cases need, taken from the Config by the composition root. */
export interface AppSettings {
  roundCalendar: RoundCalendarSettings;
  voting: VotingRules;
  cycle: CycleSettings;
  agenda: AgendaSettings;
}

/** How the agenda item is signed off, numbered and linked to. */
export interface AgendaSettings {
  place: string;
  /** «Saken vil bli framlagt av …»; null: the person who compiles it. */
  presenter: string | null;
  /**
   * The lowest sequence number the bot proposes in a year's case series. Skate numbers all its
   * cases in one series (seed 001), so the bot proposes the next number after the highest it
   * knows, never below this; the secretariat sets the real one with `saksnummer`.
   */
  caseNumberStart: number;
  /** Business days the Skate agencies get for written feedback in a final treatment (seed 004, 6.1). */
  feedbackBusinessDays: number;
  links: { baseUrl: string; secret: string; ttlDays: number };
}

/** How the cycle behaves beyond its calendar. */
export interface CycleSettings {
  /** The secretariat is told of the missing reports at this overdue reminder. */
  escalateAfterOverdueReminders: number;
  /** A round opens only with its deadline at least this many business days ahead. */
  openLeadBusinessDays: number;
  /** The language of channel posts (AU thread, Skate item), which have no single reader. */
  defaultLocale: Locale;
}

/** What every use case receives: storage and settings. The clock is passed per call. */
export interface AppContext {
  uow: UnitOfWork;
  settings: AppSettings;
  /** What is counted for `GET /metrics`; none in tests and at the CLI. */
  metrics?: Metrics;
}

/**
 * Who performs an action: a registered person (from Teams or Slack), or the
 * operator at the command line, who has the database in hand and so acts with
 * the secretariat's rights.
 */
export type Actor = { kind: 'person'; person: Person } | { kind: 'operator'; name: string };

/** The name written to the audit log. */
export function actorName(actor: Actor): string {
  return actor.kind === 'person' ? actor.person.email : `operator:${actor.name}`;
}

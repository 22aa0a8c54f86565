import type { Instant, IsoDate } from '../model';
import { addBusinessDays, businessDayOnOrAfter, isBusinessDay } from './business-days';
import { compareIsoDates, isIsoDate } from './dates';
import { type RoundCalendarSettings, type RoundSchedule, remindersForDeadline } from './schedule';
import { instantToOsloDate, osloToInstant, todayInOslo } from './zone';

/**
 * Whether a round can be opened now with a schedule, and if not, why and what would work.
 * A round never opens with a deadline that has passed or is so close that owners cannot
 * answer: otherwise it would move to AU's review the moment it opens.
 */
export type OpeningVerdict =
  | { ok: true; schedule: RoundSchedule }
  /** The deadline is too close; `deadline` is the earliest one that works and still locks before Skate. */
  | { ok: false; reason: 'deadline-too-close'; deadline: IsoDate; earliest: IsoDate }
  /** Even the earliest possible deadline would lock on or after the Skate meeting: open a later quarter. */
  | { ok: false; reason: 'too-late-for-meeting'; deadline: IsoDate; earliest: IsoDate }
  /** The deadline asked for is not a business day, or not a date. */
  | { ok: false; reason: 'deadline-not-business-day'; deadline: IsoDate; earliest: IsoDate };

/** The earliest deadline day of a round opened at `now`: `leadBusinessDays` business days after today. */
export function earliestDeadlineDay(now: Date, leadBusinessDays: number): IsoDate {
  return addBusinessDays(businessDayOnOrAfter(todayInOslo(now)), leadBusinessDays);
}

/**
 * The schedule with the deadline moved to `deadlineDay`: the lock stays as derived unless the later
 * deadline needs a later one (the same business days after the deadline as the calendar puts between
 * them), and the reminders are planned from the new deadline. The AU date is not moved.
 */
export function withDeadline(
  derived: RoundSchedule,
  deadlineDay: IsoDate,
  settings: RoundCalendarSettings,
): RoundSchedule {
  const deadline = osloToInstant(deadlineDay, settings.deadlineTime);
  const gap = settings.deadlineBeforeAuBusinessDays - settings.lockBeforeAuBusinessDays;
  const latestLock = osloToInstant(addBusinessDays(deadlineDay, gap), settings.lockTime);
  const lockAt: Instant = Date.parse(latestLock) > Date.parse(derived.lockAt) ? latestLock : derived.lockAt;
  return {
    auMeetingDate: derived.auMeetingDate,
    deadline,
    lockAt,
    reminders: remindersForDeadline(deadlineDay, lockAt, settings),
  };
}

/**
 * Checks a round's schedule before it opens. `requested` is a deadline the secretariat gave
 * (`runde åpne 2026-Q4 frist 10.12.2026`); without it the derived deadline is used.
 */
export function checkOpening(input: {
  derived: RoundSchedule;
  skateMeetingDate: IsoDate;
  settings: RoundCalendarSettings;
  leadBusinessDays: number;
  now: Date;
  requested?: IsoDate | null;
}): OpeningVerdict {
  const { derived, settings, now } = input;
  const earliest = earliestDeadlineDay(now, input.leadBusinessDays);
  const schedule = input.requested ? withDeadline(derived, input.requested, settings) : derived;
  const deadlineDay = instantToOsloDate(schedule.deadline);
  const locksInTime = (s: RoundSchedule) => compareIsoDates(instantToOsloDate(s.lockAt), input.skateMeetingDate) < 0;
  const proposal = withDeadline(derived, earliest, settings);
  const fallback = locksInTime(proposal) ? 'deadline-too-close' : 'too-late-for-meeting';
  if (input.requested && (!isIsoDate(input.requested) || !isBusinessDay(input.requested))) {
    return { ok: false, reason: 'deadline-not-business-day', deadline: input.requested, earliest };
  }
  if (compareIsoDates(deadlineDay, earliest) < 0)
    return { ok: false, reason: fallback, deadline: deadlineDay, earliest };
  if (!locksInTime(schedule)) return { ok: false, reason: 'too-late-for-meeting', deadline: deadlineDay, earliest };
  return { ok: true, schedule };
}

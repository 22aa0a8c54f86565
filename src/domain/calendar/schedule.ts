/** Derives a follow-up round's deadline, lock and reminders from the Skate (and AU) meeting dates. */
import type { Instant, IsoDate } from '../model';
import { addBusinessDays } from './business-days';
import { compareIsoDates, isIsoDate } from './dates';
import { isHhMm, osloToInstant } from './zone';

/** Offsets in business days that derive a round's dates from its Skate meeting. */
export interface RoundCalendarSettings {
  /** AU meets about a week before Skate; used only when no AU meeting date is given. Default 5. */
  auBeforeSkateBusinessDays: number;
  /** Reports are due this many business days before the AU meeting. Default 5. */
  deadlineBeforeAuBusinessDays: number;
  /** Late reports are accepted until this many business days before the AU meeting. Default 1. */
  lockBeforeAuBusinessDays: number;
  /** Reminders this many business days before the deadline day. Default [5, 2]. */
  remindBeforeDeadlineBusinessDays: number[];
  /** Overdue reminders this many business days after the deadline day (only those before the lock). Default [1, 2, 3]. */
  remindAfterDeadlineBusinessDays: number[];
  /** Oslo time (`HH:mm`) at which requests and reminders go out. Default 09:00. */
  sendTime: string;
  /** Oslo time (`HH:mm`) of the deadline on the deadline day. Default 16:00. */
  deadlineTime: string;
  /** Oslo time (`HH:mm`) of the lock on the lock day. Default 12:00. */
  lockTime: string;
}

/**
 * The defaults: AU one week before Skate, reports due a week before AU at 16:00, late reports until
 * 12:00 the day before AU. Deep-frozen because it is shared; spread it into a new object to customise.
 */
export const DEFAULT_ROUND_CALENDAR: RoundCalendarSettings = freezeSettings({
  auBeforeSkateBusinessDays: 5,
  deadlineBeforeAuBusinessDays: 5,
  lockBeforeAuBusinessDays: 1,
  remindBeforeDeadlineBusinessDays: [5, 2],
  remindAfterDeadlineBusinessDays: [1, 2, 3],
  sendTime: '09:00',
  deadlineTime: '16:00',
  lockTime: '12:00',
});

function freezeSettings(s: RoundCalendarSettings): RoundCalendarSettings {
  Object.freeze(s.remindBeforeDeadlineBusinessDays);
  Object.freeze(s.remindAfterDeadlineBusinessDays);
  return Object.freeze(s);
}

/** A round's derived dates. */
export interface RoundSchedule {
  /** The given AU meeting date, or the derived one (a business day). */
  auMeetingDate: IsoDate;
  /** `deadlineTime` on the deadline business day. */
  deadline: Instant;
  /** `lockTime` on the lock business day. */
  lockAt: Instant;
  /** One entry per reminder, in time order, each at sendTime on a business day. */
  reminders: { kind: 'before' | 'on-deadline' | 'overdue'; ordinal: number; at: Instant }[];
}

type Reminder = RoundSchedule['reminders'][number];

function isOffset(n: number, min: number): boolean {
  return Number.isInteger(n) && n >= min;
}

/**
 * Human-readable problems with round calendar settings, empty when they are usable.
 * Config parsing reports these; `deriveRoundSchedule` refuses settings that have any.
 */
export function validateRoundCalendarSettings(s: RoundCalendarSettings): string[] {
  const problems: string[] = [];
  const offsets = ['auBeforeSkateBusinessDays', 'deadlineBeforeAuBusinessDays', 'lockBeforeAuBusinessDays'] as const;
  for (const key of offsets) {
    if (!isOffset(s[key], 0)) problems.push(`${key} must be a whole number of business days ≥ 0, got ${s[key]}`);
  }
  // Offset 0 is excluded from reminder lists: that day already gets the 'on-deadline' reminder.
  const lists = ['remindBeforeDeadlineBusinessDays', 'remindAfterDeadlineBusinessDays'] as const;
  for (const key of lists) {
    const bad = s[key].filter((n) => !isOffset(n, 1));
    if (bad.length > 0) problems.push(`${key} must hold whole numbers of business days ≥ 1, got ${bad.join(', ')}`);
    if (new Set(s[key]).size !== s[key].length) problems.push(`${key} must not repeat a value: ${s[key].join(', ')}`);
  }
  const times = ['sendTime', 'deadlineTime', 'lockTime'] as const;
  for (const key of times) {
    if (!isHhMm(s[key])) problems.push(`${key} must be a 24-hour time HH:mm, got '${s[key]}'`);
  }
  // HH:mm strings compare correctly as text.
  if (isHhMm(s.sendTime) && isHhMm(s.deadlineTime) && s.sendTime >= s.deadlineTime) {
    problems.push(
      `sendTime (${s.sendTime}) must be before deadlineTime (${s.deadlineTime}): a reminder goes out on the deadline day`,
    );
  }
  // Both days count back from the same AU date, so comparing offsets (then times) compares the instants.
  const lockDaysEarlier = s.lockBeforeAuBusinessDays - s.deadlineBeforeAuBusinessDays;
  const sameDayLockFirst =
    lockDaysEarlier === 0 && isHhMm(s.lockTime) && isHhMm(s.deadlineTime) && s.lockTime <= s.deadlineTime;
  const offsetsValid = isOffset(s.lockBeforeAuBusinessDays, 0) && isOffset(s.deadlineBeforeAuBusinessDays, 0);
  if (offsetsValid && (lockDaysEarlier > 0 || sameDayLockFirst)) {
    problems.push(
      `the lock (${s.lockBeforeAuBusinessDays} business days before AU at ${s.lockTime}) must be after the deadline ` +
        `(${s.deadlineBeforeAuBusinessDays} business days before AU at ${s.deadlineTime})`,
    );
  }
  return problems;
}

/**
 * The round's AU date, deadline, lock and reminders, derived from the Skate meeting date.
 * The AU date is `auMeetingDate` as given (a fixed meeting is not moved) or else `auBeforeSkateBusinessDays`
 * business days before Skate. The deadline and lock days lie the configured business days before the AU date;
 * reminders go out at `sendTime` on business days: before the deadline day, on it, and overdue ones until the lock.
 * Throws a RangeError for invalid dates or settings, or an AU meeting after the Skate meeting.
 */
export function deriveRoundSchedule(
  skateMeetingDate: IsoDate,
  settings: RoundCalendarSettings,
  auMeetingDate?: IsoDate | null,
): RoundSchedule {
  if (!isIsoDate(skateMeetingDate)) throw new RangeError(`Not a valid Skate meeting date: '${skateMeetingDate}'`);
  const problems = validateRoundCalendarSettings(settings);
  if (problems.length > 0) throw new RangeError(`Invalid round calendar settings: ${problems.join('; ')}`);
  const au = auMeetingDate ?? addBusinessDays(skateMeetingDate, -settings.auBeforeSkateBusinessDays);
  if (!isIsoDate(au)) throw new RangeError(`Not a valid AU meeting date: '${au}'`);
  if (compareIsoDates(au, skateMeetingDate) > 0) {
    throw new RangeError(`The AU meeting (${au}) must not be after the Skate meeting (${skateMeetingDate})`);
  }

  const deadlineDay = addBusinessDays(au, -settings.deadlineBeforeAuBusinessDays);
  const deadline = osloToInstant(deadlineDay, settings.deadlineTime);
  const lockAt = osloToInstant(addBusinessDays(au, -settings.lockBeforeAuBusinessDays), settings.lockTime);
  const reminders = remindersForDeadline(deadlineDay, lockAt, settings);
  return { auMeetingDate: au, deadline, lockAt, reminders };
}

/**
 * The reminders of a round whose reports are due on `deadlineDay`: at `sendTime`
 * on business days before the deadline day, on it, and overdue ones until the
 * lock. Used when a round is opened and when its deadline is moved.
 */
export function remindersForDeadline(
  deadlineDay: IsoDate,
  lockAt: Instant,
  settings: RoundCalendarSettings,
): Reminder[] {
  const sendOn = (businessDays: number): Instant =>
    osloToInstant(addBusinessDays(deadlineDay, businessDays), settings.sendTime);
  const unnumbered: Omit<Reminder, 'ordinal'>[] = [
    ...settings.remindBeforeDeadlineBusinessDays.map((n) => ({ kind: 'before' as const, at: sendOn(-n) })),
    { kind: 'on-deadline', at: sendOn(0) },
    ...settings.remindAfterDeadlineBusinessDays
      .map((n) => ({ kind: 'overdue' as const, at: sendOn(n) }))
      .filter((r) => Date.parse(r.at) < Date.parse(lockAt)),
  ];
  // Every reminder is on its own business day, so sorting by instant is total; ordinals follow time order.
  unnumbered.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const counts = new Map<Reminder['kind'], number>();
  return unnumbered.map((r): Reminder => {
    const ordinal = (counts.get(r.kind) ?? 0) + 1;
    counts.set(r.kind, ordinal);
    return { kind: r.kind, ordinal, at: r.at };
  });
}

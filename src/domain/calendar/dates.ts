/**
 * Plain calendar-date arithmetic on `IsoDate` strings. A calendar date has no time zone,
 * so the maths is done on whole days counted from 1970-01-01 in UTC, where no DST exists.
 */
import type { IsoDate } from '../model';

/** The year must not start with 0: JS `Date` maps years 0–99 to 19xx, and such years are typos here anyway. */
const ISO_DATE = /^([1-9]\d{3})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function partsOf(s: string): DateParts | null {
  const m = ISO_DATE.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  // Date.UTC silently rolls 2026-02-30 over to March, so a round trip is what proves the date real.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** True for a strict `YYYY-MM-DD` string (year 1000–9999) that names a real calendar date. */
export function isIsoDate(s: string): boolean {
  return partsOf(s) !== null;
}

/** The year, month (1–12) and day of a date; throws a RangeError for anything but a valid `IsoDate`. */
export function parseIsoDate(date: IsoDate): DateParts {
  const parts = partsOf(date);
  if (!parts) throw new RangeError(`Not a valid date (YYYY-MM-DD): '${date}'`);
  return parts;
}

/** Whole days since 1970-01-01; the common currency of all date arithmetic in this module. */
export function toEpochDay(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** The inverse of `toEpochDay`; throws if the result leaves the four-digit years `IsoDate` can express. */
export function fromEpochDay(epochDay: number): IsoDate {
  const d = new Date(epochDay * MS_PER_DAY);
  const year = d.getUTCFullYear();
  if (year < 1000 || year > 9999) throw new RangeError(`Date out of range (year ${year})`);
  const month = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** Day of the week of an epoch day: 0 = Sunday … 6 = Saturday, as `Date#getDay`. */
export function weekdayOfEpochDay(epochDay: number): number {
  // 1970-01-01 was a Thursday (4); the double modulo keeps dates before 1970 non-negative.
  return (((epochDay + 4) % 7) + 7) % 7;
}

/** Throws unless `n` is a whole number: a fractional day count is always a bug upstream. */
export function assertInteger(n: number, what: string): void {
  if (!Number.isInteger(n)) throw new RangeError(`${what} must be a whole number, got ${n}`);
}

/** The date `n` calendar days after `date` (`n` may be negative). */
export function addDays(date: IsoDate, n: number): IsoDate {
  assertInteger(n, 'Number of days');
  return fromEpochDay(toEpochDay(date) + n);
}

/** Comparator for sorting: negative if `a` is before `b`, 0 if equal, positive if after. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(toEpochDay(a) - toEpochDay(b));
}

/** Calendar days from `from` to `to` (`to - from`): positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

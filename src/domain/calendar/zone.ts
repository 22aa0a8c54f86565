/**
 * Conversions between UTC instants and Oslo wall-clock time. All DST knowledge comes from
 * the IANA database via `@date-fns/tz`, so this file holds no offsets or switch dates.
 */
import { TZDate, tz } from '@date-fns/tz';
import { format } from 'date-fns/format';
import type { Instant, IsoDate } from '../model';
import { parseIsoDate } from './dates';

/** The IANA time zone all calendar dates and wall-clock times of Skate-boten live in. */
export const OSLO = 'Europe/Oslo';

const inOslo = tz(OSLO);
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
// An offset is required: a bare local timestamp would be read in the server's zone, not Oslo's.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** True for a 24-hour `HH:mm` time, `00:00`–`23:59`. */
export function isHhMm(s: string): boolean {
  return HH_MM.test(s);
}

/** A Date for an instant; throws a RangeError for strings without an explicit offset or invalid dates. */
export function toDate(instant: Instant | Date): Date {
  const d = typeof instant === 'string' && ISO_INSTANT.test(instant) ? new Date(instant) : instant;
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) {
    throw new RangeError(`Not a valid instant (ISO-8601 with Z or offset): '${String(instant)}'`);
  }
  return d;
}

/**
 * The UTC instant at which Oslo's wall clock shows `time` (`HH:mm`) on `date`.
 * On the spring-forward day a non-existent time (02:00–02:59) is moved an hour later;
 * on the fall-back day an ambiguous time (02:00–02:59) resolves to the later, winter-time occurrence.
 */
export function osloToInstant(date: IsoDate, time: string): Instant {
  const { year, month, day } = parseIsoDate(date);
  const m = HH_MM.exec(time);
  if (!m) throw new RangeError(`Not a valid time (HH:mm): '${time}'`);
  const wall = new TZDate(year, month - 1, day, Number(m[1]), Number(m[2]), OSLO);
  // TZDate#toISOString keeps the Oslo offset; the model wants UTC with `Z`.
  return new Date(wall.getTime()).toISOString();
}

/** The Oslo calendar date of an instant (which may differ from its UTC date around midnight). */
export function instantToOsloDate(instant: Instant | Date): IsoDate {
  const date = toDate(instant);
  // Oslo's offsets are whole hours and change on the hour, so one UTC hour is one Oslo date:
  // the last hour's answer is kept (asked on every request, with the clock's reading).
  const hour = Math.floor(date.getTime() / HOUR_MS);
  if (lastOsloDate?.hour !== hour) lastOsloDate = { hour, date: format(date, 'yyyy-MM-dd', { in: inOslo }) };
  return lastOsloDate.date;
}

const HOUR_MS = 3_600_000;
let lastOsloDate: { hour: number; date: IsoDate } | null = null;

/** The Oslo wall-clock time of an instant, `HH:mm` (24-hour). */
export function instantToOsloTime(instant: Instant | Date): string {
  return format(toDate(instant), 'HH:mm', { in: inOslo });
}

/** Today's date in Oslo; the caller passes the clock reading so this module stays pure and testable. */
export function todayInOslo(now: Date): IsoDate {
  return instantToOsloDate(now);
}

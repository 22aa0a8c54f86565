/**
 * Date helpers for the demo data. Calendar dates (`YYYY-MM-DD`, Europe/Oslo)
 * are computed with date-fns on dates pinned to UTC, so no daylight-saving
 * shift can move a day; only `osloDate` and `osloInstant` cross time zones.
 * Business days (weekends and Norwegian public holidays) come from `../calendar`.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, format } from 'date-fns';
import type { Instant, IsoDate, Quarter } from '../model';

const OSLO = 'Europe/Oslo';

/** A quarter as numbers: `q` is 1–4. */
export interface QuarterRef {
  year: number;
  q: number;
}

function parts(date: IsoDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? Number.NaN, m ?? Number.NaN, d ?? Number.NaN];
}

function utcDay(date: IsoDate): TZDate {
  const [y, m, d] = parts(date);
  return new TZDate(y, m - 1, d, 'UTC');
}

function iso(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}

/** The calendar date in Oslo at instant `now`. */
export function osloDate(now: Date): IsoDate {
  return iso(new TZDate(now.getTime(), OSLO));
}

/** The UTC instant of wall-clock time `hh:mm` on `date` in Oslo. */
export function osloInstant(date: IsoDate, hh: number, mm = 0): Instant {
  const [y, m, d] = parts(date);
  return new Date(new TZDate(y, m - 1, d, hh, mm, OSLO).getTime()).toISOString();
}

/** `date` moved by `n` calendar days. */
export function plusDays(date: IsoDate, n: number): IsoDate {
  return iso(addDays(utcDay(date), n));
}

/** The quarter that contains `date`. */
export function quarterOf(date: IsoDate): QuarterRef {
  const [year, month] = parts(date);
  return { year, q: Math.floor((month - 1) / 3) + 1 };
}

/** The quarter `n` quarters after `ref` (before it when `n` is negative). */
export function shiftQuarter(ref: QuarterRef, n: number): QuarterRef {
  const index = ref.year * 4 + (ref.q - 1) + n;
  return { year: Math.floor(index / 4), q: (index % 4) + 1 };
}

/** The quarter's id, `YYYY-Qn`. */
export function quarterId(ref: QuarterRef): Quarter {
  return `${ref.year}-Q${ref.q}`;
}

function ymd(year: number, month: number, day: number): IsoDate {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first day of the quarter. */
export function quarterStart(ref: QuarterRef): IsoDate {
  return ymd(ref.year, ref.q * 3 - 2, 1);
}

/** The second Thursday of `month` (1–12) in `year`. */
export function secondThursday(year: number, month: number): IsoDate {
  const first = ymd(year, month, 1);
  const weekday = utcDay(first).getDay(); // 0 = Sunday … 4 = Thursday
  return plusDays(first, ((4 - weekday + 7) % 7) + 7);
}

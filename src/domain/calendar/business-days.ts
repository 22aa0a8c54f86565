/**
 * Norwegian public holidays and business days. The holidays come from `date-holidays`;
 * only its type `public` counts, so Christmas Eve and New Year's Eve (type `bank`) are business days.
 */
import type Holidays from 'date-holidays';
import type { IsoDate } from '../model';
import { assertInteger, fromEpochDay, parseIsoDate, toEpochDay, weekdayOfEpochDay } from './dates';

let norway: Holidays | null = null;
/** Public holiday names by date, per year: memoised because business-day loops ask for the same year many times. */
const publicHolidaysByYear = new Map<number, ReadonlyMap<IsoDate, readonly string[]>>();

function publicHolidaysOf(year: number): ReadonlyMap<IsoDate, readonly string[]> {
  const cached = publicHolidaysByYear.get(year);
  if (cached) return cached;
  // Loaded on first use, not at start: years preloaded from the start-up's table never need it.
  norway ??= new (require('date-holidays') as typeof Holidays)('NO', { languages: ['no'] });
  const byDate = new Map<IsoDate, string[]>();
  for (const h of norway.getHolidays(year, 'no')) {
    if (h.type !== 'public') continue;
    // `date` is the local (Oslo) start, 'YYYY-MM-DD hh:mm:ss'; two holidays can share a day (17 May = Whit Monday 2027).
    const day = h.date.slice(0, 10);
    byDate.set(day, [...(byDate.get(day) ?? []), h.name]);
  }
  publicHolidaysByYear.set(year, byDate);
  return byDate;
}

/** Norway's public holidays of some years, as `date-holidays` gives them: names by date, per year. */
export type PublicHolidayTable = Readonly<Record<number, Readonly<Record<IsoDate, readonly string[]>>>>;

/**
 * Takes the public holidays of the years in `table` as given, so that asking about those years
 * does not load `date-holidays` into this process (its rule engine and the world's calendars
 * weigh some 20 MB). The start-up computes the table with `date-holidays` in a short-lived child
 * process; other years are still computed here, on first use.
 */
export function preloadPublicHolidays(table: PublicHolidayTable): void {
  for (const [year, days] of Object.entries(table)) {
    publicHolidaysByYear.set(Number(year), new Map(Object.entries(days).map(([day, names]) => [day, [...names]])));
  }
}

function holidayNamesOf(date: IsoDate): readonly string[] | undefined {
  return publicHolidaysOf(parseIsoDate(date).year).get(date);
}

/** True if `date` is a Norwegian public holiday (helligdag or 1 and 17 May), including those on Sundays. */
export function isPublicHoliday(date: IsoDate): boolean {
  return holidayNamesOf(date) !== undefined;
}

/**
 * The Norwegian name of the public holiday on `date`, e.g. `Skjærtorsdag`, or null if there is none.
 * When two holidays fall on the same day their names are joined with ' / '.
 */
export function publicHolidayName(date: IsoDate): string | null {
  return holidayNamesOf(date)?.join(' / ') ?? null;
}

function isBusinessEpochDay(epochDay: number): boolean {
  const weekday = weekdayOfEpochDay(epochDay);
  return weekday !== 0 && weekday !== 6 && !isPublicHoliday(fromEpochDay(epochDay));
}

/** Moves from `epochDay` one day at a time in `step` direction until a business day (the start included if `inclusive`). */
function seekBusinessDay(epochDay: number, step: 1 | -1, inclusive: boolean): number {
  let d = inclusive ? epochDay : epochDay + step;
  while (!isBusinessEpochDay(d)) d += step;
  return d;
}

/** True unless `date` is a Saturday, a Sunday or a Norwegian public holiday. */
export function isBusinessDay(date: IsoDate): boolean {
  return isBusinessEpochDay(toEpochDay(date));
}

/** The first business day strictly after `date`. */
export function nextBusinessDay(date: IsoDate): IsoDate {
  return fromEpochDay(seekBusinessDay(toEpochDay(date), 1, false));
}

/** The last business day strictly before `date`. */
export function previousBusinessDay(date: IsoDate): IsoDate {
  return fromEpochDay(seekBusinessDay(toEpochDay(date), -1, false));
}

/** `date` itself if it is a business day, otherwise the last business day before it. */
export function businessDayOnOrBefore(date: IsoDate): IsoDate {
  return fromEpochDay(seekBusinessDay(toEpochDay(date), -1, true));
}

/** `date` itself if it is a business day, otherwise the first business day after it. */
export function businessDayOnOrAfter(date: IsoDate): IsoDate {
  return fromEpochDay(seekBusinessDay(toEpochDay(date), 1, true));
}

/**
 * The date `n` business days after `date` (before it when `n` is negative); the result is always a business day.
 * `date` itself need not be one: Saturday + 1 is Monday, Saturday − 1 is Friday.
 * `n = 0` rolls backward (`businessDayOnOrBefore`), because offsets here derive deadlines,
 * and a deadline moved off a holiday must move earlier, never later.
 */
export function addBusinessDays(date: IsoDate, n: number): IsoDate {
  assertInteger(n, 'Number of business days');
  let d = toEpochDay(date);
  if (n === 0) return fromEpochDay(seekBusinessDay(d, -1, true));
  const step = n > 0 ? 1 : -1;
  for (let left = Math.abs(n); left > 0; left--) d = seekBusinessDay(d, step, false);
  return fromEpochDay(d);
}

/**
 * The number of business days in the half-open range (`from`, `to`]; negative, −(business days in (`to`, `from`]),
 * when `to` is before `from`. Hence `addBusinessDays(from, businessDaysBetween(from, to)) === to` for a business day `to`.
 */
export function businessDaysBetween(from: IsoDate, to: IsoDate): number {
  const a = toEpochDay(from);
  const b = toEpochDay(to);
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let d = lo + 1; d <= hi; d++) if (isBusinessEpochDay(d)) count++;
  return count === 0 ? 0 : sign * count;
}

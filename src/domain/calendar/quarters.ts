/** Quarters (`YYYY-Qn`): the reporting periods, one follow-up round per quarter. */
import type { Instant, IsoDate, Quarter } from '../model';
import { addDays, parseIsoDate } from './dates';
import { instantToOsloDate } from './zone';

const QUARTER = /^([1-9]\d{3})-Q([1-4])$/;

/** True for `YYYY-Q1` … `YYYY-Q4` (year 1000–9999, as for `IsoDate`). */
export function isQuarter(s: string): boolean {
  return QUARTER.test(s);
}

/** The year and quarter number of a quarter; throws a RangeError for an invalid one. */
export function quarterLabel(q: Quarter): { year: number; quarter: 1 | 2 | 3 | 4 } {
  const m = QUARTER.exec(q);
  if (!m) throw new RangeError(`Not a valid quarter (YYYY-Qn): '${q}'`);
  return { year: Number(m[1]), quarter: Number(m[2]) as 1 | 2 | 3 | 4 };
}

function quarterFrom(year: number, quarter: number): Quarter {
  const q = `${year}-Q${quarter}`;
  // Guards the 9999-Q4 → 10000-Q1 overflow rather than returning a malformed id.
  if (!isQuarter(q)) throw new RangeError(`Quarter out of range: '${q}'`);
  return q;
}

/** The quarter an Oslo calendar date falls in. */
export function quarterOf(date: IsoDate): Quarter {
  const { year, month } = parseIsoDate(date);
  return quarterFrom(year, Math.ceil(month / 3));
}

/** The quarter of an instant as seen in Oslo: 2026-12-31T23:30Z is already 2027-Q1 there. */
export function quarterOfInstant(instant: Instant | Date): Quarter {
  return quarterOf(instantToOsloDate(instant));
}

/** The first day of a quarter. */
export function quarterStart(q: Quarter): IsoDate {
  const { year, quarter } = quarterLabel(q);
  return `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/** The last day of a quarter (inclusive). */
export function quarterEnd(q: Quarter): IsoDate {
  const { year, quarter } = quarterLabel(q);
  if (quarter === 4) return `${year}-12-31`;
  // The day before the next quarter starts, so no month-length table is needed.
  return addDays(`${year}-${String(quarter * 3 + 1).padStart(2, '0')}-01`, -1);
}

/** The quarter before `q` (Q1 steps back into Q4 of the previous year). */
export function previousQuarter(q: Quarter): Quarter {
  const { year, quarter } = quarterLabel(q);
  return quarter === 1 ? quarterFrom(year - 1, 4) : quarterFrom(year, quarter - 1);
}

/** The quarter after `q` (Q4 steps into Q1 of the next year). */
export function nextQuarter(q: Quarter): Quarter {
  const { year, quarter } = quarterLabel(q);
  return quarter === 4 ? quarterFrom(year + 1, 1) : quarterFrom(year, quarter + 1);
}

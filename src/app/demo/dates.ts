/** The one date helper the demo needs that `../calendar` does not provide. */
import { addDays } from '../../domain/calendar';
import type { IsoDate } from '../../domain/model';

/** The second Thursday of `month` (1–12) in `year`. */
export function secondThursday(year: number, month: number): IsoDate {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const weekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay(); // 0 = Sunday … 4 = Thursday
  return addDays(first, ((4 - weekday + 7) % 7) + 7);
}

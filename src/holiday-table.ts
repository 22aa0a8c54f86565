import { execFile } from 'node:child_process';
import { type PublicHolidayTable, preloadPublicHolidays } from './domain/calendar';
import type { Logger } from './logger';

/**
 * Run by a child `node`: Norway's public holidays of the years `from`–`to` from `date-holidays`,
 * written as JSON (the same selection as `business-days.ts`: type `public`, by Oslo date).
 */
const CHILD_SCRIPT = `
const Holidays = require(process.argv[1]);
const norway = new Holidays('NO', { languages: ['no'] });
const table = {};
for (let year = Number(process.argv[2]); year <= Number(process.argv[3]); year++) {
  const days = {};
  for (const h of norway.getHolidays(year, 'no')) {
    if (h.type !== 'public') continue;
    const day = h.date.slice(0, 10);
    (days[day] = days[day] || []).push(h.name);
  }
  table[year] = days;
}
process.stdout.write(JSON.stringify(table));
`;

/** The years the start-up asks for: last year to ten years ahead (rounds are planned a year out at most). */
export function holidayYears(now: Date): { from: number; to: number } {
  const year = now.getUTCFullYear();
  return { from: year - 1, to: year + 10 };
}

/** Norway's public holidays of `from`–`to`, computed by `date-holidays` in a child process. */
export function publicHolidaysOutOfProcess(from: number, to: number, timeoutMs = 15_000): Promise<PublicHolidayTable> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['-e', CHILD_SCRIPT, require.resolve('date-holidays'), String(from), String(to)],
      { timeout: timeoutMs, maxBuffer: 1024 * 1024, env: { PATH: process.env.PATH ?? '' } },
      (error, stdout) => {
        if (error) return reject(error);
        try {
          resolve(JSON.parse(stdout) as PublicHolidayTable);
        } catch (parseError) {
          reject(parseError);
        }
      },
    );
  });
}

/**
 * Gives the calendar the coming years' public holidays from a short-lived child process, so that
 * the long-running bot never holds `date-holidays`' rule engine (some 20 MB resident). Should the
 * child fail, nothing is lost: the calendar then loads `date-holidays` itself on first use.
 */
export async function preloadHolidaysOutOfProcess(now: Date, log: Logger): Promise<void> {
  const { from, to } = holidayYears(now);
  try {
    preloadPublicHolidays(await publicHolidaysOutOfProcess(from, to));
  } catch (error) {
    log.warn({ err: error }, 'public holidays not computed out of process; date-holidays is loaded in process instead');
  }
}

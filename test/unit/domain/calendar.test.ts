import { tz } from '@date-fns/tz';
import { format } from 'date-fns/format';
import type { RoundCalendarSettings } from '../../../src/domain/calendar';
import {
  addBusinessDays,
  addDays,
  businessDayOnOrAfter,
  businessDayOnOrBefore,
  businessDaysBetween,
  compareIsoDates,
  DEFAULT_ROUND_CALENDAR,
  daysBetween,
  deriveRoundSchedule,
  instantToOsloDate,
  instantToOsloTime,
  isBusinessDay,
  isIsoDate,
  isPublicHoliday,
  isQuarter,
  nextBusinessDay,
  nextQuarter,
  OSLO,
  osloToInstant,
  previousBusinessDay,
  previousQuarter,
  publicHolidayName,
  quarterEnd,
  quarterLabel,
  quarterOf,
  quarterOfInstant,
  quarterStart,
  todayInOslo,
  validateRoundCalendarSettings,
} from '../../../src/domain/calendar';

/** Every date from `from` to `to`, both inclusive. */
function datesFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; compareIsoDates(d, to) <= 0; d = addDays(d, 1)) out.push(d);
  return out;
}

describe('dates', () => {
  it('accepts only strict, real YYYY-MM-DD dates', () => {
    for (const ok of ['2026-01-01', '2026-12-31', '2028-02-29', '2000-02-29']) expect(isIsoDate(ok)).toBe(true);
    for (const bad of [
      '2026-02-29', // 2026 is not a leap year
      '1900-02-29', // nor is 1900
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-1-01',
      '2026-01-1',
      ' 2026-01-01',
      '2026-01-01T00:00:00Z',
      '26-01-01',
      '0026-01-01',
      '',
    ]) {
      expect(isIsoDate(bad)).toBe(false);
    }
  });

  it('adds calendar days across month, leap-day, year and DST boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-05-05', 0)).toBe('2026-05-05');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
    expect(() => addDays('2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('compares and subtracts dates', () => {
    expect(compareIsoDates('2026-01-01', '2026-01-02')).toBeLessThan(0);
    expect(compareIsoDates('2026-10-01', '2026-09-30')).toBeGreaterThan(0);
    expect(compareIsoDates('2026-05-17', '2026-05-17')).toBe(0);
    expect(['2027-01-01', '2026-12-31', '2026-02-01'].sort(compareIsoDates)).toEqual([
      '2026-02-01',
      '2026-12-31',
      '2027-01-01',
    ]);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // a 47-hour span in Oslo is still 2 days
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2); // and so is a 49-hour one
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-12-31', '2026-12-01')).toBe(-30);
  });
});

describe('quarters', () => {
  it('recognises quarter ids', () => {
    for (const ok of ['2026-Q1', '2026-Q4']) expect(isQuarter(ok)).toBe(true);
    for (const bad of ['2026-Q0', '2026-Q5', '2026Q1', '2026-q1', '26-Q1', '2026-Q1 '])
      expect(isQuarter(bad)).toBe(false);
  });

  it('maps dates to quarters at every boundary', () => {
    const cases: [string, string][] = [
      ['2026-01-01', '2026-Q1'],
      ['2026-03-31', '2026-Q1'],
      ['2026-04-01', '2026-Q2'],
      ['2026-06-30', '2026-Q2'],
      ['2026-07-01', '2026-Q3'],
      ['2026-09-30', '2026-Q3'],
      ['2026-10-01', '2026-Q4'],
      ['2026-12-31', '2026-Q4'],
    ];
    for (const [date, q] of cases) expect(quarterOf(date)).toBe(q);
  });

  it('gives first and last days of quarters', () => {
    expect([1, 2, 3, 4].map((n) => [quarterStart(`2026-Q${n}`), quarterEnd(`2026-Q${n}`)])).toEqual([
      ['2026-01-01', '2026-03-31'],
      ['2026-04-01', '2026-06-30'],
      ['2026-07-01', '2026-09-30'],
      ['2026-10-01', '2026-12-31'],
    ]);
    // Every date of the quarter maps back to it, and the neighbours do not.
    for (const q of ['2026-Q1', '2028-Q1', '2026-Q3']) {
      expect(quarterOf(quarterStart(q))).toBe(q);
      expect(quarterOf(quarterEnd(q))).toBe(q);
      expect(quarterOf(addDays(quarterStart(q), -1))).toBe(previousQuarter(q));
      expect(quarterOf(addDays(quarterEnd(q), 1))).toBe(nextQuarter(q));
    }
  });

  it('steps across years', () => {
    expect(previousQuarter('2027-Q1')).toBe('2026-Q4');
    expect(previousQuarter('2026-Q3')).toBe('2026-Q2');
    expect(nextQuarter('2026-Q4')).toBe('2027-Q1');
    expect(nextQuarter('2026-Q2')).toBe('2026-Q3');
    expect(quarterLabel('2026-Q4')).toEqual({ year: 2026, quarter: 4 });
    expect(() => quarterLabel('2026-Q5')).toThrow(RangeError);
    expect(() => quarterOf('2026-02-30')).toThrow(RangeError);
  });

  it('places instants in the Oslo quarter, not the UTC one', () => {
    expect(quarterOfInstant('2026-12-31T23:30:00Z')).toBe('2027-Q1'); // 00:30 on 1 Jan in Oslo (UTC+1)
    expect(quarterOfInstant('2026-12-31T22:59:59.999Z')).toBe('2026-Q4');
    expect(quarterOfInstant('2026-03-31T22:30:00.000Z')).toBe('2026-Q2'); // summer time: UTC+2
    expect(quarterOfInstant('2026-03-31T21:59:00.000Z')).toBe('2026-Q1');
    expect(quarterOfInstant(new Date('2026-12-31T23:00:00.000Z'))).toBe('2027-Q1');
    expect(() => quarterOfInstant('2026-12-31T23:30:00')).toThrow(RangeError); // no offset: ambiguous
  });
});

describe('Norwegian public holidays', () => {
  it('lists exactly the public holidays of 2026', () => {
    expect(datesFrom('2026-01-01', '2026-12-31').filter(isPublicHoliday)).toEqual([
      '2026-01-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-05',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-17',
      '2026-05-24',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('lists, for 2024–2030, the same public holidays as the full data of date-holidays 3.37', () => {
    // From `new Holidays('NO').getHolidays(year)`, type `public`: the rules business-days.ts writes out.
    const expected: Record<number, string> = {
      2024: '01-01 03-28 03-29 03-31 04-01 05-01 05-09 05-17 05-19 05-20 12-25 12-26',
      2025: '01-01 04-17 04-18 04-20 04-21 05-01 05-17 05-29 06-08 06-09 12-25 12-26',
      2026: '01-01 04-02 04-03 04-05 04-06 05-01 05-14 05-17 05-24 05-25 12-25 12-26',
      2027: '01-01 03-25 03-26 03-28 03-29 05-01 05-06 05-16 05-17 12-25 12-26',
      2028: '01-01 04-13 04-14 04-16 04-17 05-01 05-17 05-25 06-04 06-05 12-25 12-26',
      2029: '01-01 03-29 03-30 04-01 04-02 05-01 05-10 05-17 05-20 05-21 12-25 12-26',
      2030: '01-01 04-18 04-19 04-21 04-22 05-01 05-17 05-30 06-09 06-10 12-25 12-26',
    };
    for (const [year, days] of Object.entries(expected)) {
      const found = datesFrom(`${year}-01-01`, `${year}-12-31`).filter(isPublicHoliday);
      expect({ year, found }).toEqual({ year, found: days.split(' ').map((d) => `${year}-${d}`) });
    }
  });

  it('finds Easter on its earliest and latest dates', () => {
    for (const day of ['1818-03-22', '2000-04-23', '2038-04-25', '2285-03-22']) {
      expect({ day, name: publicHolidayName(day) }).toEqual({ day, name: 'Første påskedag' });
    }
  });

  it('names them in Norwegian', () => {
    expect(publicHolidayName('2026-04-02')).toBe('Skjærtorsdag');
    expect(publicHolidayName('2026-04-03')).toBe('Langfredag');
    expect(publicHolidayName('2026-04-06')).toBe('Andre påskedag');
    expect(publicHolidayName('2026-05-01')).toBe('Arbeidernes dag');
    expect(publicHolidayName('2026-05-14')).toBe('Kristi himmelfartsdag');
    expect(publicHolidayName('2026-05-17')).toBe('Grunnlovsdagen');
    expect(publicHolidayName('2026-05-25')).toBe('Andre pinsedag');
    expect(publicHolidayName('2026-12-25')).toBe('Første juledag');
    expect(publicHolidayName('2027-01-01')).toBe('Første nyttårsdag');
    // In 2027 Whit Monday falls on Constitution Day.
    expect(publicHolidayName('2027-05-17')).toBe('Grunnlovsdagen / Andre pinsedag');
    expect(publicHolidayName('2026-04-01')).toBeNull();
  });

  it('treats Easter 2026 as non-business days and the days around it as business days', () => {
    expect(isBusinessDay('2026-04-01')).toBe(true); // Wednesday
    for (const d of ['2026-04-02', '2026-04-03', '2026-04-04', '2026-04-05', '2026-04-06']) {
      expect(isBusinessDay(d)).toBe(false);
    }
    expect(isBusinessDay('2026-04-07')).toBe(true);
    expect(nextBusinessDay('2026-04-01')).toBe('2026-04-07');
    expect(previousBusinessDay('2026-04-07')).toBe('2026-04-01');
  });

  it('handles 17 May on a Sunday (2026) and on a Monday (2027)', () => {
    expect(new Date('2026-05-17T12:00:00Z').getUTCDay()).toBe(0);
    expect(isPublicHoliday('2026-05-17')).toBe(true);
    expect(isBusinessDay('2026-05-18')).toBe(true); // no substitute day in Norway
    expect(new Date('2027-05-17T12:00:00Z').getUTCDay()).toBe(1);
    expect(isBusinessDay('2027-05-17')).toBe(false);
    expect(nextBusinessDay('2027-05-14')).toBe('2027-05-18');
  });

  it('handles Ascension and Whit Monday', () => {
    expect(isBusinessDay('2026-05-14')).toBe(false); // Ascension, Thursday
    expect(isBusinessDay('2026-05-15')).toBe(true);
    expect(isBusinessDay('2026-05-25')).toBe(false); // Whit Monday
    expect(isBusinessDay('2027-05-06')).toBe(false); // Ascension 2027
    expect(addBusinessDays('2026-05-13', 1)).toBe('2026-05-15');
    expect(addBusinessDays('2026-05-22', 1)).toBe('2026-05-26');
  });

  it('keeps Christmas Eve and New Year’s Eve as business days but not Christmas or New Year’s Day', () => {
    expect(isPublicHoliday('2026-12-24')).toBe(false);
    expect(isBusinessDay('2026-12-24')).toBe(true); // Thursday
    expect(isBusinessDay('2026-12-25')).toBe(false);
    expect(isBusinessDay('2026-12-31')).toBe(true);
    expect(isBusinessDay('2027-01-01')).toBe(false);
    expect(isBusinessDay('2027-12-24')).toBe(true); // Friday
    expect(nextBusinessDay('2026-12-24')).toBe('2026-12-28');
    expect(nextBusinessDay('2026-12-31')).toBe('2027-01-04');
  });

  it('has no public holiday on an ordinary working week', () => {
    expect(datesFrom('2026-09-07', '2026-09-11').every(isBusinessDay)).toBe(true);
    expect(isBusinessDay('2026-09-12')).toBe(false);
    expect(isBusinessDay('2026-09-13')).toBe(false);
  });
});

describe('business-day arithmetic', () => {
  it('moves strictly, or rolls to the nearest business day', () => {
    expect(nextBusinessDay('2026-03-27')).toBe('2026-03-30'); // Friday -> Monday
    expect(previousBusinessDay('2026-03-30')).toBe('2026-03-27');
    expect(nextBusinessDay('2026-03-30')).toBe('2026-03-31');
    expect(businessDayOnOrBefore('2026-04-04')).toBe('2026-04-01');
    expect(businessDayOnOrAfter('2026-04-04')).toBe('2026-04-07');
    expect(businessDayOnOrBefore('2026-04-01')).toBe('2026-04-01');
    expect(businessDayOnOrAfter('2026-04-07')).toBe('2026-04-07');
  });

  it('adds business days over Easter, weekends and with n = 0', () => {
    expect(addBusinessDays('2026-03-31', 2)).toBe('2026-04-07');
    expect(addBusinessDays('2026-04-07', -2)).toBe('2026-03-31');
    expect(addBusinessDays('2026-04-08', -3)).toBe('2026-03-31');
    expect(addBusinessDays('2026-04-08', -5)).toBe('2026-03-27');
    expect(addBusinessDays('2026-09-12', 1)).toBe('2026-09-14'); // Saturday + 1 = Monday
    expect(addBusinessDays('2026-09-12', -1)).toBe('2026-09-11'); // Saturday - 1 = Friday
    expect(addBusinessDays('2026-09-12', 0)).toBe('2026-09-11'); // 0 rolls backward
    expect(addBusinessDays('2026-04-06', 0)).toBe('2026-04-01');
    expect(addBusinessDays('2026-09-10', 0)).toBe('2026-09-10');
    expect(addBusinessDays('2026-12-23', 1)).toBe('2026-12-24');
    expect(addBusinessDays('2026-12-24', 1)).toBe('2026-12-28');
    expect(addBusinessDays('2026-12-30', 2)).toBe('2027-01-04');
    expect(() => addBusinessDays('2026-09-10', 0.5)).toThrow(RangeError);
  });

  it('counts business days in (from, to]', () => {
    expect(businessDaysBetween('2026-03-27', '2026-04-07')).toBe(4); // 30, 31 Mar, 1 and 7 Apr
    expect(businessDaysBetween('2026-04-07', '2026-03-27')).toBe(-4);
    expect(businessDaysBetween('2026-03-29', '2026-04-05')).toBe(3); // Easter week: Mon-Wed only
    expect(businessDaysBetween('2026-09-10', '2026-09-10')).toBe(0);
    expect(businessDaysBetween('2026-09-11', '2026-09-13')).toBe(0);
    expect(businessDaysBetween('2026-09-13', '2026-09-11')).toBe(0);
    // 2026: 365 days - 104 weekend days - 8 holidays on weekdays (1 Jan, 2, 3, 6 Apr, 1, 14, 25 May, 25 Dec).
    expect(businessDaysBetween('2025-12-31', '2026-12-31')).toBe(253);
  });

  it('is the inverse of addBusinessDays', () => {
    const from = '2026-03-20';
    for (const to of datesFrom('2026-02-20', '2026-05-30').filter(isBusinessDay)) {
      expect(addBusinessDays(from, businessDaysBetween(from, to))).toBe(to);
    }
  });
});

describe('Oslo time', () => {
  it('exposes the zone', () => {
    expect(OSLO).toBe('Europe/Oslo');
  });

  it('converts Oslo wall time to UTC around the March change (2026-03-29)', () => {
    expect(osloToInstant('2026-03-27', '09:00')).toBe('2026-03-27T08:00:00.000Z');
    expect(osloToInstant('2026-03-29', '09:00')).toBe('2026-03-29T07:00:00.000Z');
    expect(osloToInstant('2026-03-29', '01:59')).toBe('2026-03-29T00:59:00.000Z');
    expect(osloToInstant('2026-03-29', '03:00')).toBe('2026-03-29T01:00:00.000Z');
    // 02:30 does not exist that night: it becomes 03:30 summer time.
    expect(osloToInstant('2026-03-29', '02:30')).toBe('2026-03-29T01:30:00.000Z');
  });

  it('converts Oslo wall time to UTC around the October change (2026-10-25)', () => {
    expect(osloToInstant('2026-10-24', '09:00')).toBe('2026-10-24T07:00:00.000Z');
    expect(osloToInstant('2026-10-25', '09:00')).toBe('2026-10-25T08:00:00.000Z');
    expect(osloToInstant('2026-10-25', '00:30')).toBe('2026-10-24T22:30:00.000Z');
    // 02:30 happens twice: the later (winter-time) one is taken.
    expect(osloToInstant('2026-10-25', '02:30')).toBe('2026-10-25T01:30:00.000Z');
    expect(instantToOsloTime('2026-10-25T00:30:00Z')).toBe('02:30');
    expect(instantToOsloTime('2026-10-25T01:30:00Z')).toBe('02:30');
  });

  it('converts midnight correctly in both seasons', () => {
    expect(osloToInstant('2027-01-01', '00:00')).toBe('2026-12-31T23:00:00.000Z');
    expect(osloToInstant('2026-07-01', '00:00')).toBe('2026-06-30T22:00:00.000Z');
    expect(osloToInstant('2026-12-31', '23:59')).toBe('2026-12-31T22:59:00.000Z');
  });

  it('rejects malformed times and dates', () => {
    for (const t of ['9:00', '24:00', '12:60', '12:00:00', '']) {
      expect(() => osloToInstant('2026-01-01', t)).toThrow(RangeError);
    }
    expect(() => osloToInstant('2026-02-29', '09:00')).toThrow(RangeError);
  });

  it('reads instants as Oslo dates and times', () => {
    expect(instantToOsloDate('2026-12-31T23:30:00Z')).toBe('2027-01-01');
    expect(instantToOsloDate('2026-06-30T22:30:00.000Z')).toBe('2026-07-01');
    expect(instantToOsloDate('2026-06-30T21:59:00.000Z')).toBe('2026-06-30');
    expect(instantToOsloTime('2026-06-30T21:59:00.000Z')).toBe('23:59');
    expect(instantToOsloTime('2026-01-15T08:05:00.000Z')).toBe('09:05');
    expect(instantToOsloDate('2026-06-30T23:30:00+01:00')).toBe('2026-07-01');
    expect(instantToOsloTime(new Date('2026-03-29T07:00:00.000Z'))).toBe('09:00');
    expect(() => instantToOsloDate('not a date')).toThrow(RangeError);
    expect(() => instantToOsloDate(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('round-trips 09:00 Oslo on every day of 2026', () => {
    for (const d of datesFrom('2026-01-01', '2026-12-31')) {
      const at = osloToInstant(d, '09:00');
      expect([instantToOsloDate(at), instantToOsloTime(at)]).toEqual([d, '09:00']);
    }
  });

  it('gives the Oslo date of every minute around midnight and both DST switches, asked one after another', () => {
    // The date is kept per UTC hour: asked minute by minute, it must change exactly at Oslo's midnight.
    for (const [from, midnight] of [
      ['2026-03-28T21:00:00Z', '2026-03-28T23:00:00Z'], // winter: midnight is 23:00 UTC
      ['2026-03-29T20:00:00Z', '2026-03-29T22:00:00Z'], // the first night of summer time: 22:00 UTC
      ['2026-10-24T20:00:00Z', '2026-10-24T22:00:00Z'], // the last night of summer time
      ['2026-10-25T21:00:00Z', '2026-10-25T23:00:00Z'], // winter again
    ] as const) {
      const start = Date.parse(from);
      for (let minute = 0; minute < 4 * 60; minute++) {
        const at = new Date(start + minute * 60_000);
        const expected = format(at, 'yyyy-MM-dd', { in: tz('Europe/Oslo') });
        expect([at.toISOString(), instantToOsloDate(at)]).toEqual([at.toISOString(), expected]);
        expect(at.getTime() < Date.parse(midnight)).toBe(expected === from.slice(0, 10));
      }
    }
  });

  it('takes today from the given clock reading', () => {
    expect(todayInOslo(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(todayInOslo(new Date('2026-12-31T22:30:00Z'))).toBe('2026-12-31');
  });
});

describe('round calendar settings', () => {
  const withChanges = (changes: Partial<RoundCalendarSettings>): RoundCalendarSettings => ({
    ...DEFAULT_ROUND_CALENDAR,
    ...changes,
  });

  it('has the documented defaults, which are valid and frozen', () => {
    expect(DEFAULT_ROUND_CALENDAR).toEqual({
      auBeforeSkateBusinessDays: 5,
      deadlineBeforeAuBusinessDays: 5,
      lockBeforeAuBusinessDays: 1,
      remindBeforeDeadlineBusinessDays: [5, 2],
      remindAfterDeadlineBusinessDays: [1, 2, 3],
      sendTime: '09:00',
      deadlineTime: '16:00',
      lockTime: '12:00',
    });
    expect(validateRoundCalendarSettings(DEFAULT_ROUND_CALENDAR)).toEqual([]);
    expect(Object.isFrozen(DEFAULT_ROUND_CALENDAR)).toBe(true);
    expect(Object.isFrozen(DEFAULT_ROUND_CALENDAR.remindAfterDeadlineBusinessDays)).toBe(true);
  });

  it.each<[string, Partial<RoundCalendarSettings>, RegExp]>([
    ['a negative offset', { auBeforeSkateBusinessDays: -1 }, /auBeforeSkateBusinessDays/],
    ['a fractional offset', { deadlineBeforeAuBusinessDays: 2.5 }, /deadlineBeforeAuBusinessDays/],
    ['a zero reminder offset', { remindBeforeDeadlineBusinessDays: [5, 0] }, /remindBeforeDeadlineBusinessDays/],
    ['a negative overdue offset', { remindAfterDeadlineBusinessDays: [-1] }, /remindAfterDeadlineBusinessDays/],
    ['a repeated reminder', { remindAfterDeadlineBusinessDays: [1, 1] }, /repeat/],
    ['a bad send time', { sendTime: '9:00' }, /sendTime/],
    ['a bad deadline time', { deadlineTime: '24:00' }, /deadlineTime/],
    ['a bad lock time', { lockTime: 'noon' }, /lockTime/],
    ['a send time after the deadline time', { sendTime: '17:00' }, /sendTime .* before deadlineTime/],
    ['a lock before the deadline', { lockBeforeAuBusinessDays: 6 }, /lock .* after the deadline/],
    [
      'a lock on the deadline day before the deadline time',
      { lockBeforeAuBusinessDays: 5, lockTime: '15:00' },
      /lock .* after the deadline/,
    ],
    [
      'a lock at the same instant as the deadline',
      { lockBeforeAuBusinessDays: 5, lockTime: '16:00' },
      /lock .* after the deadline/,
    ],
  ])('reports %s', (_label, changes, problem) => {
    const problems = validateRoundCalendarSettings(withChanges(changes));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(problem);
  });

  it('accepts a lock later on the deadline day', () => {
    expect(validateRoundCalendarSettings(withChanges({ lockBeforeAuBusinessDays: 5, lockTime: '18:00' }))).toEqual([]);
  });

  it('refuses to derive a schedule from invalid settings', () => {
    expect(() => deriveRoundSchedule('2026-12-10', withChanges({ lockBeforeAuBusinessDays: 6 }))).toThrow(
      /Invalid round calendar settings/,
    );
  });
});

describe('deriveRoundSchedule', () => {
  it('derives the Q4 2026 round from a Skate meeting on Thursday 10 December 2026', () => {
    // No holidays in late Nov/early Dec; CET (UTC+1), so 09:00 = 08:00Z, 12:00 = 11:00Z, 16:00 = 15:00Z.
    // AU: 5 business days before Thu 10 Dec = Thu 3 Dec. Deadline: 5 before AU = Thu 26 Nov.
    // Lock: 1 before AU = Wed 2 Dec. Reminders: 5 and 2 before the deadline = Thu 19 and Tue 24 Nov;
    // on the day 26 Nov; overdue 1, 2, 3 after = Fri 27 Nov, Mon 30 Nov, Tue 1 Dec, all before the lock.
    expect(deriveRoundSchedule('2026-12-10', DEFAULT_ROUND_CALENDAR)).toEqual({
      auMeetingDate: '2026-12-03',
      deadline: '2026-11-26T15:00:00.000Z',
      lockAt: '2026-12-02T11:00:00.000Z',
      reminders: [
        { kind: 'before', ordinal: 1, at: '2026-11-19T08:00:00.000Z' },
        { kind: 'before', ordinal: 2, at: '2026-11-24T08:00:00.000Z' },
        { kind: 'on-deadline', ordinal: 1, at: '2026-11-26T08:00:00.000Z' },
        { kind: 'overdue', ordinal: 1, at: '2026-11-27T08:00:00.000Z' },
        { kind: 'overdue', ordinal: 2, at: '2026-11-30T08:00:00.000Z' },
        { kind: 'overdue', ordinal: 3, at: '2026-12-01T08:00:00.000Z' },
      ],
    });
  });

  it('skips Easter 2026 and follows the switch to summer time (Skate Thursday 16 April 2026)', () => {
    // AU: 5 business days before 16 Apr = Thu 9 Apr (15, 14, 13, 10, 9).
    // Deadline: 5 before 9 Apr, skipping 2, 3 and 6 Apr: 8, 7, 1 Apr, 31, 30 Mar = Mon 30 Mar (CEST, UTC+2).
    // Lock: Wed 8 Apr 12:00 CEST. Before-reminders: 5 and 2 business days before 30 Mar = Mon 23 and Thu 26 Mar,
    // still CET (UTC+1). Overdue: 31 Mar, 1 Apr and, after Easter, Tue 7 Apr.
    expect(deriveRoundSchedule('2026-04-16', DEFAULT_ROUND_CALENDAR)).toEqual({
      auMeetingDate: '2026-04-09',
      deadline: '2026-03-30T14:00:00.000Z',
      lockAt: '2026-04-08T10:00:00.000Z',
      reminders: [
        { kind: 'before', ordinal: 1, at: '2026-03-23T08:00:00.000Z' },
        { kind: 'before', ordinal: 2, at: '2026-03-26T08:00:00.000Z' },
        { kind: 'on-deadline', ordinal: 1, at: '2026-03-30T07:00:00.000Z' },
        { kind: 'overdue', ordinal: 1, at: '2026-03-31T07:00:00.000Z' },
        { kind: 'overdue', ordinal: 2, at: '2026-04-01T07:00:00.000Z' },
        { kind: 'overdue', ordinal: 3, at: '2026-04-07T07:00:00.000Z' },
      ],
    });
  });

  it('skips Easter 2027 (Skate Thursday 8 April 2027)', () => {
    // AU: 7, 6, 5, 2, 1 Apr = Thu 1 Apr. Deadline: 31, 30 Mar, (29-25 Mar Easter and weekend), 24, 23, 22 = Mon 22 Mar.
    // Summer time starts 28 Mar 2027, so the deadline is in CET and the lock (Wed 31 Mar) in CEST.
    // Before: 15 and 18 Mar. Overdue: 23, 24 Mar and Tue 30 Mar after Easter.
    expect(deriveRoundSchedule('2027-04-08', DEFAULT_ROUND_CALENDAR)).toEqual({
      auMeetingDate: '2027-04-01',
      deadline: '2027-03-22T15:00:00.000Z',
      lockAt: '2027-03-31T10:00:00.000Z',
      reminders: [
        { kind: 'before', ordinal: 1, at: '2027-03-15T08:00:00.000Z' },
        { kind: 'before', ordinal: 2, at: '2027-03-18T08:00:00.000Z' },
        { kind: 'on-deadline', ordinal: 1, at: '2027-03-22T08:00:00.000Z' },
        { kind: 'overdue', ordinal: 1, at: '2027-03-23T08:00:00.000Z' },
        { kind: 'overdue', ordinal: 2, at: '2027-03-24T08:00:00.000Z' },
        { kind: 'overdue', ordinal: 3, at: '2027-03-30T07:00:00.000Z' },
      ],
    });
  });

  it('counts Christmas Eve and New Year’s Eve as business days over the new year (Skate 14 January 2027)', () => {
    // AU: 13, 12, 11, 8, 7 Jan = Thu 7 Jan. Deadline: 6, 5, 4 Jan, (1 Jan holiday), 31, 30 Dec = Wed 30 Dec.
    // Before: 29, 28, (27-25 Dec), 24, 23, 22 Dec => 5 before = 22 Dec, 2 before = 28 Dec.
    // Overdue: 31 Dec, 4 Jan, 5 Jan. Lock: Wed 6 Jan 12:00.
    const s = deriveRoundSchedule('2027-01-14', DEFAULT_ROUND_CALENDAR);
    expect(s.auMeetingDate).toBe('2027-01-07');
    expect(s.deadline).toBe('2026-12-30T15:00:00.000Z');
    expect(s.lockAt).toBe('2027-01-06T11:00:00.000Z');
    expect(s.reminders.map((r) => `${r.kind}${r.ordinal} ${instantToOsloDate(r.at)}`)).toEqual([
      'before1 2026-12-22',
      'before2 2026-12-28',
      'on-deadline1 2026-12-30',
      'overdue1 2026-12-31',
      'overdue2 2027-01-04',
      'overdue3 2027-01-05',
    ]);
  });

  it('uses a given AU meeting date instead of deriving one', () => {
    // AU Wed 2 Dec: deadline 5 business days earlier = Wed 25 Nov, lock 1 earlier = Tue 1 Dec.
    const s = deriveRoundSchedule('2026-12-10', DEFAULT_ROUND_CALENDAR, '2026-12-02');
    expect(s.auMeetingDate).toBe('2026-12-02');
    expect(s.deadline).toBe('2026-11-25T15:00:00.000Z');
    expect(s.lockAt).toBe('2026-12-01T11:00:00.000Z');
    expect(deriveRoundSchedule('2026-12-10', DEFAULT_ROUND_CALENDAR, null).auMeetingDate).toBe('2026-12-03');
  });

  it('drops overdue reminders that would not go out before the lock', () => {
    // Lock 3 business days before AU 3 Dec = Mon 30 Nov 12:00 (11:00Z): overdue on 27 Nov and 30 Nov 09:00 go out,
    // the one on 1 Dec does not.
    const s = deriveRoundSchedule('2026-12-10', { ...DEFAULT_ROUND_CALENDAR, lockBeforeAuBusinessDays: 3 });
    expect(s.lockAt).toBe('2026-11-30T11:00:00.000Z');
    expect(s.reminders.filter((r) => r.kind === 'overdue')).toEqual([
      { kind: 'overdue', ordinal: 1, at: '2026-11-27T08:00:00.000Z' },
      { kind: 'overdue', ordinal: 2, at: '2026-11-30T08:00:00.000Z' },
    ]);
  });

  it('orders reminders by time whatever the order of the settings', () => {
    const shuffled = deriveRoundSchedule('2026-12-10', {
      ...DEFAULT_ROUND_CALENDAR,
      remindBeforeDeadlineBusinessDays: [2, 5],
      remindAfterDeadlineBusinessDays: [3, 1, 2],
    });
    expect(shuffled).toEqual(deriveRoundSchedule('2026-12-10', DEFAULT_ROUND_CALENDAR));
  });

  it('supports no reminders besides the one on the deadline day', () => {
    const s = deriveRoundSchedule('2026-12-10', {
      ...DEFAULT_ROUND_CALENDAR,
      remindBeforeDeadlineBusinessDays: [],
      remindAfterDeadlineBusinessDays: [],
    });
    expect(s.reminders).toEqual([{ kind: 'on-deadline', ordinal: 1, at: '2026-11-26T08:00:00.000Z' }]);
  });

  it('rejects an AU meeting after the Skate meeting and invalid dates', () => {
    expect(() => deriveRoundSchedule('2026-12-10', DEFAULT_ROUND_CALENDAR, '2026-12-11')).toThrow(RangeError);
    expect(() => deriveRoundSchedule('2026-12-32', DEFAULT_ROUND_CALENDAR)).toThrow(RangeError);
    expect(() => deriveRoundSchedule('2026-12-10', DEFAULT_ROUND_CALENDAR, '10.12.2026')).toThrow(RangeError);
  });

  it('puts everything on business days at the configured Oslo times, in order, for every Thursday of 2026-2027', () => {
    for (const skate of datesFrom('2026-01-08', '2027-12-30').filter((_, i) => i % 7 === 0)) {
      const s = deriveRoundSchedule(skate, DEFAULT_ROUND_CALENDAR);
      expect(isBusinessDay(s.auMeetingDate)).toBe(true);
      expect(businessDaysBetween(s.auMeetingDate, skate)).toBe(isBusinessDay(skate) ? 5 : 4);
      expect(isBusinessDay(instantToOsloDate(s.deadline))).toBe(true);
      expect(instantToOsloTime(s.deadline)).toBe('16:00');
      expect(businessDaysBetween(instantToOsloDate(s.deadline), s.auMeetingDate)).toBe(5);
      expect(instantToOsloTime(s.lockAt)).toBe('12:00');
      expect(businessDaysBetween(instantToOsloDate(s.lockAt), s.auMeetingDate)).toBe(1);
      const times = s.reminders.map((r) => r.at);
      expect([...times].sort()).toEqual(times);
      for (const r of s.reminders) {
        expect(isBusinessDay(instantToOsloDate(r.at))).toBe(true);
        expect(instantToOsloTime(r.at)).toBe('09:00');
        expect(r.at < s.lockAt).toBe(true);
        expect(r.at < s.deadline).toBe(r.kind !== 'overdue');
      }
    }
  });
});

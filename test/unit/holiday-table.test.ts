import { addDays, publicHolidayName } from '../../src/domain/calendar';
import { holidayYears, publicHolidaysOutOfProcess } from '../../src/holiday-table';

jest.setTimeout(30_000);

describe('public holidays computed out of process at start-up', () => {
  it('are, day by day, the ones the calendar computes in process with date-holidays', async () => {
    const table = await publicHolidaysOutOfProcess(2024, 2031);
    expect(Object.keys(table).map(Number)).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031]);
    let holidays = 0;
    for (let day = '2024-01-01'; day <= '2031-12-31'; day = addDays(day, 1)) {
      const names = table[Number(day.slice(0, 4))]?.[day];
      // Not preloaded in this test: the calendar asks date-holidays itself.
      expect([day, names?.join(' / ') ?? null]).toEqual([day, publicHolidayName(day)]);
      if (names) holidays += 1;
    }
    // Twelve a year, fewer days when two fall together (17 May is Whit Monday in 2027).
    expect(holidays).toBeGreaterThanOrEqual(8 * 11);
    expect(table[2026]?.['2026-05-17']).toEqual(['Grunnlovsdagen']);
  });

  it('cover last year to ten years ahead', () => {
    expect(holidayYears(new Date('2026-12-02T12:00:00Z'))).toEqual({ from: 2025, to: 2036 });
  });
});

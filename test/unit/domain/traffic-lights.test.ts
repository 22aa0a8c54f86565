import {
  isGreener,
  isLight,
  isOverride,
  isSignificantDeviation,
  lightTolerances,
  overallGreenerThanDimensions,
  suggestCostLight,
  suggestLights,
  suggestScheduleLight,
  worstLight,
} from '../../../src/domain/traffic-lights';
import { anInitiative, someReportFields } from '../../helpers/builders';

describe('suggestScheduleLight', () => {
  it('is green when the forecast is before or on the agreed date', () => {
    expect(suggestScheduleLight('2027-06-30', '2027-01-15', 30)).toBe('green');
    expect(suggestScheduleLight('2027-06-30', '2027-06-30', 30)).toBe('green');
  });

  it('is yellow from one day late up to exactly the tolerance', () => {
    expect(suggestScheduleLight('2027-06-30', '2027-07-01', 30)).toBe('yellow');
    expect(suggestScheduleLight('2027-06-30', '2027-07-30', 30)).toBe('yellow');
  });

  it('is red one day beyond the tolerance', () => {
    expect(suggestScheduleLight('2027-06-30', '2027-07-31', 30)).toBe('red');
  });

  it('counts across a year end', () => {
    expect(suggestScheduleLight('2026-12-31', '2027-01-10', 10)).toBe('yellow');
    expect(suggestScheduleLight('2026-12-31', '2027-01-11', 10)).toBe('red');
  });

  it('makes any delay red when the tolerance is 0', () => {
    expect(suggestScheduleLight('2027-06-30', '2027-06-30', 0)).toBe('green');
    expect(suggestScheduleLight('2027-06-30', '2027-07-01', 0)).toBe('red');
  });

  it('throws on a malformed date, which validation should have caught', () => {
    expect(() => suggestScheduleLight('2027-06-30', '30.06.2027', 30)).toThrow(RangeError);
    expect(() => suggestScheduleLight('2027-02-30', '2027-06-30', 30)).toThrow(RangeError);
  });
});

describe('suggestCostLight', () => {
  it('is green within the agreed cost', () => {
    expect(suggestCostLight(1_000_000, 900_000, 10)).toBe('green');
    expect(suggestCostLight(1_000_000, 1_000_000, 10)).toBe('green');
  });

  it('is yellow when over by at most the tolerance, exactly at it included', () => {
    expect(suggestCostLight(1_000_000, 1_000_001, 10)).toBe('yellow');
    expect(suggestCostLight(1_000_000, 1_100_000, 10)).toBe('yellow');
  });

  it('is red one krone beyond the tolerance', () => {
    expect(suggestCostLight(1_000_000, 1_100_001, 10)).toBe('red');
  });

  it('compares exactly where floating-point multiplication would not', () => {
    // 100 * 1.1 = 110.00000000000001 and 300 * 1.1 = 330.00000000000006: the boundary must still be yellow.
    expect(suggestCostLight(100, 110, 10)).toBe('yellow');
    expect(suggestCostLight(300, 330, 10)).toBe('yellow');
    expect(suggestCostLight(300, 331, 10)).toBe('red');
  });

  it('makes any positive forecast red when the agreed cost is 0', () => {
    expect(suggestCostLight(0, 0, 10)).toBe('green');
    expect(suggestCostLight(0, 1, 10)).toBe('red');
  });

  it('makes any overrun red when the tolerance is 0', () => {
    expect(suggestCostLight(1_000, 1_001, 0)).toBe('red');
  });

  it('throws on a non-finite amount', () => {
    expect(() => suggestCostLight(1_000, Number.NaN, 10)).toThrow(RangeError);
    expect(() => suggestCostLight(Number.POSITIVE_INFINITY, 1, 10)).toThrow(RangeError);
  });
});

describe('suggestLights', () => {
  it("uses the initiative's agreed values and tolerances", () => {
    const initiative = anInitiative({
      agreedCompletionDate: '2027-06-30',
      toleranceDays: 14,
      agreedCostNok: 2_000_000,
      tolerancePercent: 5,
    });
    expect(suggestLights(initiative, { forecastCompletionDate: '2027-07-14', forecastCostNok: 2_100_000 })).toEqual({
      schedule: 'yellow',
      cost: 'yellow',
    });
    expect(suggestLights(initiative, { forecastCompletionDate: '2027-07-15', forecastCostNok: 2_100_001 })).toEqual({
      schedule: 'red',
      cost: 'red',
    });
  });

  it('suggests green for the default builders', () => {
    expect(suggestLights(anInitiative(), someReportFields())).toEqual({ schedule: 'green', cost: 'green' });
  });
});

describe('isOverride', () => {
  it('is an override whenever the chosen light differs, in either direction', () => {
    expect(isOverride('green', 'green')).toBe(false);
    expect(isOverride('green', 'red')).toBe(true);
    expect(isOverride('red', 'yellow')).toBe(true);
  });
});

describe('isSignificantDeviation', () => {
  it('is false when no dimension is red', () => {
    expect(isSignificantDeviation(someReportFields({ result: 'yellow', schedule: 'yellow', cost: 'yellow' }))).toBe(
      false,
    );
  });

  it.each(['result', 'schedule', 'cost'] as const)('is true when %s is red', (dimension) => {
    expect(isSignificantDeviation(someReportFields({ [dimension]: 'red' }))).toBe(true);
  });

  it('ignores a red overall light, which is not one of the agreed dimensions', () => {
    expect(isSignificantDeviation(someReportFields({ overall: 'red' }))).toBe(false);
  });
});

describe('isLight', () => {
  it('knows the three lights and nothing else', () => {
    for (const light of ['green', 'yellow', 'red']) expect(isLight(light)).toBe(true);
    for (const other of ['', 'blue', 'Green', 5, null, undefined]) expect(isLight(other)).toBe(false);
  });
});

describe('the overall light against the dimensions', () => {
  it('orders the lights green, yellow, red', () => {
    expect(isGreener('green', 'yellow')).toBe(true);
    expect(isGreener('yellow', 'red')).toBe(true);
    expect(isGreener('red', 'red')).toBe(false);
    expect(isGreener('red', 'green')).toBe(false);
  });

  it('names the worst dimension when overall is greener than it', () => {
    const f = (overall: 'green' | 'yellow' | 'red') => someReportFields({ overall, result: 'yellow', cost: 'red' });
    expect(overallGreenerThanDimensions(f('green'))).toBe('red');
    expect(overallGreenerThanDimensions(f('yellow'))).toBe('red');
    expect(overallGreenerThanDimensions(f('red'))).toBeNull();
    expect(overallGreenerThanDimensions(someReportFields({ overall: 'red' }))).toBeNull();
  });

  it('has nothing to compare while a light is unchosen', () => {
    expect(overallGreenerThanDimensions(someReportFields({ cost: '' as unknown as 'red' }))).toBeNull();
  });
});

describe('lightTolerances', () => {
  it("are the initiative's, the ones suggestLights applies", () => {
    const initiative = anInitiative({ toleranceDays: 45, tolerancePercent: 15 });
    expect(lightTolerances(initiative)).toEqual({ days: 45, percent: 15 });
    // Exactly at the stated tolerance the suggestion is yellow; one step beyond, red.
    const at = (date: string, cost: number) =>
      suggestLights(initiative, { forecastCompletionDate: date, forecastCostNok: cost });
    expect(at('2027-08-14', 11_500_000)).toEqual({ schedule: 'yellow', cost: 'yellow' });
    expect(at('2027-08-15', 11_500_001)).toEqual({ schedule: 'red', cost: 'red' });
  });
});

describe('worstLight', () => {
  it('picks the most severe light', () => {
    expect(worstLight(['green', 'yellow', 'green'])).toBe('yellow');
    expect(worstLight(['yellow', 'red', 'green'])).toBe('red');
    expect(worstLight(['green'])).toBe('green');
  });

  it('is green for no lights', () => {
    expect(worstLight([])).toBe('green');
  });
});

/**
 * Traffic-light suggestions for a status report (seed 004, 4.4: significant
 * deviations from agreed result, completion date and cost).
 *
 * The form pre-selects the suggested schedule and cost lights; the owner may
 * choose another light but must then say why (see report-validation.ts).
 */
import { daysBetween, isIsoDate } from './calendar';
import { type Initiative, type IsoDate, LIGHTS, type Light, type ReportFields } from './model';

const SEVERITY: Record<Light, number> = { green: 0, yellow: 1, red: 2 };

function requireDate(date: string, what: string): IsoDate {
  // A malformed date here is a programming error: callers validate user input first.
  if (!isIsoDate(date)) throw new RangeError(`${what} is not a valid YYYY-MM-DD date: ${JSON.stringify(date)}`);
  return date;
}

/**
 * The suggested completion-date light: green when the forecast is on or before
 * the agreed date, yellow when it is late by at most `toleranceDays` days, red
 * (a significant deviation) when later than that.
 *
 * @throws RangeError when either date is not a valid `YYYY-MM-DD` date.
 */
export function suggestScheduleLight(agreedDate: IsoDate, forecastDate: IsoDate, toleranceDays: number): Light {
  const daysLate = daysBetween(requireDate(agreedDate, 'agreedDate'), requireDate(forecastDate, 'forecastDate'));
  if (daysLate <= 0) return 'green';
  return daysLate <= toleranceDays ? 'yellow' : 'red';
}

/**
 * The suggested cost light: green when the forecast is within the agreed cost,
 * yellow when it is over by at most `tolerancePercent` per cent, red (a
 * significant deviation) beyond that. With an agreed cost of 0 there is no
 * tolerance to speak of, so any positive forecast is red.
 *
 * @throws RangeError when either amount is not a finite number.
 */
export function suggestCostLight(agreedCostNok: number, forecastCostNok: number, tolerancePercent: number): Light {
  if (!Number.isFinite(agreedCostNok) || !Number.isFinite(forecastCostNok)) {
    throw new RangeError(`costs must be finite numbers: ${agreedCostNok}, ${forecastCostNok}`);
  }
  const overrun = forecastCostNok - agreedCostNok;
  if (overrun <= 0) return 'green';
  // Cross-multiplied so whole-krone amounts compare exactly (1.1 * 100 is not 110 in floating point).
  return overrun * 100 <= agreedCostNok * tolerancePercent ? 'yellow' : 'red';
}

/**
 * The suggested schedule and cost lights for a report on `initiative`, using
 * the initiative's agreed date, agreed cost and tolerances.
 *
 * @throws RangeError on malformed dates or amounts (validate first).
 */
export function suggestLights(
  initiative: Initiative,
  fields: Pick<ReportFields, 'forecastCompletionDate' | 'forecastCostNok'>,
): { schedule: Light; cost: Light } {
  return {
    schedule: suggestScheduleLight(
      initiative.agreedCompletionDate,
      fields.forecastCompletionDate,
      initiative.toleranceDays,
    ),
    cost: suggestCostLight(initiative.agreedCostNok, fields.forecastCostNok, initiative.tolerancePercent),
  };
}

/**
 * The tolerances behind {@link suggestLights} for `initiative`, so a form can
 * state the rule it applies: the schedule light is yellow up to `days` days
 * late and red beyond; the cost light is yellow up to `percent` per cent over
 * the agreed cost and red beyond.
 */
export function lightTolerances(initiative: Initiative): { days: number; percent: number } {
  return { days: initiative.toleranceDays, percent: initiative.tolerancePercent };
}

/** Whether `value` is one of the three lights (user input and stored drafts may hold anything else). */
export function isLight(value: unknown): value is Light {
  return (LIGHTS as readonly unknown[]).includes(value);
}

/** Whether `a` is a better (greener) light than `b`. */
export function isGreener(a: Light, b: Light): boolean {
  return SEVERITY[a] < SEVERITY[b];
}

/**
 * The worst of result, schedule and cost when the overall light is greener
 * than it (the owner then owes a justification), otherwise null. Null as well
 * when a light is not chosen yet: there is nothing to compare.
 */
export function overallGreenerThanDimensions(
  fields: Pick<ReportFields, 'overall' | 'result' | 'schedule' | 'cost'>,
): Light | null {
  const dimensions = [fields.result, fields.schedule, fields.cost];
  if (!isLight(fields.overall) || !dimensions.every(isLight)) return null;
  const worst = worstLight(dimensions);
  return isGreener(fields.overall, worst) ? worst : null;
}

/** Whether the owner chose another light than the suggested one (either direction needs a reason). */
export function isOverride(suggested: Light, chosen: Light): boolean {
  return suggested !== chosen;
}

/**
 * Whether the report states a significant deviation (vesentlig avvik): result,
 * schedule or cost is red. The overall light is the owner's summary, not one of
 * the three agreed dimensions of seed 004, 4.4, so it does not count.
 */
export function isSignificantDeviation(fields: Pick<ReportFields, 'result' | 'schedule' | 'cost'>): boolean {
  return fields.result === 'red' || fields.schedule === 'red' || fields.cost === 'red';
}

/** The most severe of `lights` (red over yellow over green); green for an empty list, as nothing is wrong. */
export function worstLight(lights: readonly Light[]): Light {
  let worst: Light = 'green';
  for (const light of lights) {
    if (SEVERITY[light] > SEVERITY[worst]) worst = light;
  }
  return worst;
}

/**
 * The schema of a card action at the use cases' door: the button's own data (which round,
 * initiative, version) and the form's answers, checked with zod before any use case runs. The
 * channel has already decoded its wire format into `FormValues`; whatever a hostile or broken
 * client sends, what passes here has the right type, a known choice, a number in range and a
 * text within its limit. What the owner can fix comes back as an error on its input; what only a
 * forged button can carry (a bad id) is one localised refusal. Limits: docs/security.md.
 */
import { z } from 'zod';
import { isIsoDate, isQuarter } from '../../domain/calendar';
import type { DomainError } from '../../domain/errors';
import { isInitiativeId } from '../../domain/initiative-id';
import { AU_REQUESTS, VOTE_CHOICES } from '../../domain/model';
import { cleanText, FIELD_LIMITS, shown, textLength } from '../../domain/text';
import { VOTE_COMMENT_LIMIT } from '../../domain/vote-tally';
import type { FormValue, FormValues } from '../../views/form';
import type { ActionId } from '../../views/message-view';
import { NO_REQUEST } from '../../views/vote-view';

const buttonText = z.string().max(FIELD_LIMITS.buttonData);
const roundId = buttonText.refine(isQuarter);
const initiativeId = buttonText.refine(isInitiativeId);
const count = buttonText.regex(/^\d{1,9}$/);

const report = z.object({ roundId, initiativeId });
const withVersion = report.extend({ baseVersion: count });
const initiativeOnly = z.object({ initiativeId });

/** The data each button must carry; keys beyond these are ignored. */
const BUTTON_DATA: Record<ActionId, z.ZodType> = {
  'report.open': report,
  'report.edit': report,
  'report.save': withVersion,
  'report.submit': withVersion,
  'initiative.accept': initiativeOnly,
  'initiative.decline': initiativeOnly,
  'review.open': report,
  'review.vote': report,
  'agenda.publish': z.object({ roundId, revision: count }),
  // Without an initiative: every point still awaiting the secretariat (the preview's one button).
  'agenda.point-propose': z.object({ roundId: roundId.optional(), initiativeId: initiativeId.optional() }),
  'agenda.point-withdraw': z.object({ roundId: roundId.optional(), initiativeId }),
  'final.confirm': initiativeOnly,
  'final.decline': initiativeOnly,
};

/** The button's data checked: null when it fits the action, else the refusal (nothing runs). */
export function checkButtonData(verb: ActionId, data: Readonly<Record<string, string>>): DomainError | null {
  return BUTTON_DATA[verb].safeParse(data).success ? null : { code: 'INPUT.INVALID' };
}

/** Every text of the answers without the characters no document may hold (see domain/text.ts). */
export function cleanValues(values: FormValues): FormValues {
  const clean = (v: FormValue): FormValue =>
    typeof v === 'string' ? cleanText(v) : Array.isArray(v) ? v.map((s) => cleanText(s)) : v;
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, clean(v)]));
}

/** The highest forecast cost the form takes, in NOK: far above any initiative, far below float trouble. */
export const MAX_COST_NOK = 1e12;
/** Forecast dates outside these years are typing errors, whatever the calendar says. */
export const FORECAST_YEARS = { min: 2000, max: 2100 } as const;
const SDG_COUNT = 17;

const choiceText = z.string().max(FIELD_LIMITS.buttonData);
const oneOf = (allowed: readonly string[]) => z.union([z.literal(''), z.enum(allowed as [string, ...string[]])]);

type FieldCheck = (value: FormValue, field: string) => DomainError | null;

/** A zod schema as a field check: its failure becomes `error` on the field. */
const check =
  (schema: z.ZodType, error: (value: FormValue) => Omit<DomainError, 'field'>): FieldCheck =>
  (value, field) =>
    value === undefined || value === null || schema.safeParse(value).success ? null : { ...error(value), field };

const invalidChoice = (value: FormValue) => ({
  code: 'INPUT.INVALID_CHOICE' as const,
  params: { value: shown(typeof value === 'string' ? value : JSON.stringify(value)) },
});

const forecastDate = z
  .string()
  .refine(
    (d) =>
      d === '' ||
      !isIsoDate(d) ||
      (Number(d.slice(0, 4)) >= FORECAST_YEARS.min && Number(d.slice(0, 4)) <= FORECAST_YEARS.max),
  );

/** What the report form's answers must satisfy beyond the domain's rules (which judge lights, dates, texts). */
const REPORT_CHECKS: Record<string, FieldCheck> = {
  forecastCostNok: check(z.number().max(MAX_COST_NOK).or(z.nan()), () => ({
    code: 'INPUT.OUT_OF_RANGE',
    params: { min: 0, max: MAX_COST_NOK },
  })),
  forecastCompletionDate: check(forecastDate, () => ({
    code: 'INPUT.OUT_OF_RANGE',
    params: { min: `${FORECAST_YEARS.min}-01-01`, max: `${FORECAST_YEARS.max}-12-31` },
  })),
  sdgs: check(z.array(z.string().max(3)).max(SDG_COUNT), () => ({ code: 'REPORT.INVALID_SDG', params: { value: '' } })),
};

const voteText = z.string().refine((s) => textLength(s) <= VOTE_COMMENT_LIMIT);
const tooLongVote = () => ({ code: 'VOTE.TOO_LONG' as const, params: { max: VOTE_COMMENT_LIMIT } });

/** The vote form: a known position and request, texts within the limit (also when the member is recused). */
const VOTE_CHECKS: Record<string, FieldCheck> = {
  choice: check(choiceText.pipe(oneOf(VOTE_CHOICES)), invalidChoice),
  request: check(choiceText.pipe(oneOf([NO_REQUEST, ...AU_REQUESTS])), invalidChoice),
  comment: check(voteText, tooLongVote),
  requestReason: check(voteText, tooLongVote),
};

const FORM_CHECKS: Partial<Record<ActionId, Record<string, FieldCheck>>> = {
  'report.save': REPORT_CHECKS,
  'report.submit': REPORT_CHECKS,
  'review.vote': VOTE_CHECKS,
};

/**
 * The form's answers checked, one error per field: `invalid` names the inputs whose wire value had
 * the wrong type for its kind (the channel found that out while decoding), the rest is checked here.
 */
export function checkFormValues(verb: ActionId, values: FormValues, invalid: readonly string[] = []): DomainError[] {
  const checks = FORM_CHECKS[verb] ?? {};
  const errors: DomainError[] = invalid.map((field) => ({ code: 'INPUT.INVALID' as const, field }));
  for (const [field, fieldCheck] of Object.entries(checks)) {
    if (invalid.includes(field) || !Object.hasOwn(values, field)) continue;
    const error = fieldCheck(values[field] ?? null, field);
    if (error) errors.push(error);
  }
  return errors;
}

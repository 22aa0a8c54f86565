import type { DomainError } from '../domain/errors';
import {
  type Decision,
  FOLLOW_UP_STATES,
  type Initiative,
  LIGHTS,
  type Light,
  type LightField,
  type Locale,
  type ReportFields,
  type Round,
  type StatusReport,
} from '../domain/model';
import { SDGS, sdgName } from '../domain/reference';
import { isLight, lightTolerances, suggestCostLight, suggestScheduleLight, worstLight } from '../domain/traffic-lights';
import { describeError, type Messages, messagesFor } from '../i18n';
import { formatDate, formatInstant, formatInstantLong, formatNok, formatNumber } from '../i18n/format';
import { periodLabel } from './cycle-views';

/** The names of the form's inputs: the same in the Teams card and the Slack modal. */
export const FORM_FIELDS = [
  'overall',
  'overallOverrideReason',
  'result',
  'schedule',
  'scheduleOverrideReason',
  'cost',
  'costOverrideReason',
  'forecastCompletionDate',
  'forecastCostNok',
  'progress',
  'deviations',
  'correctiveActions',
  'followUpState',
  'followUpComment',
  'sdgs',
  'asksSkateAttention',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** The report form as a channel renders it: localised labels, current values as strings, errors by field. */
export interface ReportFormView {
  kind: 'report-form';
  locale: Locale;
  title: string;
  intro: string;
  roundId: string;
  initiativeId: string;
  /** The report version the form shows: a submission from an older form is refused as stale. */
  baseVersion: number;
  labels: Record<FormField, string> & { agreed: string; decision: string; save: string; submit: string };
  values: Record<FormField, string>;
  lightChoices: { title: string; value: string }[];
  followUpChoices: { title: string; value: string }[];
  sdgChoices: { title: string; value: string }[];
  /** Skate's decision to follow up, shown read-only. */
  decision: { date: string; text: string } | null;
  /**
   * Under each light, the rule it is held to, computed from the values shown: the schedule and cost
   * lights the forecast suggests, with the initiative's tolerances; the overall light's ceiling.
   */
  hints: { overall: string; schedule: string; cost: string };
  agreed: string;
  /** One localised message per field in error; `form` for errors that belong to no field. */
  errors: Partial<Record<FormField | 'form', string>>;
  /** A line above the form: the draft was saved, or what to fix. */
  notice: string | null;
}

/** The owner's answers decoded: report fields, and the inputs whose value the form never offers. */
export interface DecodedForm {
  fields: ReportFields;
  /** E.g. a light «blue»: refused like a validation error, never stored as a blank light. */
  errors: DomainError[];
}

/** A light the owner has not chosen yet: a draft may hold it, a submission may not (see ReportFields). */
const NO_LIGHT = '' as Light;
/** How much of an unrecognised value an error message repeats: enough to recognise it. */
const SHOWN_VALUE_LENGTH = 40;

/**
 * The owner's answers as the form carries them (strings), turned into report
 * fields. An empty light is left unchosen for the domain to judge (a draft may
 * leave it); a value that is no light at all is an error, not a blank.
 */
export function formValuesToFields(
  values: Partial<Record<FormField, unknown>>,
  decision: Decision | null,
): DecodedForm {
  const errors: DomainError[] = [];
  // Clients differ in what they send: Teams sends every input as a string, others numbers and booleans.
  const text = (f: FormField) => {
    const v = values[f];
    return typeof v === 'string' ? v.trim() : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
  };
  const light = (f: LightField): Light => {
    const raw = values[f];
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return NO_LIGHT;
    const value = typeof raw === 'string' ? raw.trim() : raw;
    if (isLight(value)) return value;
    const shown = typeof raw === 'string' ? raw.trim() : JSON.stringify(raw);
    errors.push({ code: 'REPORT.INVALID_LIGHT', field: f, params: { value: shown.slice(0, SHOWN_VALUE_LENGTH) } });
    return NO_LIGHT;
  };
  const cost = text('forecastCostNok')
    .replace(/[\s\u00a0]/g, '')
    .replace(',', '.');
  const followUpState = text('followUpState');
  const fields: ReportFields = {
    overall: light('overall'),
    result: light('result'),
    schedule: light('schedule'),
    cost: light('cost'),
    overallOverrideReason: text('overallOverrideReason') || null,
    scheduleOverrideReason: text('scheduleOverrideReason') || null,
    costOverrideReason: text('costOverrideReason') || null,
    forecastCompletionDate: text('forecastCompletionDate'),
    forecastCostNok: cost === '' ? Number.NaN : Number(cost),
    progress: text('progress'),
    deviations: text('deviations'),
    correctiveActions: text('correctiveActions'),
    decisionFollowUp: decision
      ? {
          decisionId: decision.id,
          state: (FOLLOW_UP_STATES as readonly string[]).includes(followUpState)
            ? (followUpState as 'followed' | 'partly' | 'not')
            : ('' as 'followed'),
          comment: text('followUpComment'),
        }
      : null,
    sdgs: text('sdgs')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .map(Number),
    asksSkateAttention: text('asksSkateAttention') === 'true',
  };
  return { fields, errors };
}

function fieldsToValues(f: ReportFields): Record<FormField, string> {
  return {
    overall: f.overall,
    overallOverrideReason: f.overallOverrideReason ?? '',
    result: f.result,
    schedule: f.schedule,
    scheduleOverrideReason: f.scheduleOverrideReason ?? '',
    cost: f.cost,
    costOverrideReason: f.costOverrideReason ?? '',
    forecastCompletionDate: f.forecastCompletionDate,
    forecastCostNok: Number.isFinite(f.forecastCostNok) ? String(f.forecastCostNok) : '',
    progress: f.progress,
    deviations: f.deviations,
    correctiveActions: f.correctiveActions,
    followUpState: f.decisionFollowUp?.state ?? '',
    followUpComment: f.decisionFollowUp?.comment ?? '',
    sdgs: f.sdgs.join(','),
    asksSkateAttention: f.asksSkateAttention ? 'true' : 'false',
  };
}

/** Maps a validation error's field to the form input it belongs to. */
function formFieldOf(field: string | undefined): FormField | 'form' {
  if (field === 'decisionFollowUp' || field === 'decisionFollowUp.state') return 'followUpState';
  if (field === 'decisionFollowUp.comment') return 'followUpComment';
  return (FORM_FIELDS as readonly string[]).includes(field ?? '') ? (field as FormField) : 'form';
}

export interface ReportFormContext {
  round: Round;
  initiative: Initiative;
  fields: ReportFields;
  baseVersion: number;
  decision: Decision | null;
  errors: DomainError[];
  locale: Locale;
}

/**
 * Builds the form, pre-filled with `fields` (the draft, last quarter's report,
 * or what the owner just sent): the hints are computed from these same fields,
 * so a re-shown form suggests from the forecast the owner entered.
 */
export function reportFormView(c: ReportFormContext): ReportFormView {
  const { locale } = c;
  const t = messagesFor(locale);
  const f = t.cli.report;
  const period = periodLabel(c.round.id, locale);
  const errors: ReportFormView['errors'] = {};
  for (const e of c.errors) {
    const key = formFieldOf(e.field);
    errors[key] ??= describeError(e, locale);
  }
  return {
    kind: 'report-form',
    locale,
    title: t.cycle.reportRequest.title(c.initiative.id, period),
    intro: t.cycle.reportRequest.intro(c.initiative.title, period, formatInstantLong(c.round.deadline, locale)),
    roundId: c.round.id,
    initiativeId: c.initiative.id,
    baseVersion: c.baseVersion,
    labels: {
      overall: t.lightDimensions.overall,
      // Each reason names its light: a screen reader lists inputs by label, and three alike are one too many.
      overallOverrideReason: t.form.reasons.overall,
      result: t.lightDimensions.result,
      schedule: t.lightDimensions.schedule,
      scheduleOverrideReason: t.form.reasons.schedule,
      cost: t.lightDimensions.cost,
      costOverrideReason: t.form.reasons.cost,
      forecastCompletionDate: f.forecastDate,
      forecastCostNok: f.forecastCost,
      progress: f.progress,
      deviations: f.deviations,
      correctiveActions: f.correctiveActions,
      followUpState: f.decision,
      followUpComment: t.form.followUpComment,
      sdgs: f.sdgs,
      asksSkateAttention: f.attention,
      agreed: t.form.agreed,
      decision: t.form.decision,
      save: t.form.save,
      submit: t.form.submit,
    },
    values: fieldsToValues(c.fields),
    lightChoices: LIGHTS.map((l) => ({ title: t.lights[l], value: l })),
    followUpChoices: FOLLOW_UP_STATES.map((s) => ({ title: t.followUp[s], value: s })),
    sdgChoices: SDGS.map((s) => ({ title: `${s.number} ${sdgName(s.number, locale)}`, value: String(s.number) })),
    decision: c.decision ? { date: formatDate(c.decision.decidedOn, locale), text: c.decision.text } : null,
    hints: lightHints(c.initiative, c.fields, t, locale),
    agreed: f.agreed(
      formatDate(c.initiative.agreedCompletionDate, locale),
      formatNok(c.initiative.agreedCostNok, locale),
    ),
    errors,
    notice: c.errors.length > 0 ? t.form.fixErrors : null,
  };
}

/** The light `suggest` gives, or null when the owner's forecast is not a date or a number (yet). */
function suggestionOrNull(suggest: () => Light): Light | null {
  try {
    return suggest();
  } catch {
    return null;
  }
}

/** The rule under each light, with the suggestion the entered forecast gives (see {@link ReportFormView.hints}). */
function lightHints(
  initiative: Initiative,
  fields: ReportFields,
  t: Messages,
  locale: Locale,
): ReportFormView['hints'] {
  const { days, percent } = lightTolerances(initiative);
  // Each on its own: a cost typed in words must not hide the schedule's suggestion.
  const schedule = suggestionOrNull(() =>
    suggestScheduleLight(initiative.agreedCompletionDate, fields.forecastCompletionDate, days),
  );
  const cost = suggestionOrNull(() => suggestCostLight(initiative.agreedCostNok, fields.forecastCostNok, percent));
  const withSuggestion = (light: Light | null, rule: string) =>
    light ? `${t.form.suggestion(t.lights[light])} ${rule}` : rule;
  const dimensions = [fields.result, fields.schedule, fields.cost];
  const worst = dimensions.every(isLight) ? worstLight(dimensions) : null;
  return {
    overall: worst ? `${t.form.overallRule} ${t.form.worstNow(t.lights[worst])}` : t.form.overallRule,
    schedule: withSuggestion(schedule, t.form.scheduleRule(days)),
    cost: withSuggestion(cost, t.form.costRule(formatNumber(percent, locale))),
  };
}

/** A light's name; a dash for a light that was never chosen, so no card shows a blank or a raw value. */
function lightName(t: Messages, light: unknown): string {
  return isLight(light) ? t.lights[light] : t.none;
}

/** The receipt a submitted form turns into: what was sent, and an Edit button until the round locks. */
export interface ReceiptView {
  kind: 'report-receipt';
  locale: Locale;
  title: string;
  text: string;
  facts: { label: string; value: string }[];
  roundId: string;
  initiativeId: string;
  version: number;
  editLabel: string | null;
}

export function receiptView(
  round: Round,
  initiative: Initiative,
  report: StatusReport,
  locale: Locale,
  editable: boolean,
): ReceiptView {
  const t = messagesFor(locale);
  const f = report.fields;
  const r = t.cli.report;
  return {
    kind: 'report-receipt',
    locale,
    title: t.form.receiptTitle(initiative.id, periodLabel(round.id, locale)),
    text: t.form.receiptText(formatInstant(report.submittedAt ?? report.updatedAt, locale), report.version),
    facts: [
      { label: t.lightDimensions.overall, value: lightName(t, f.overall) },
      { label: t.lightDimensions.result, value: lightName(t, f.result) },
      { label: t.lightDimensions.schedule, value: lightName(t, f.schedule) },
      { label: t.lightDimensions.cost, value: lightName(t, f.cost) },
      { label: r.forecastDate, value: formatDate(f.forecastCompletionDate, locale) },
      { label: r.forecastCost, value: formatNok(f.forecastCostNok, locale) },
    ],
    roundId: round.id,
    initiativeId: initiative.id,
    version: report.version,
    editLabel: editable ? t.form.edit : null,
  };
}

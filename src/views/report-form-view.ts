import type { DomainError } from '../domain/errors';
import {
  type Decision,
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
import { TEXT_LIMITS } from '../domain/report-validation';
import { cleanText } from '../domain/text';
import { isLight, lightTolerances, suggestCostLight, suggestScheduleLight, worstLight } from '../domain/traffic-lights';
import { describeError, type Messages, messagesFor } from '../i18n';
import { formatDate, formatInstant, formatInstantLong, formatNok, formatNumber } from '../i18n/format';
import { periodLabel } from './cycle-views';
import {
  type Form,
  type FormInput,
  type FormKinds,
  type FormSection,
  type FormValues,
  formInputs,
  type InputKind,
  read,
} from './form';
import { decodeFollowUps, FOLLOW_UP_KINDS, followUpInputOf, followUpSections } from './report-follow-up';

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

/**
 * The report form as every channel renders it: the identity of the form, the read-only lines
 * above it, and the neutral `Form` (sections of typed inputs, each with its label, value, hint
 * and error; the save and submit buttons). Teams renders it as an Adaptive Card, Slack as a modal.
 */
export interface ReportFormView {
  kind: 'report-form';
  locale: Locale;
  title: string;
  intro: string;
  roundId: string;
  initiativeId: string;
  /** The report version the form shows: a submission from an older form is refused as stale. */
  baseVersion: number;
  form: Form;
  /** A line above the form: the draft was saved, or what to fix. */
  notice: string | null;
  /** An error that belongs to no input. */
  formError: string | null;
}

/** The kind of each input of the report form: what a channel needs to decode what the owner sent. */
export const REPORT_FORM_KINDS: FormKinds = {
  overall: 'choice',
  overallOverrideReason: 'short-text',
  result: 'choice',
  schedule: 'choice',
  scheduleOverrideReason: 'short-text',
  cost: 'choice',
  costOverrideReason: 'short-text',
  forecastCompletionDate: 'date',
  forecastCostNok: 'number',
  progress: 'long-text',
  deviations: 'long-text',
  correctiveActions: 'long-text',
  followUpState: 'choice',
  followUpComment: 'long-text',
  sdgs: 'multi-choice',
  asksSkateAttention: 'toggle',
  // One state and comment per open decision: `followUpState.1`, `followUpComment.1`, …
  ...FOLLOW_UP_KINDS,
} satisfies Record<FormField, InputKind>;

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
export function formValuesToFields(values: FormValues, decisions: readonly Decision[]): DecodedForm {
  const errors: DomainError[] = [];
  // Text reaches the Word, HTML and Markdown papers: characters no document may hold are dropped here.
  const text = (f: FormField) => cleanText(read.text(values, f));
  const light = (f: LightField): Light => {
    const raw = values[f];
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return NO_LIGHT;
    const value = typeof raw === 'string' ? raw.trim() : raw;
    if (isLight(value)) return value;
    const shown = typeof raw === 'string' ? raw.trim() : JSON.stringify(raw);
    errors.push({ code: 'REPORT.INVALID_LIGHT', field: f, params: { value: shown.slice(0, SHOWN_VALUE_LENGTH) } });
    return NO_LIGHT;
  };
  const cost = read.number(values, 'forecastCostNok');
  const fields: ReportFields = {
    overall: light('overall'),
    result: light('result'),
    schedule: light('schedule'),
    cost: light('cost'),
    overallOverrideReason: text('overallOverrideReason') || null,
    scheduleOverrideReason: text('scheduleOverrideReason') || null,
    costOverrideReason: text('costOverrideReason') || null,
    forecastCompletionDate: read.choice(values, 'forecastCompletionDate') ?? '',
    forecastCostNok: cost ?? Number.NaN,
    progress: text('progress'),
    deviations: text('deviations'),
    correctiveActions: text('correctiveActions'),
    decisionFollowUp: decodeFollowUps(values, decisions, errors),
    sdgs: read.many(values, 'sdgs').map((s) => Number(s.trim())),
    asksSkateAttention: read.toggle(values, 'asksSkateAttention'),
  };
  return { fields, errors };
}

/** Maps a validation error's field to the form input it belongs to. */
function formFieldOf(field: string | undefined, decisions: readonly Decision[]): string {
  const followUp = followUpInputOf(field, decisions);
  if (followUp !== null) return followUp;
  // The action's schema names the inputs themselves (`followUpState.2`).
  if (/^followUp(State|Comment)\.\d+$/.test(field ?? '')) return field as string;
  return (FORM_FIELDS as readonly string[]).includes(field ?? '') ? (field as FormField) : 'form';
}

export interface ReportFormContext {
  round: Round;
  initiative: Initiative;
  fields: ReportFields;
  baseVersion: number;
  /** Every open decision to follow up, oldest first (see `followUpSections`). */
  decisions: readonly Decision[];
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
  const errors: Partial<Record<string, string>> = {};
  for (const e of c.errors) {
    const key = formFieldOf(e.field, c.decisions);
    errors[key] ??= describeError(e, locale);
  }
  const hints = lightHints(c.initiative, c.fields, t, locale);
  const v = c.fields;
  const base = (name: FormField, label: string, hint: string | null = null, required = false) => ({
    name,
    label,
    hint: hint === '' ? null : hint,
    error: errors[name] ?? null,
    required,
  });
  const lights = LIGHTS.map((l) => ({ title: t.lights[l], value: l }));
  const light = (name: LightField, hint: string | null = null): FormInput => ({
    ...base(name, t.lightDimensions[name], hint, true),
    kind: 'choice',
    value: isLight(v[name]) ? v[name] : null,
    choices: lights,
    style: 'compact',
  });
  const reason = (name: FormField, label: string, value: string | null): FormInput => ({
    ...base(name, label),
    kind: 'short-text',
    value: value ?? '',
    maxLength: TEXT_LIMITS.overrideReason,
  });
  const long = (name: FormField, label: string, value: string, maxLength: number): FormInput => ({
    ...base(name, label),
    kind: 'long-text',
    value,
    maxLength,
  });
  const sections: FormSection[] = [
    {
      id: 'lights',
      title: null,
      lines: [],
      inputs: [
        light('overall', hints.overall),
        // Each reason names its light: a screen reader lists inputs by label, and three alike are one too many.
        reason('overallOverrideReason', t.form.reasons.overall, v.overallOverrideReason),
        light('result'),
        light('schedule', hints.schedule),
        reason('scheduleOverrideReason', t.form.reasons.schedule, v.scheduleOverrideReason),
        light('cost', hints.cost),
        reason('costOverrideReason', t.form.reasons.cost, v.costOverrideReason),
      ],
    },
    {
      id: 'forecast',
      title: null,
      lines: [
        f.agreed(formatDate(c.initiative.agreedCompletionDate, locale), formatNok(c.initiative.agreedCostNok, locale)),
      ],
      inputs: [
        {
          ...base('forecastCompletionDate', f.forecastDate),
          kind: 'date',
          value: v.forecastCompletionDate === '' ? null : v.forecastCompletionDate,
          min: null,
          max: null,
        },
        {
          ...base('forecastCostNok', f.forecastCost),
          kind: 'number',
          value: Number.isFinite(v.forecastCostNok) ? v.forecastCostNok : null,
          min: 0,
          max: null,
        },
        long('progress', f.progress, v.progress, TEXT_LIMITS.progress),
        long('deviations', f.deviations, v.deviations, TEXT_LIMITS.deviations),
        long('correctiveActions', f.correctiveActions, v.correctiveActions, TEXT_LIMITS.correctiveActions),
      ],
    },
  ];
  sections.push(...followUpSections(c.decisions, v.decisionFollowUp, locale, (name) => errors[name] ?? null));
  sections.push({
    id: 'more',
    title: null,
    lines: [],
    inputs: [
      {
        ...base('sdgs', f.sdgs),
        kind: 'multi-choice',
        value: v.sdgs.map(String),
        choices: SDGS.map((s) => ({ title: `${s.number} ${sdgName(s.number, locale)}`, value: String(s.number) })),
      },
      { ...base('asksSkateAttention', f.attention), kind: 'toggle', value: v.asksSkateAttention, title: f.attention },
    ],
  });
  return {
    kind: 'report-form',
    locale,
    title: t.cycle.reportRequest.title(c.initiative.id, period),
    intro: t.cycle.reportRequest.intro(c.initiative.title, period, formatInstantLong(c.round.deadline, locale)),
    roundId: c.round.id,
    initiativeId: c.initiative.id,
    baseVersion: c.baseVersion,
    form: {
      sections,
      buttons: [
        { action: 'report.save', label: t.form.save, primary: false },
        { action: 'report.submit', label: t.form.submit, primary: true },
      ],
    },
    notice: c.errors.length > 0 ? t.form.fixErrors : null,
    formError: errors.form ?? null,
  };
}

/** The input of a form by name; null when the form has none of that name. */
export function inputNamed(view: ReportFormView, name: FormField): FormInput | null {
  return formInputs(view.form).find((i) => i.name === name) ?? null;
}

/**
 * The form with the text the owner typed put back into its text inputs (a re-shown form keeps
 * what they wrote next to its error). Lights and other choices keep their decoded values.
 */
export function withTypedText(view: ReportFormView, values: FormValues): ReportFormView {
  const sections = view.form.sections.map((s) => ({
    ...s,
    inputs: s.inputs.map((i): FormInput => {
      const typed = values[i.name];
      return (i.kind === 'short-text' || i.kind === 'long-text') && typeof typed === 'string'
        ? { ...i, value: typed }
        : i;
    }),
  }));
  return { ...view, form: { ...view.form, sections } };
}

/** The light `suggest` gives, or null when the owner's forecast is not a date or a number (yet). */
function suggestionOrNull(suggest: () => Light): Light | null {
  try {
    return suggest();
  } catch {
    return null;
  }
}

/**
 * Under each light, the rule it is held to, computed from the values shown: the schedule and cost
 * lights the forecast suggests, with the initiative's tolerances; the overall light's ceiling.
 */
function lightHints(
  initiative: Initiative,
  fields: ReportFields,
  t: Messages,
  locale: Locale,
): { overall: string; schedule: string; cost: string } {
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

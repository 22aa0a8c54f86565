import { authorise } from '../../domain/authorisation';
import { todayInOslo } from '../../domain/calendar';
import { type DomainError, DomainFailure } from '../../domain/errors';
import { LIGHT_FIELDS, type Locale, type Person, type Quarter, type ReportFields } from '../../domain/model';
import { prefillReport } from '../../domain/report-prefill';
import { acceptsReports } from '../../domain/round-state';
import { messagesFor } from '../../i18n';
import { formatInstant } from '../../i18n/format';
import {
  type FormField,
  formValuesToFields,
  type ReceiptView,
  type ReportFormView,
  receiptView,
  reportFormView,
} from '../../views/report-form-view';
import type { AppContext } from '../app-context';
import type { RequestRef } from '../idempotent';
import { saveReport } from './save-report';

export type FormScreen = { kind: 'form'; view: ReportFormView } | { kind: 'receipt'; view: ReceiptView };

/**
 * The report form for an owner: their draft or submitted report if there is
 * one (a submitted report shows as a receipt unless `edit`), otherwise
 * pre-filled from last quarter with Skate's open decision to follow up.
 * With `shown`, the form shows those fields instead (what the owner sent, re-shown with its errors).
 */
export function openReportForm(
  app: AppContext,
  input: { roundId: Quarter; initiativeId: string; edit?: boolean; errors?: DomainError[]; shown?: ReportFields },
  person: Person,
  now: Date,
): FormScreen | { kind: 'refused'; error: DomainError } {
  return app.uow.read((repos) => {
    const initiative = repos.initiatives.get(input.initiativeId);
    if (!initiative) throw DomainFailure.of('INITIATIVE.NOT_FOUND', { initiative: input.initiativeId });
    const round = repos.rounds.get(input.roundId);
    if (!round) throw DomainFailure.of('ROUND.NOT_FOUND', { round: input.roundId });
    const refusal = authorise({ kind: 'report', initiative, today: todayInOslo(now) }, person);
    if (refusal) return { kind: 'refused', error: refusal };
    const current = repos.reports.get(initiative.id, round.id);
    const locked = acceptsReports(round, now) !== null;
    const locale: Locale = person.locale;
    if (current?.state === 'submitted' && (!input.edit || locked)) {
      return { kind: 'receipt', view: receiptView(round, initiative, current, locale, !locked) };
    }
    if (locked) return { kind: 'refused', error: acceptsReports(round, now) as DomainError };
    const decision = repos.decisions.findOpenFor(initiative.id);
    const fields =
      input.shown ??
      current?.fields ??
      prefillReport(initiative, repos.reports.latestSubmittedBefore(initiative.id, round.id), decision);
    return {
      kind: 'form',
      view: reportFormView({
        round,
        initiative,
        fields,
        baseVersion: current?.version ?? 0,
        decision,
        errors: input.errors ?? [],
        locale,
      }),
    };
  });
}

export interface FormSubmission {
  roundId: Quarter;
  initiativeId: string;
  baseVersion: number;
  values: Partial<Record<FormField, unknown>>;
  submit: boolean;
  /** The platform and its id for this delivery; see SaveReportInput. */
  idempotencyKey?: RequestRef | null;
}

/**
 * Saves or submits what the owner entered. Success turns the card into a
 * receipt (or a form saying the draft is saved); errors come back on the same
 * form, next to their fields, with what the owner typed and the suggestions
 * its forecast gives; a stale form is refreshed with the newer report instead
 * of overwriting it. A value the form never offers (a light «blue») is refused
 * with the other errors, never saved blank.
 */
export function submitReportForm(
  app: AppContext,
  input: FormSubmission,
  person: Person,
  now: Date,
): FormScreen | { kind: 'refused'; error: DomainError } {
  const decision = app.uow.read((repos) => repos.decisions.findOpenFor(input.initiativeId));
  const { fields, errors: inputErrors } = formValuesToFields(input.values, decision);
  const outcome = saveReport(
    app,
    {
      initiativeId: input.initiativeId,
      roundId: input.roundId,
      fields,
      inputErrors,
      submit: input.submit,
      baseVersion: input.baseVersion,
      idempotencyKey: input.idempotencyKey ?? null,
    },
    person,
    now,
  );
  if (outcome.ok) {
    if (outcome.report.state === 'submitted') {
      return openReportForm(app, { roundId: input.roundId, initiativeId: input.initiativeId }, person, now);
    }
    const screen = openReportForm(app, { roundId: input.roundId, initiativeId: input.initiativeId }, person, now);
    if (screen.kind === 'form') {
      screen.view.notice = messagesFor(person.locale).form.draftSaved(
        formatInstant(outcome.report.updatedAt, person.locale),
      );
    }
    return screen;
  }
  const stale = outcome.errors.some((e) => e.code === 'REPORT.STALE_VERSION');
  const blocking = outcome.errors.find(
    (e) => e.code.startsWith('AUTH.') || e.code === 'REPORT.ROUND_LOCKED' || e.code === 'REPORT.NOT_ACCEPTED',
  );
  if (blocking) return { kind: 'refused', error: blocking };
  // A stale form is refreshed with the stored report; otherwise the form shows what the owner sent, so
  // the errors and the suggested lights refer to it, not to the stored draft.
  const screen = openReportForm(
    app,
    {
      roundId: input.roundId,
      initiativeId: input.initiativeId,
      edit: true,
      errors: outcome.errors,
      ...(stale ? {} : { shown: fields }),
    },
    person,
    now,
  );
  if (screen.kind === 'form' && !stale) {
    // Keep the text as typed (e.g. «1 500 kroner», which decodes to no number) next to its error.
    screen.view.values = { ...screen.view.values, ...typedText(input.values) };
    screen.view.baseVersion = input.baseVersion;
  }
  return screen;
}

/** The text inputs as typed. Lights are left to the decoded fields: a light the form never offers shows unchosen. */
function typedText(values: Partial<Record<FormField, unknown>>): Partial<Record<FormField, string>> {
  const out: Partial<Record<FormField, string>> = {};
  for (const [k, v] of Object.entries(values)) {
    if (typeof v === 'string' && !(LIGHT_FIELDS as readonly string[]).includes(k)) out[k as FormField] = v;
  }
  return out;
}

import { authorise } from '../../domain/authorisation';
import { todayInOslo } from '../../domain/calendar';
import { type DomainError, DomainFailure } from '../../domain/errors';
import type { Decision, Locale, Person, Quarter, ReportFields } from '../../domain/model';
import { prefillReport } from '../../domain/report-prefill';
import { acceptsReports } from '../../domain/round-state';
import { messagesFor } from '../../i18n';
import { formatInstant } from '../../i18n/format';
import type { FormValues } from '../../views/form';
import {
  formValuesToFields,
  type ReceiptView,
  type ReportFormView,
  receiptView,
  reportFormView,
  withTypedText,
} from '../../views/report-form-view';
import type { AppContext } from '../app-context';
import type { RequestRef } from '../idempotent';
import { decisionsToAnswer } from './decisions-to-answer';
import { saveReport } from './save-report';

export type FormScreen = { kind: 'form'; view: ReportFormView } | { kind: 'receipt'; view: ReceiptView };

/**
 * A saved draft's fields with a follow-up part for every decision to answer: one recorded since
 * the draft was saved is added unanswered, so the form always asks about every open decision.
 */
function withEveryDecision(fields: ReportFields | undefined, decisions: readonly Decision[]): ReportFields | undefined {
  if (!fields) return undefined;
  const followUp = decisions.map(
    (d) =>
      fields.decisionFollowUp.find((a) => a.decisionId === d.id) ?? {
        decisionId: d.id,
        state: '' as const,
        comment: '',
      },
  );
  return { ...fields, decisionFollowUp: followUp };
}

/**
 * The report form for an owner: their draft or submitted report if there is
 * one (a submitted report shows as a receipt unless `edit`), otherwise
 * pre-filled from last quarter with every open Skate decision to follow up, none answered.
 * With `shown`, the form shows those fields instead (what the owner sent, re-shown with its errors).
 */
export async function openReportForm(
  app: AppContext,
  input: { roundId: Quarter; initiativeId: string; edit?: boolean; errors?: DomainError[]; shown?: ReportFields },
  person: Person,
  now: Date,
): Promise<FormScreen | { kind: 'refused'; error: DomainError }> {
  return await app.uow.read(async (repos) => {
    const initiative = await repos.initiatives.get(input.initiativeId);
    if (!initiative) throw DomainFailure.of('INITIATIVE.NOT_FOUND', { initiative: input.initiativeId });
    const round = await repos.rounds.get(input.roundId);
    if (!round) throw DomainFailure.of('ROUND.NOT_FOUND', { round: input.roundId });
    const refusal = authorise({ kind: 'report', initiative, today: todayInOslo(now) }, person);
    if (refusal) return { kind: 'refused', error: refusal };
    const current = await repos.reports.get(initiative.id, round.id);
    const locked = acceptsReports(round, now) !== null;
    const locale: Locale = person.locale;
    if (current?.state === 'submitted' && (!input.edit || locked)) {
      return { kind: 'receipt', view: receiptView(round, initiative, current, locale, !locked) };
    }
    if (locked) return { kind: 'refused', error: acceptsReports(round, now) as DomainError };
    const decisions = await decisionsToAnswer(repos, initiative.id, current);
    const fields =
      input.shown ??
      withEveryDecision(current?.fields, decisions) ??
      prefillReport(initiative, await repos.reports.latestSubmittedBefore(initiative.id, round.id), decisions);
    return {
      kind: 'form',
      view: reportFormView({
        round,
        initiative,
        fields,
        baseVersion: current?.version ?? 0,
        decisions,
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
  /** What the owner entered, decoded by their channel. */
  values: FormValues;
  /** What the action's schema found wrong in `values` (wrong type, out of range): refused with the rest. */
  inputErrors?: DomainError[];
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
export async function submitReportForm(
  app: AppContext,
  input: FormSubmission,
  person: Person,
  now: Date,
): Promise<FormScreen | { kind: 'refused'; error: DomainError }> {
  // One transaction (and one commit) for the whole answer: the form's decisions, the save, and
  // the receipt or form shown after it, read back from what the save just wrote.
  return await app.uow.write(
    { actor: person.email, now },
    async () => await submitInTransaction(app, input, person, now),
  );
}

async function submitInTransaction(
  app: AppContext,
  input: FormSubmission,
  person: Person,
  now: Date,
): Promise<FormScreen | { kind: 'refused'; error: DomainError }> {
  const decisions = await app.uow.read(
    async (repos) =>
      await decisionsToAnswer(repos, input.initiativeId, await repos.reports.get(input.initiativeId, input.roundId)),
  );
  const decoded = formValuesToFields(input.values, decisions);
  const { fields } = decoded;
  const inputErrors = [...(input.inputErrors ?? []), ...decoded.errors];
  const outcome = await saveReport(
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
      return await openReportForm(app, { roundId: input.roundId, initiativeId: input.initiativeId }, person, now);
    }
    const screen = await openReportForm(app, { roundId: input.roundId, initiativeId: input.initiativeId }, person, now);
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
  const screen = await openReportForm(
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
    // Keep the text as typed next to its error, and the version the owner's form was based on.
    return { kind: 'form', view: { ...withTypedText(screen.view, input.values), baseVersion: input.baseVersion } };
  }
  return screen;
}

import { authorise } from '../../domain/authorisation';
import { todayInOslo } from '../../domain/calendar';
import { type DomainError, DomainFailure } from '../../domain/errors';
import type { Person, Quarter, ReportFields, StatusReport } from '../../domain/model';
import type { Repositories } from '../../domain/ports';
import { validateDraft, validateReport } from '../../domain/report-validation';
import { acceptsReports } from '../../domain/round-state';
import type { AppContext, AppSettings } from '../app-context';
import { initiativeGroup } from '../cycle/fan-out';
import { once, type RequestRef } from '../idempotent';
import { refreshReviewPost } from '../review/review-item';
import { applyFollowUp, decisionsToAnswer } from './decisions-to-answer';

export interface SaveReportInput {
  initiativeId: string;
  roundId: Quarter;
  fields: ReportFields;
  /**
   * What decoding the form found wrong (a value the form never offers): it refuses the save like a
   * validation error, draft or not, and is reported with the validation errors (first per field).
   */
  inputErrors?: DomainError[];
  /** true: submit the report; false: save it as a draft. */
  submit: boolean;
  /** The version the form was built from (0 for a new report): a stale form must not overwrite newer data. */
  baseVersion: number;
  /**
   * The platform and its id for this delivery (e.g. the Teams activity id): with the person, the action
   * and the payload it makes the idempotency key, so a retry is applied once.
   */
  idempotencyKey?: RequestRef | null;
}

export type SaveReportOutcome =
  | { ok: true; report: StatusReport }
  | { ok: false; errors: DomainError[]; current: StatusReport | null };

/**
 * Saves or submits an owner's report. Every save is kept as a version with its
 * author and time; the whole change is one transaction, committed before the
 * owner is told it succeeded.
 */
export async function saveReport(
  app: AppContext,
  input: SaveReportInput,
  person: Person,
  now: Date,
): Promise<SaveReportOutcome & { replayed: boolean }> {
  return await app.uow.write({ actor: person.email, now }, async (repos) => {
    const { initiativeId, roundId, fields, submit, baseVersion } = input;
    const { result, replayed } = await once(
      repos,
      {
        ref: input.idempotencyKey,
        actor: person.email,
        action: submit ? 'report.submit' : 'report.save',
        payload: { initiativeId, roundId, fields, submit, baseVersion },
      },
      now,
      async () => await apply(repos, app.settings, input, person, now),
      (r) => r.ok,
    );
    return { ...result, replayed };
  });
}

/** One error per field, the first given: the decoding error says more than "required" about the same light. */
function firstPerField(errors: DomainError[]): DomainError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = e.field ?? `\u0000${e.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function apply(
  repos: Repositories,
  settings: AppSettings,
  input: SaveReportInput,
  person: Person,
  now: Date,
): Promise<SaveReportOutcome> {
  const initiative = await repos.initiatives.get(input.initiativeId);
  if (!initiative) throw DomainFailure.of('INITIATIVE.NOT_FOUND', { initiative: input.initiativeId });
  const round = await repos.rounds.get(input.roundId);
  if (!round) throw DomainFailure.of('ROUND.NOT_FOUND', { round: input.roundId });
  const current = await repos.reports.get(initiative.id, round.id);
  const refuse = (error: DomainError): SaveReportOutcome => ({ ok: false, errors: [error], current });

  const refusal = authorise({ kind: 'report', initiative, today: todayInOslo(now) }, person);
  if (refusal) return refuse(refusal);
  if (initiative.acceptance !== 'accepted')
    return refuse({ code: 'REPORT.NOT_ACCEPTED', params: { initiative: initiative.id } });
  const closed = acceptsReports(round, now);
  if (closed) return refuse(closed);
  if ((current?.version ?? 0) !== input.baseVersion) return refuse({ code: 'REPORT.STALE_VERSION' });

  // Once submitted, a report stays submitted (a later draft save would hide it from AU), so every
  // edit of a submitted report is checked as a submission.
  const submitting = input.submit || current?.state === 'submitted';
  const validation = submitting
    ? validateReport(input.fields, {
        initiative,
        round,
        openDecisions: await decisionsToAnswer(repos, initiative.id, current),
      })
    : validateDraft(input.fields);
  const errors = firstPerField([...(input.inputErrors ?? []), ...validation]);
  if (errors.length > 0) return { ok: false, errors, current };

  const at = now.toISOString();
  const report: StatusReport = {
    initiativeId: initiative.id,
    roundId: round.id,
    state: submitting ? 'submitted' : 'draft',
    version: (current?.version ?? 0) + 1,
    fields: input.fields,
    updatedBy: person.email,
    updatedAt: at,
    submittedAt: input.submit ? at : (current?.submittedAt ?? null),
  };
  await repos.reports.save(report);
  if (report.state === 'submitted') {
    // A decision stays open until its follow-up says it is done.
    await applyFollowUp(repos, report);
    // The report is in: reminders not yet sent are pointless now.
    await repos.outbox.cancelGroup(initiativeGroup(round.id, initiative.id), now);
    if (round.state === 'in-review')
      await refreshReviewPost(repos, settings, round, initiative, `version:${report.version}`, now);
  }
  return { ok: true, report };
}

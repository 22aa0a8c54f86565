/**
 * Validation of the quarterly status report (SPEC step 4, seed 004 4.4 and 5.1).
 *
 * Two levels: a draft may be incomplete but must never hold malformed values
 * (types, lengths, ranges); a submission must also be complete and consistent
 * with the initiative, the round and Skate's open decision.
 */
import { isIsoDate, isQuarter, quarterStart } from './calendar';
import type { DomainError, ErrorCode, ErrorParams } from './errors';
import {
  type Decision,
  type DecisionFollowUp,
  FOLLOW_UP_STATES,
  type Initiative,
  LIGHT_FIELDS,
  type ReportFields,
  type Round,
} from './model';
import {
  isLight,
  isOverride,
  isSignificantDeviation,
  overallGreenerThanDimensions,
  suggestCostLight,
  suggestScheduleLight,
} from './traffic-lights';

/** Maximum lengths, in characters (Unicode code points), of the free-text fields. */
export const TEXT_LIMITS = {
  progress: 2000,
  deviations: 2000,
  correctiveActions: 2000,
  followUpComment: 1000,
  overrideReason: 500,
} as const;

/** What a submission is checked against. */
export interface ReportValidationContext {
  initiative: Initiative;
  round: Round;
  /** Skate's decisions on the initiative that still await follow-up, oldest first: each must be answered. */
  openDecisions: readonly Decision[];
}

// Errors are listed in the order the fields appear on the form, so a channel can show them top to bottom.
const FIELD_ORDER = [
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
  'decisionFollowUp',
  'decisionFollowUp.state',
  'decisionFollowUp.comment',
  'sdgs',
  'asksSkateAttention',
];

const SDG_MIN = 1;
const SDG_MAX = 17;

/** Collects at most one error per field: the first rule that fails is the one the owner needs to fix. */
class Findings {
  private readonly byField = new Map<string, DomainError>();

  add(code: ErrorCode, field: string, params?: ErrorParams): void {
    if (this.byField.has(field)) return;
    const error: DomainError = { code, field };
    if (params) error.params = params;
    this.byField.set(field, error);
  }

  has(field: string): boolean {
    return this.byField.has(field);
  }

  list(): DomainError[] {
    const rank = (e: DomainError): number => {
      const i = FIELD_ORDER.indexOf(rankedField(e.field ?? ''));
      return i < 0 ? FIELD_ORDER.length : i;
    };
    return [...this.byField.values()].sort((a, b) => rank(a) - rank(b));
  }
}

/**
 * The field of a follow-up error names its decision, `decisionFollowUp.<id>.state`; it ranks
 * as `decisionFollowUp.state` (the sort is stable, so decisions keep their order).
 */
function rankedField(field: string): string {
  const m = /^decisionFollowUp\.(.+)\.(state|comment)$/.exec(field);
  return m ? `decisionFollowUp.${m[2]}` : field;
}

/** The form field of one decision's follow-up answer: `decisionFollowUp.<decision id>.state` or `.comment`. */
export function followUpField(decisionId: string, part: 'state' | 'comment'): string {
  return `decisionFollowUp.${decisionId}.${part}`;
}

// Code points rather than UTF-16 units, so an emoji counts as the one character the user sees.
function textLength(text: string): number {
  return Array.from(text).length;
}

function isBlank(text: string | null | undefined): boolean {
  return text == null || text.trim() === '';
}

function checkLength(findings: Findings, field: string, text: string | null | undefined, max: number): void {
  if (typeof text === 'string' && textLength(text) > max) findings.add('REPORT.TOO_LONG', field, { max });
}

/** Types, lengths and ranges: the rules a draft must already satisfy. */
function checkShape(fields: Partial<ReportFields>, findings: Findings): void {
  for (const field of LIGHT_FIELDS) {
    const light: unknown = fields[field];
    // '' is "not chosen yet", which only a submission rejects; anything else must be a light, never stored blank.
    if (light !== undefined && light !== '' && !isLight(light)) {
      findings.add('REPORT.INVALID_LIGHT', field, { value: String(light) });
    }
  }

  const date = fields.forecastCompletionDate;
  // An empty date is "not filled in yet", which only a submission rejects.
  if (date !== undefined && date !== '' && (typeof date !== 'string' || !isIsoDate(date))) {
    findings.add('REPORT.INVALID_DATE', 'forecastCompletionDate');
  }

  const cost = fields.forecastCostNok;
  if (cost !== undefined) {
    if (typeof cost !== 'number' || !Number.isFinite(cost)) findings.add('REPORT.INVALID_NUMBER', 'forecastCostNok');
    else if (cost < 0) findings.add('REPORT.NEGATIVE_COST', 'forecastCostNok');
  }

  checkLength(findings, 'progress', fields.progress, TEXT_LIMITS.progress);
  checkLength(findings, 'deviations', fields.deviations, TEXT_LIMITS.deviations);
  checkLength(findings, 'correctiveActions', fields.correctiveActions, TEXT_LIMITS.correctiveActions);
  checkLength(findings, 'overallOverrideReason', fields.overallOverrideReason, TEXT_LIMITS.overrideReason);
  checkLength(findings, 'scheduleOverrideReason', fields.scheduleOverrideReason, TEXT_LIMITS.overrideReason);
  checkLength(findings, 'costOverrideReason', fields.costOverrideReason, TEXT_LIMITS.overrideReason);
  const followUps: unknown = fields.decisionFollowUp;
  if (Array.isArray(followUps)) {
    for (const f of followUps as DecisionFollowUp[]) {
      checkLength(findings, followUpField(f.decisionId, 'comment'), f.comment, TEXT_LIMITS.followUpComment);
    }
  }

  if (fields.sdgs !== undefined) {
    const sdgs: unknown = fields.sdgs;
    if (!Array.isArray(sdgs)) {
      findings.add('REPORT.INVALID_SDG', 'sdgs');
    } else {
      const seen = new Set<unknown>();
      for (const sdg of sdgs) {
        const inRange = typeof sdg === 'number' && Number.isInteger(sdg) && sdg >= SDG_MIN && sdg <= SDG_MAX;
        if (!inRange || seen.has(sdg)) {
          findings.add('REPORT.INVALID_SDG', 'sdgs', { value: String(sdg) });
          break;
        }
        seen.add(sdg);
      }
    }
  }
}

/**
 * Checks a draft: values that are present must be well-formed, but nothing is
 * required and nothing is checked against the round or open decision, so the
 * owner can save half-done work (including a stale forecast pre-filled from
 * last quarter). Returns an empty list when the draft may be saved.
 */
export function validateDraft(fields: Partial<ReportFields>): DomainError[] {
  const findings = new Findings();
  checkShape(fields, findings);
  return findings.list();
}

/**
 * Checks a report for submission: everything {@link validateDraft} checks, plus
 * - the four lights (overall, result, schedule, cost) are required;
 * - progress and the forecast date are required;
 * - the forecast date is not before the first day of the round's quarter;
 * - a red result, schedule or cost light (a significant deviation, 4.4), or a red overall light (SPEC step 4),
 *   requires corrective actions;
 * - every open Skate decision requires its own follow-up, with a state and a comment (5.1);
 * - a schedule or cost light other than the suggested one requires an override reason;
 * - an overall light greener than the worst of result, schedule and cost requires a justification
 *   (the error is on the overall light, where the owner must look).
 *
 * Returns one error per field, in form order; an empty list means the report may be submitted.
 */
export function validateReport(fields: ReportFields, ctx: ReportValidationContext): DomainError[] {
  const findings = new Findings();
  checkShape(fields, findings);

  for (const field of LIGHT_FIELDS) {
    // A draft may leave a light unchosen (''); a submitted report may not, or AU reads a blank light.
    if (!findings.has(field) && !isLight(fields[field])) findings.add('REPORT.REQUIRED', field);
  }
  const worst = overallGreenerThanDimensions(fields);
  if (worst !== null && isBlank(fields.overallOverrideReason)) {
    findings.add('REPORT.OVERALL_REASON_REQUIRED', 'overall', { worst });
  }

  if (isBlank(fields.progress)) findings.add('REPORT.REQUIRED', 'progress');

  if (isBlank(fields.forecastCompletionDate)) {
    findings.add('REPORT.REQUIRED', 'forecastCompletionDate');
  } else if (!findings.has('forecastCompletionDate')) {
    const start = isQuarter(ctx.round.id) ? quarterStart(ctx.round.id) : null;
    // A malformed round id is corrupt data rather than an owner mistake; say so instead of skipping the rule.
    if (start === null) findings.add('ROUND.INVALID_QUARTER', 'roundId', { quarter: ctx.round.id });
    else if (fields.forecastCompletionDate < start) {
      findings.add('REPORT.FORECAST_BEFORE_QUARTER', 'forecastCompletionDate', { quarterStart: start });
    }
  }

  if ((isSignificantDeviation(fields) || fields.overall === 'red') && isBlank(fields.correctiveActions)) {
    findings.add('REPORT.CORRECTIVE_ACTIONS_REQUIRED', 'correctiveActions');
  }

  checkFollowUp(fields, ctx.openDecisions, findings);
  checkOverrides(fields, ctx.initiative, findings);
  return findings.list();
}

function checkFollowUp(fields: ReportFields, open: readonly Decision[], findings: Findings): void {
  // An answer to a decision no longer open is harmless (a form opened before it closed); only its length matters.
  for (const decision of open) {
    const answer = fields.decisionFollowUp.find((f) => f.decisionId === decision.id);
    const params = { decisionId: decision.id };
    if (!answer || !(FOLLOW_UP_STATES as readonly string[]).includes(answer.state)) {
      // No answer at all means the form is stale: the owner has not seen this decision.
      findings.add('REPORT.FOLLOW_UP_REQUIRED', followUpField(decision.id, 'state'), params);
    }
    if (!answer || isBlank(answer.comment)) {
      findings.add('REPORT.FOLLOW_UP_REQUIRED', followUpField(decision.id, 'comment'), params);
    }
  }
}

function checkOverrides(fields: ReportFields, initiative: Initiative, findings: Findings): void {
  // No suggestion can be made from a malformed forecast (already reported) or registry value; skip rather than guess.
  const datesValid =
    !findings.has('forecastCompletionDate') &&
    isIsoDate(fields.forecastCompletionDate) &&
    isIsoDate(initiative.agreedCompletionDate);
  if (datesValid && isLight(fields.schedule)) {
    const suggested = suggestScheduleLight(
      initiative.agreedCompletionDate,
      fields.forecastCompletionDate,
      initiative.toleranceDays,
    );
    if (isOverride(suggested, fields.schedule) && isBlank(fields.scheduleOverrideReason)) {
      findings.add('REPORT.OVERRIDE_REASON_REQUIRED', 'scheduleOverrideReason', { suggested });
    }
  }

  const costsValid =
    !findings.has('forecastCostNok') && Number.isFinite(initiative.agreedCostNok) && isLight(fields.cost);
  if (costsValid) {
    const suggested = suggestCostLight(initiative.agreedCostNok, fields.forecastCostNok, initiative.tolerancePercent);
    if (isOverride(suggested, fields.cost) && isBlank(fields.costOverrideReason)) {
      findings.add('REPORT.OVERRIDE_REASON_REQUIRED', 'costOverrideReason', { suggested });
    }
  }
}

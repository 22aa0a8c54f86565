/**
 * Expected failures, each with a stable code. The code is also the key of its
 * text in the message catalogue (`src/i18n`, section `errors`), so every channel
 * shows the same, localised message.
 */
export const ERROR_CODES = [
  // report form
  'REPORT.REQUIRED',
  'REPORT.TOO_LONG',
  'REPORT.CORRECTIVE_ACTIONS_REQUIRED',
  'REPORT.FOLLOW_UP_REQUIRED',
  'REPORT.FORECAST_BEFORE_QUARTER',
  'REPORT.NEGATIVE_COST',
  'REPORT.INVALID_DATE',
  'REPORT.INVALID_NUMBER',
  'REPORT.INVALID_SDG',
  'REPORT.OVERRIDE_REASON_REQUIRED',
  'REPORT.INVALID_LIGHT',
  'REPORT.OVERALL_REASON_REQUIRED',
  'REPORT.ROUND_LOCKED',
  'REPORT.ROUND_NOT_OPEN',
  'REPORT.STALE_VERSION',
  'REPORT.NOT_ACCEPTED',
  'REPORT.NOT_FOUND',
  // rounds
  'ROUND.INVALID_TRANSITION',
  'ROUND.NOT_FOUND',
  'ROUND.ALREADY_EXISTS',
  'ROUND.INVALID_QUARTER',
  'ROUND.NO_SKATE_MEETING',
  'ROUND.DEADLINE_TOO_CLOSE',
  'ROUND.TOO_LATE_FOR_MEETING',
  'ROUND.DEADLINE_NOT_BUSINESS_DAY',
  'ROUND.NO_AU_CHANNEL',
  'ROUND.NONE',
  // agenda
  'AGENDA.RENDER_FAILED',
  // votes
  'VOTE.COMMENT_REQUIRED',
  'VOTE.JUSTIFICATION_REQUIRED',
  'VOTE.CLOSED',
  'VOTE.TOO_LONG',
  // authorisation
  'AUTH.NOT_OWNER',
  'AUTH.NOT_AU',
  'AUTH.NOT_SECRETARIAT',
  'AUTH.UNKNOWN_PERSON',
  'AUTH.NOT_AGENDA_READER',
  'AUTH.NOT_REVIEW_READER',
  'AUTH.NOT_SKATE',
  // registry
  'INITIATIVE.NOT_FOUND',
  'INITIATIVE.INVALID_ID',
  'PERSON.NOT_FOUND',
  'ORGANISATION.NOT_FOUND',
  'DELEGATION.INVALID_PERIOD',
  'DECISION.NOT_FOUND',
  // the agenda item and its points
  'CASE.INVALID_NUMBER',
  'CASE.NUMBER_TAKEN',
  'AGENDA.POINTS_UNDECIDED',
  'AGENDA.NOT_PUBLISHED',
  'AGENDA.CHANGED_SINCE_PUBLISHED',
  'POINT.NOT_OPEN',
  // final treatment (seed 004 §6)
  'FINAL.NOT_REQUESTED',
  'FINAL.IN_PROGRESS',
  'FINAL.DONE',
  'FINAL.NOT_IN_TREATMENT',
  'FINAL.NO_FEEDBACK_ROUND',
  // import
  'IMPORT.INVALID_FILE',
  'IMPORT.INVALID_ROWS',
  // requests
  'REQUEST.CONFLICT',
  // inbound values checked at the boundary (a card's data, a command's arguments; docs/security.md)
  'INPUT.INVALID',
  'INPUT.TOO_LONG',
  'INPUT.OUT_OF_RANGE',
  'INPUT.INVALID_CHOICE',
  'RECOMMENDATION.ROUND_CLOSED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorParams = Record<string, string | number>;

/** An expected failure: a code, the form field it concerns (if any) and parameters for its message. */
export interface DomainError {
  code: ErrorCode;
  field?: string;
  params?: ErrorParams;
}

export type Result<T, E = DomainError> = { ok: true; value: T } | { ok: false; error: E };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail(code: ErrorCode, params?: ErrorParams, field?: string): { ok: false; error: DomainError } {
  const error: DomainError = { code };
  if (params) error.params = params;
  if (field) error.field = field;
  return { ok: false, error };
}

/** Thrown by use cases for an expected failure; channels and the CLI turn it into a localised message. */
export class DomainFailure extends Error {
  constructor(
    readonly errors: DomainError[],
    message?: string,
  ) {
    super(message ?? errors.map((e) => e.code).join(', '));
    this.name = 'DomainFailure';
  }

  static of(code: ErrorCode, params?: ErrorParams, field?: string): DomainFailure {
    const error: DomainError = { code };
    if (params) error.params = params;
    if (field) error.field = field;
    return new DomainFailure([error]);
  }
}

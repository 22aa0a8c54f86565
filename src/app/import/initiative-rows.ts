/** Validates the rows of an initiatives file into {@link Initiative} records. */
import { ACCEPTANCE_STATES, type Initiative, PHASES, TRACKS } from '../../domain/model';
import { isSdg } from '../../domain/reference';
import { FIELD_LIMITS } from '../../domain/text';
import {
  FOCUS_AREA_IDS,
  INITIATIVE_ID_FORMAT,
  LIFE_EVENT_IDS,
  parseDate,
  parseEmail,
  parseFocusArea,
  parseInitiativeId,
  parseLifeEvent,
  parseNumber,
  parseWholeNumber,
} from './cell-values';
import type { CsvRow } from './parse-csv';
import { knownOrganisation } from './person-rows';
import { type CellParser, oneOf, RowReader, reject, textUpTo } from './row-reader';
import type { ImportIssue, KnownReferences } from './types';
import { ACCEPTANCE_ALIASES, PHASE_ALIASES, TRACK_ALIASES } from './value-aliases';

const initiativeId: CellParser<string> = (text) =>
  parseInitiativeId(text) ?? reject('invalid-id', { format: INITIATIVE_ID_FORMAT });

const date: CellParser<string> = (text) => parseDate(text) ?? reject('invalid-date');

/** A number of at least 0; whole when `whole`. */
function amount(whole: boolean): CellParser<number> {
  return (text) => {
    const value = parseNumber(text);
    const valid = value !== null && value >= 0 && (!whole || Number.isInteger(value));
    return valid ? value : reject('invalid-number', { min: 0 });
  };
}

const sdg: CellParser<number> = (text) => {
  const value = parseWholeNumber(text);
  return value !== null && isSdg(value) ? value : reject('invalid-sdg');
};

const focusArea: CellParser<string> = (text) =>
  parseFocusArea(text) ?? reject('unknown-focus-area', { allowed: FOCUS_AREA_IDS });

const lifeEvent: CellParser<string> = (text) =>
  parseLifeEvent(text) ?? reject('unknown-life-event', { allowed: LIFE_EVENT_IDS });

function contact(known: KnownReferences): CellParser<string> {
  return (text) => {
    const address = parseEmail(text);
    if (address === null) return reject('invalid-email');
    return known.emails.has(address) ? address : reject('unknown-person');
  };
}

const phase = oneOf(PHASES, PHASE_ALIASES);
const track = oneOf(TRACKS, TRACK_ALIASES);
const acceptance = oneOf(ACCEPTANCE_STATES, ACCEPTANCE_ALIASES);

/**
 * The initiatives of the rows, or, for a row with problems, its issues appended to `issues`.
 * The owner organisation must be in `known.organisationIds` and every contact in `known.emails`.
 * Defaults: description '', tolerance 30 days and 10 %, track `skate`, acceptance `proposed`.
 */
export function readInitiativeRows(
  rows: readonly CsvRow[],
  known: KnownReferences,
  issues: ImportIssue[],
): Initiative[] {
  const seen = new Map<string, number>();
  const initiatives: Initiative[] = [];
  for (const row of rows) {
    const r = new RowReader(row, issues);
    const id = r.required('id', initiativeId);
    r.unique('id', id, seen);
    const fields = {
      title: r.required('title', textUpTo(FIELD_LIMITS.initiativeTitle)),
      description: r.optional('description', textUpTo(FIELD_LIMITS.initiativeDescription), ''),
      ownerOrganisationId: r.required('owner_organisation', knownOrganisation(known)),
      contacts: r.list('contacts', contact(known), true),
      focusArea: r.required('focus_area', focusArea),
      lifeEvents: r.list('life_events', lifeEvent, false),
      sdgs: r.list('sdgs', sdg, false).sort((a, b) => a - b),
      agreedResult: r.required('agreed_result', textUpTo(FIELD_LIMITS.agreedResult)),
      agreedCompletionDate: r.required('agreed_completion_date', date),
      agreedCostNok: r.required('agreed_cost_nok', amount(false)),
      toleranceDays: r.optional('tolerance_days', amount(true), 30),
      tolerancePercent: r.optional('tolerance_percent', amount(false), 10),
      phase: r.required('phase', phase),
      track: r.optional('track', track, 'skate' as const),
      acceptance: r.optional('acceptance', acceptance, 'proposed' as const),
    };
    const initiative = r.failed || id === null ? null : complete({ id, ...fields });
    if (initiative) initiatives.push({ ...initiative, delegations: [] });
  }
  return initiatives;
}

type Nullable<T> = { [K in keyof T]: T[K] | null };

/** The record when no field is null (a null field means the row failed). */
function complete(fields: Nullable<Omit<Initiative, 'delegations'>>): Omit<Initiative, 'delegations'> | null {
  const values = Object.values(fields);
  return values.includes(null) ? null : (fields as Omit<Initiative, 'delegations'>);
}

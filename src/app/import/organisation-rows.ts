/** Validates the rows of an organisations file into {@link Organisation} records. */
import type { Organisation } from '../../domain/model';
import { FIELD_LIMITS } from '../../domain/text';
import { ORG_NUMBER_FORMAT, ORGANISATION_ID_FORMAT, parseOrganisationId, parseOrgNumber } from './cell-values';
import type { CsvRow } from './parse-csv';
import { type CellParser, RowReader, reject, textUpTo } from './row-reader';
import type { ImportIssue } from './types';

const organisationId: CellParser<string> = (text) =>
  parseOrganisationId(text) ?? reject('invalid-id', { format: ORGANISATION_ID_FORMAT });

const orgNumber: CellParser<string> = (text) =>
  parseOrgNumber(text) ?? reject('invalid-id', { format: ORG_NUMBER_FORMAT });

/**
 * The organisations of the rows, or, for a row with problems, its issues appended to `issues`.
 * An id that occurs twice is a `duplicate` at its second row.
 */
export function readOrganisationRows(rows: readonly CsvRow[], issues: ImportIssue[]): Organisation[] {
  const seen = new Map<string, number>();
  const organisations: Organisation[] = [];
  for (const row of rows) {
    const reader = new RowReader(row, issues);
    const id = reader.required('id', organisationId);
    reader.unique('id', id, seen);
    const name = reader.required('name', textUpTo(FIELD_LIMITS.organisationName));
    const number = reader.optional('org_number', orgNumber, null);
    if (!reader.failed && id !== null && name !== null) organisations.push({ id, name, orgNumber: number });
  }
  return organisations;
}

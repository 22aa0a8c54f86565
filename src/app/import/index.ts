/**
 * CSV import of the registry: organisations, people and initiatives. Pure: the
 * file's text goes in, typed records or every problem in the file come out. The
 * caller stores the records all-or-nothing, and imports organisations before
 * people before initiatives (references are checked against what is registered).
 */
import { IMPORT_COLUMNS } from './csv-format';
import { readInitiativeRows } from './initiative-rows';
import { readOrganisationRows } from './organisation-rows';
import { readCsv } from './parse-csv';
import { readPersonRows } from './person-rows';
import type { ImportIssue, ImportKind, ImportResult, ImportResultOf, KnownReferences } from './types';

export { parseDate, parseEmail, parseInitiativeId, parseNumber, parseOrgNumber } from './cell-values';
export * from './csv-format';
export { type DecodedFile, decodeImportFile, type ImportEncoding } from './decode-file';
export { groupIssues, type IssueGroup } from './issue-groups';
export * from './types';
export * from './value-aliases';

/**
 * Parses and validates an import file.
 *
 * @param kind which file it is
 * @param text the whole file as text (UTF-8 decoded; a BOM is ignored)
 * @param known what is registered already: organisation ids, and lower-case emails of people
 * @returns the records (people with no platform identities, initiatives with no delegations),
 *   or every problem found, sorted by line; when there is a problem, no record is returned
 */
export function parseImport<K extends ImportKind>(kind: K, text: string, known: KnownReferences): ImportResultOf<K>;
export function parseImport(kind: ImportKind, text: string, known: KnownReferences): ImportResult {
  const table = readCsv(text, IMPORT_COLUMNS[kind]);
  const issues: ImportIssue[] = [...table.issues];
  const result = records(kind, table.rows, known, issues);
  if (issues.length > 0) return { ok: false, issues: issues.sort((a, b) => a.line - b.line) };
  return result;
}

function records(
  kind: ImportKind,
  rows: Parameters<typeof readOrganisationRows>[0],
  known: KnownReferences,
  issues: ImportIssue[],
): ImportResult {
  switch (kind) {
    case 'organisations':
      return { ok: true, kind, organisations: readOrganisationRows(rows, issues) };
    case 'people':
      return { ok: true, kind, people: readPersonRows(rows, known, issues) };
    case 'initiatives':
      return { ok: true, kind, initiatives: readInitiativeRows(rows, known, issues) };
  }
}

/**
 * Public types of the CSV import: the kinds of file, the problems a file can have,
 * and the result of parsing one.
 */
import type { Initiative, Organisation, Person } from '../../domain/model';

/** The three kinds of CSV file the secretariat can import, in the order they must be imported. */
export const IMPORT_KINDS = ['organisations', 'people', 'initiatives'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/**
 * Every problem the import can report. The code is the key of its message in the
 * catalogue; `params` fill the message's placeholders.
 */
export const IMPORT_ISSUE_CODES = [
  /** No header row, or a header and no data rows. */
  'empty-file',
  /** The file cannot be read as CSV (csv-parse error, or more cells than columns). Params: `reason`. */
  'malformed-csv',
  /** A required column is absent from the header. Params: `column`. */
  'missing-column',
  /** A header names a column this kind of file does not have. Params: `column`, `allowed`. */
  'unknown-column',
  /** A required cell is empty. */
  'required',
  /** Params: `value`. */
  'invalid-email',
  /** An id in the wrong format. Params: `value`, `format`. */
  'invalid-id',
  /** Not `YYYY-MM-DD` or `DD.MM.YYYY`, or not a real date. Params: `value`. */
  'invalid-date',
  /** Not a number, not a whole number where one is needed, or below the minimum. Params: `value`, `min`. */
  'invalid-number',
  /** Not one of the allowed values. Params: `value`, `allowed` (comma-separated). */
  'invalid-value',
  /** The organisation id is not registered. Params: `value`. */
  'unknown-organisation',
  /** The email is not a registered person. Params: `value`. */
  'unknown-person',
  /** Params: `value`, `allowed`. */
  'unknown-focus-area',
  /** Params: `value`, `allowed`. */
  'unknown-life-event',
  /** Not a whole number from 1 to 17. Params: `value`. */
  'invalid-sdg',
  /** The same id or email (or the same column) occurs twice. Params: `value`, `firstLine`. */
  'duplicate',
] as const;
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

/** One problem in an import file. */
export interface ImportIssue {
  /** 1-based line in the file; the header is line 1. A row spanning lines is reported at its first line. */
  line: number;
  /** The column as written in the file's header (a canonical name for a missing column); null for the whole file. */
  column: string | null;
  code: ImportIssueCode;
  params: Record<string, string | number>;
}

/** What is already registered: references in the file are checked against these. */
export interface KnownReferences {
  organisationIds: ReadonlySet<string>;
  /** Lower-case emails of registered people. */
  emails: ReadonlySet<string>;
}

/** A successful parse of an organisations file. */
export interface OrganisationsImport {
  ok: true;
  kind: 'organisations';
  organisations: Organisation[];
}

/** A successful parse of a people file. */
export interface PeopleImport {
  ok: true;
  kind: 'people';
  people: Person[];
}

/** A successful parse of an initiatives file. */
export interface InitiativesImport {
  ok: true;
  kind: 'initiatives';
  initiatives: Initiative[];
}

/** A rejected file: every problem found, sorted by line. Nothing in it should be stored. */
export interface ImportFailure {
  ok: false;
  issues: ImportIssue[];
}

/** The successful result for each kind. */
export interface ImportSuccessByKind {
  organisations: OrganisationsImport;
  people: PeopleImport;
  initiatives: InitiativesImport;
}

/** The result of parsing a file of kind `K`. */
export type ImportResultOf<K extends ImportKind> = ImportSuccessByKind[K] | ImportFailure;

/** The result of parsing any import file. */
export type ImportResult = OrganisationsImport | PeopleImport | InitiativesImport | ImportFailure;

/**
 * Public types of the CSV import: the kinds of file, the problems a file can have,
 * and the result of parsing one.
 */
import type { ImportIssueCode } from '../../domain/import-issues';
import type { Initiative, Organisation, Person } from '../../domain/model';

/** The three kinds of CSV file the secretariat can import, in the order they must be imported. */
export const IMPORT_KINDS = ['organisations', 'people', 'initiatives'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

// The codes live in the domain so the catalogue can word them without depending on the app.
export { IMPORT_ISSUE_CODES, type ImportIssueCode } from '../../domain/import-issues';

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

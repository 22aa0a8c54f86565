/** Validates the rows of a people file into {@link Person} records. */
import { LOCALES, type Person, ROLES } from '../../domain/model';
import { FIELD_LIMITS } from '../../domain/text';
import { parseEmail } from './cell-values';
import type { CsvRow } from './parse-csv';
import { type CellParser, oneOf, RowReader, reject, textUpTo } from './row-reader';
import type { ImportIssue, KnownReferences } from './types';
import { LOCALE_ALIASES, ROLE_ALIASES } from './value-aliases';

/** A valid email, lower-cased. */
export const email: CellParser<string> = (text) => parseEmail(text) ?? reject('invalid-email');

/** The id of a registered organisation. */
export function knownOrganisation(known: KnownReferences): CellParser<string> {
  return (text) => (known.organisationIds.has(text) ? text : reject('unknown-organisation'));
}

const role = oneOf(ROLES, ROLE_ALIASES);
const locale = oneOf(LOCALES, LOCALE_ALIASES);

/**
 * The people of the rows, or, for a row with problems, its issues appended to `issues`.
 * Emails are lower-cased (and are the identity: the same email twice is a `duplicate`);
 * the organisation must be in `known.organisationIds`; at least one role; language `nb` by default.
 */
export function readPersonRows(rows: readonly CsvRow[], known: KnownReferences, issues: ImportIssue[]): Person[] {
  const seen = new Map<string, number>();
  const people: Person[] = [];
  for (const row of rows) {
    const reader = new RowReader(row, issues);
    const address = reader.required('email', email);
    reader.unique('email', address, seen);
    const name = reader.required('name', textUpTo(FIELD_LIMITS.personName));
    const organisationId = reader.optional('organisation', knownOrganisation(known), null);
    const roles = reader.list('roles', role, true);
    const language = reader.optional('language', locale, 'nb');
    if (!reader.failed && address !== null && name !== null && language !== null) {
      people.push({ email: address, name, locale: language, roles, organisationId, identities: [] });
    }
  }
  return people;
}

import { sortByInitiativeId } from '../../domain/initiative-id';
import type { Initiative, Organisation, Person } from '../../domain/model';
import type { Repositories } from '../../domain/ports';
import { type Actor, type AppContext, actorName } from '../app-context';
import { requireAdministrator } from '../authorise-admin';
import { decodeImportFile, type ImportEncoding, type ImportIssue, type ImportKind, parseImport } from '../import';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** What an accepted file did: counts per outcome, the keys created and updated (ids, or emails), and how it was read. */
export type ImportOutcome =
  | {
      ok: true;
      kind: ImportKind;
      counts: ImportCounts;
      /** Initiatives in id order (numerically), the others as in the file. */
      keys: { created: string[]; updated: string[] };
      encoding: ImportEncoding;
    }
  | { ok: false; issues: ImportIssue[] };

/**
 * Imports a CSV file of organisations, people or initiatives: all or nothing.
 * The file is checked against what is registered inside the same transaction
 * that writes it, so a concurrent change cannot slip between check and write.
 * `file` is the file's bytes (decoded by {@link decodeImportFile}: a file that
 * is not UTF-8 is read as Windows-1252 when clearly right, else refused) or text.
 */
export async function importRegistry(
  app: AppContext,
  kind: ImportKind,
  file: Uint8Array | string,
  actor: Actor,
  now: Date,
): Promise<ImportOutcome> {
  requireAdministrator(actor);
  const decoded =
    typeof file === 'string' ? ({ ok: true, text: file, encoding: 'utf-8' } as const) : decodeImportFile(file);
  if (!decoded.ok) return { ok: false, issues: [decoded.issue] };
  const { text, encoding } = decoded;
  return await app.uow.write({ actor: actorName(actor), now }, async (repos): Promise<ImportOutcome> => {
    const known = {
      organisationIds: new Set((await repos.organisations.list()).map((o) => o.id)),
      emails: new Set((await repos.people.list()).map((p) => p.email)),
    };
    const parsed = parseImport(kind, text, known);
    if (!parsed.ok) return { ok: false, issues: parsed.issues };
    const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
    const keys = { created: [] as string[], updated: [] as string[] };
    const tally = (key: string, outcome: keyof ImportCounts) => {
      counts[outcome] += 1;
      if (outcome !== 'unchanged') keys[outcome].push(key);
    };
    switch (parsed.kind) {
      case 'organisations':
        for (const o of parsed.organisations) tally(o.id, await repos.organisations.save(o));
        break;
      case 'people':
        for (const p of parsed.people) tally(p.email, await savePerson(repos, p));
        break;
      case 'initiatives':
        for (const i of parsed.initiatives) tally(i.id, await saveInitiative(repos, i));
        keys.created = sortByInitiativeId(keys.created, (id) => id);
        keys.updated = sortByInitiativeId(keys.updated, (id) => id);
        break;
    }
    return { ok: true, kind, counts, keys, encoding };
  });
}

/** A re-imported person keeps the platform identities already linked. */
async function savePerson(repos: Repositories, person: Person): Promise<keyof ImportCounts> {
  return await repos.people.save(person);
}

/** A re-imported initiative keeps its delegations: the file has no column for them. */
async function saveInitiative(repos: Repositories, initiative: Initiative): Promise<keyof ImportCounts> {
  const existing = await repos.initiatives.get(initiative.id);
  return await repos.initiatives.save({ ...initiative, delegations: existing?.delegations ?? [] });
}

export type { Organisation };

import type { Initiative, Organisation, Person } from '../../domain/model';
import type { Repositories } from '../../domain/ports';
import { type Actor, type AppContext, actorName } from '../app-context';
import { requireAdministrator } from '../authorise-admin';
import { type ImportIssue, type ImportKind, parseImport } from '../import';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export type ImportOutcome = { ok: true; kind: ImportKind; counts: ImportCounts } | { ok: false; issues: ImportIssue[] };

/**
 * Imports a CSV file of organisations, people or initiatives: all or nothing.
 * The file is checked against what is registered inside the same transaction
 * that writes it, so a concurrent change cannot slip between check and write.
 */
export function importRegistry(
  app: AppContext,
  kind: ImportKind,
  text: string,
  actor: Actor,
  now: Date,
): ImportOutcome {
  requireAdministrator(actor);
  return app.uow.write({ actor: actorName(actor), now }, (repos): ImportOutcome => {
    const known = {
      organisationIds: new Set(repos.organisations.list().map((o) => o.id)),
      emails: new Set(repos.people.list().map((p) => p.email)),
    };
    const parsed = parseImport(kind, text, known);
    if (!parsed.ok) return { ok: false, issues: parsed.issues };
    const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
    const tally = (outcome: keyof ImportCounts) => {
      counts[outcome] += 1;
    };
    switch (parsed.kind) {
      case 'organisations':
        for (const o of parsed.organisations) tally(repos.organisations.save(o));
        break;
      case 'people':
        for (const p of parsed.people) tally(savePerson(repos, p));
        break;
      case 'initiatives':
        for (const i of parsed.initiatives) tally(saveInitiative(repos, i));
        break;
    }
    return { ok: true, kind, counts };
  });
}

/** A re-imported person keeps the platform identities already linked. */
function savePerson(repos: Repositories, person: Person): keyof ImportCounts {
  return repos.people.save(person);
}

/** A re-imported initiative keeps its delegations: the file has no column for them. */
function saveInitiative(repos: Repositories, initiative: Initiative): keyof ImportCounts {
  const existing = repos.initiatives.get(initiative.id);
  return repos.initiatives.save({ ...initiative, delegations: existing?.delegations ?? [] });
}

export type { Organisation };

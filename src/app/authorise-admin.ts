import { authorise } from '../domain/authorisation';
import { DomainFailure } from '../domain/errors';
import type { Actor } from './app-context';

/** Throws unless the actor may administer (the secretariat, or the operator at the command line). */
export function requireAdministrator(actor: Actor): void {
  if (actor.kind === 'operator') return;
  const refusal = authorise({ kind: 'administer' }, actor.person);
  if (refusal) throw new DomainFailure([refusal]);
}

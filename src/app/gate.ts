/**
 * The common authorisation path of every inbound request: a chat command (`runCommand`) and a
 * card button (`handleCardAction`) pass here before any use case runs. The decision is the
 * authorisation matrix's (`authorise` looks the audience up in it); a refusal is written to the
 * audit log in a transaction of its own (nothing else is written) and counted.
 */
import { authorise } from '../domain/authorisation';
import { audienceOf, INITIATIVE_AUDIENCES, type Operation, operationName } from '../domain/authorisation-matrix';
import { todayInOslo } from '../domain/calendar';
import type { DomainError } from '../domain/errors';
import type { Person } from '../domain/model';
import type { AppContext } from './app-context';

/** Who asks: a registered person, or a platform user the registry does not know. */
export interface Requester {
  person: Person | null;
  /** The platform user id when the person is unknown (e.g. `msteams:29:1a…`), for the audit log. */
  platformUser?: string | null;
}

/** The audit log's actor for a requester: the person's registry id, or the unknown platform user. */
export function requesterName(requester: Requester): string {
  return requester.person?.email ?? `unknown:${requester.platformUser ?? 'unidentified'}`;
}

/** Writes one refusal to the audit log (its own transaction: the refused request wrote nothing) and counts it. */
export async function recordRefusal(
  app: AppContext,
  requester: Requester,
  operation: Operation,
  error: DomainError,
  target: string | null,
  now: Date,
): Promise<void> {
  const name = operationName(operation);
  await app.uow.write(
    { actor: requesterName(requester), now },
    async (repos) => await repos.audit.recordRefusal({ operation: name, code: error.code, target }),
  );
  app.metrics?.refusal(name);
}

/** Whether an error is an authorisation refusal (which the audit log keeps), not a validation error. */
export function isAuthorisationError(error: DomainError): boolean {
  return error.code.startsWith('AUTH.');
}

/**
 * Decides `operation` for the requester by the matrix: null when allowed, else the refusal (already
 * audited). An operation decided per initiative names it in `initiativeId`; when no such
 * initiative exists the use case says so (not found), so the gate lets it through to be answered.
 */
export async function gate(
  app: AppContext,
  requester: Requester,
  operation: Operation,
  target: { initiativeId?: string | null; roundId?: string | null },
  now: Date,
): Promise<DomainError | null> {
  const initiativeId = target.initiativeId ?? null;
  const scoped = INITIATIVE_AUDIENCES.includes(audienceOf(operation));
  const initiative =
    scoped && initiativeId ? await app.uow.read(async (repos) => await repos.initiatives.get(initiativeId)) : null;
  if (scoped && requester.person && !initiative) return null;
  const refusal = authorise({ kind: 'operation', operation, initiative, today: todayInOslo(now) }, requester.person);
  if (refusal) await recordRefusal(app, requester, operation, refusal, initiativeId ?? target.roundId ?? null, now);
  return refusal;
}

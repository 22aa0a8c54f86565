import { createHash } from 'node:crypto';
import { DomainFailure } from '../domain/errors';
import type { Email, Platform } from '../domain/model';
import type { IdempotencyKey, Repositories } from '../domain/ports';

/**
 * Who delivered an action and the platform's id for that delivery (a Teams
 * activity id, a Slack trigger id). `id` is null when the platform gave none:
 * such an action is applied every time, since without an id a retry cannot be
 * told from a second, deliberate press.
 */
export interface RequestRef {
  platform: Platform;
  id: string | null;
}

/** The parts of an idempotent request: with the actor and action, the ref makes the key; the payload is hashed. */
export interface IdempotentRequest {
  ref: RequestRef | null | undefined;
  actor: Email;
  /** The action id, e.g. `report.submit`: one delivery id never answers for another action. */
  action: string;
  /** What was asked, as plain JSON data; its canonical form is hashed. */
  payload: unknown;
}

/**
 * JSON with object keys sorted at every level, so the same data always gives
 * the same text (and hash) whatever order a platform put its fields in.
 * `undefined` members are left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  // A Date (or anything else with toJSON) is hashed as JSON.stringify would write it.
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return canonicalJson(toJSON.call(value));
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const members = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && typeof v !== 'function')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`);
  return `{${members.join(',')}}`;
}

/** The hex SHA-256 of the payload's canonical JSON. */
export function payloadHash(payload: unknown): string {
  return createHash('sha256').update(canonicalJson(payload), 'utf8').digest('hex');
}

/** The store key of a request, or null when it has no delivery id and so cannot be deduplicated. */
export function idempotencyKey(request: IdempotentRequest): IdempotencyKey | null {
  const id = request.ref?.id;
  if (!request.ref || id === null || id === undefined || id === '') return null;
  return { platform: request.ref.platform, actor: request.actor, action: request.action, requestId: id };
}

/**
 * Applies `apply` once per idempotency key inside the caller's transaction. A
 * retry (same key, same payload) gets the stored result and writes nothing; a
 * different payload under the same key is refused with `REQUEST.CONFLICT`, for
 * it is not a retry and must neither be applied twice nor answered with
 * another request's result. Only successful results are remembered, so a
 * corrected resubmission still works.
 */
export async function once<T>(
  repos: Repositories,
  request: IdempotentRequest,
  now: Date,
  apply: () => Promise<T>,
  succeeded: (result: T) => boolean,
): Promise<{ result: T; replayed: boolean }> {
  const key = idempotencyKey(request);
  if (key === null) return { result: await apply(), replayed: false };
  const hash = payloadHash(request.payload);
  const stored = await repos.idempotency.find(key);
  if (stored !== null) {
    if (stored.payloadSha256 !== hash) throw DomainFailure.of('REQUEST.CONFLICT');
    return { result: JSON.parse(stored.resultJson) as T, replayed: true };
  }
  const result = await apply();
  if (succeeded(result)) {
    await repos.idempotency.remember(
      key,
      { payloadSha256: hash, resultJson: JSON.stringify(result) },
      now.toISOString(),
    );
  }
  return { result, replayed: false };
}

import type { Repositories } from '../domain/ports';

/**
 * Applies `apply` once per idempotency key inside the caller's transaction: a
 * retried or double-clicked action finds the stored result and writes nothing.
 * Only successful results are remembered, so a corrected resubmission still works.
 */
export function once<T>(
  repos: Repositories,
  key: string | undefined,
  actor: string,
  now: Date,
  apply: () => T,
  succeeded: (result: T) => boolean,
): { result: T; replayed: boolean } {
  if (key !== undefined) {
    const stored = repos.idempotency.find(key);
    if (stored !== null) return { result: JSON.parse(stored) as T, replayed: true };
  }
  const result = apply();
  if (key !== undefined && succeeded(result)) {
    repos.idempotency.remember(key, actor, JSON.stringify(result), now.toISOString());
  }
  return { result, replayed: false };
}

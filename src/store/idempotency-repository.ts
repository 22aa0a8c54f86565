import type { IdempotencyEntry, IdempotencyKey, IdempotencyRepository } from '../domain/ports';
import type { Db } from './db';
import { statement } from './statement-cache';

/**
 * Remembers the result of every action applied under an idempotency key, with
 * the hash of its payload, so a retry gets the same answer and a different
 * request under the same key can be told apart from a retry.
 */
export class SqliteIdempotencyRepository implements IdempotencyRepository {
  constructor(private readonly db: Db) {}

  find(key: IdempotencyKey): IdempotencyEntry | null {
    const row = statement(
      this.db,
      `SELECT payload_sha256 AS payloadSha256, result AS resultJson FROM idempotency_keys
         WHERE platform = ? AND actor = ? AND action = ? AND request_id = ?`,
    ).get(key.platform, key.actor, key.action, key.requestId) as IdempotencyEntry | undefined;
    return row ?? null;
  }

  remember(key: IdempotencyKey, entry: IdempotencyEntry, at: string): void {
    statement(
      this.db,
      `INSERT INTO idempotency_keys (platform, actor, action, request_id, payload_sha256, result, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(key.platform, key.actor, key.action, key.requestId, entry.payloadSha256, entry.resultJson, at);
  }
}

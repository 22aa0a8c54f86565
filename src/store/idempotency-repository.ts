import type { IdempotencyEntry, IdempotencyKey, IdempotencyRepository } from '../domain/ports';
import type { Sql } from './sql';

/**
 * Remembers the result of every action applied under an idempotency key, with
 * the hash of its payload, so a retry gets the same answer and a different
 * request under the same key can be told apart from a retry.
 */
export class SqlIdempotencyRepository implements IdempotencyRepository {
  constructor(private readonly sql: Sql) {}

  async find(key: IdempotencyKey): Promise<IdempotencyEntry | null> {
    const row = (await this.sql.get(
      `SELECT payload_sha256 AS "payloadSha256", result AS "resultJson" FROM idempotency_keys
         WHERE platform = ? AND actor = ? AND action = ? AND request_id = ?`,
      [key.platform, key.actor, key.action, key.requestId],
    )) as IdempotencyEntry | undefined;
    return row ?? null;
  }

  async remember(key: IdempotencyKey, entry: IdempotencyEntry, at: string): Promise<void> {
    await this.sql.run(
      `INSERT INTO idempotency_keys (platform, actor, action, request_id, payload_sha256, result, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [key.platform, key.actor, key.action, key.requestId, entry.payloadSha256, entry.resultJson, at],
    );
  }
}

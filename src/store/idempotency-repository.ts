import type { IdempotencyRepository } from '../domain/ports';
import type { Db } from './db';

/** Remembers the result of every action applied under an idempotency key, so a retry returns it again. */
export class SqliteIdempotencyRepository implements IdempotencyRepository {
  constructor(private readonly db: Db) {}

  find(key: string): string | null {
    const row = this.db.prepare('SELECT result FROM idempotency_keys WHERE key = ?').get(key) as
      | { result: string }
      | undefined;
    return row?.result ?? null;
  }

  remember(key: string, actor: string, resultJson: string, at: string): void {
    this.db
      .prepare('INSERT INTO idempotency_keys (key, actor, result, created_at) VALUES (?, ?, ?, ?)')
      .run(key, actor, resultJson, at);
  }
}

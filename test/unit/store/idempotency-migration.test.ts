/**
 * Migration 5 recreates `idempotency_keys` keyed by (platform, actor, action,
 * request id) with the payload's hash, on a database that had the old table.
 */
import { schemaVersion } from '../../../src/store/db';
import { MIGRATIONS } from '../../../src/store/migrations';
import { useTempDbDir } from '../../helpers/temp-db';

describe('migration 5: idempotency entries with payload hashes', () => {
  const tmp = useTempDbDir();

  it('replaces the old single-key table on an existing database', () => {
    const old = tmp().open(
      'skate.db',
      MIGRATIONS.filter((m) => m.version < 5),
    );
    old
      .prepare('INSERT INTO idempotency_keys (key, actor, result, created_at) VALUES (?, ?, ?, ?)')
      .run('msteams:', 'kristin.hovland@example.no', '{"ok":true}', '2026-11-22T10:00:00.000Z');
    old.close();

    const db = tmp().open();
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(5);
    const columns = (db.prepare('PRAGMA table_info(idempotency_keys)').all() as { name: string; pk: number }[]).map(
      (c) => [c.name, c.pk],
    );
    expect(columns).toEqual([
      ['platform', 1],
      ['actor', 2],
      ['action', 3],
      ['request_id', 4],
      ['payload_sha256', 0],
      ['result', 0],
      ['created_at', 0],
    ]);
    // The old entries had no action or hash to check a replay against: none is carried over.
    expect(db.prepare('SELECT count(*) AS n FROM idempotency_keys').get()).toEqual({ n: 0 });
  });

  it('refuses an entry without a request id or with a malformed hash', () => {
    const db = tmp().open();
    const insert = db.prepare(
      `INSERT INTO idempotency_keys (platform, actor, action, request_id, payload_sha256, result, created_at)
       VALUES ('msteams', 'a@example.no', 'report.save', ?, ?, '{}', '2026-11-22T10:00:00.000Z')`,
    );
    expect(() => insert.run('', 'a'.repeat(64))).toThrow(/CHECK constraint/);
    expect(() => insert.run('f:1', 'abc')).toThrow(/CHECK constraint/);
    expect(() => insert.run('f:1', 'a'.repeat(64))).not.toThrow();
  });
});

import { Pool, type PoolClient, type QueryConfig } from 'pg';
import { MIGRATIONS } from '../migrations';
import type { Migration } from '../migrations/migration';
import { PG_TYPES } from './pg-sql';

export interface PostgresOptions {
  /** Connections the pool may hold open (default 10). */
  max?: number;
  /** How long to wait for a connection (a new one, or a free one when all are busy) before failing (default 5 s). */
  connectionTimeoutMillis?: number;
  /** How long an unused connection stays open (default 30 s). */
  idleTimeoutMillis?: number;
  /** The server cancels any statement running longer than this (default: no limit). */
  statementTimeoutMillis?: number;
  /**
   * Told when an idle connection fails (the server restarted, the network
   * dropped it). The pool has already discarded it; without a listener the
   * error would be thrown from the pool's event emitter and end the process.
   */
  onIdleError?: (error: Error) => void;
}

/**
 * A connection pool for `url` (`postgres://user:password@host:port/db`, or
 * `postgres://user@/db?host=/var/run/postgresql` for a Unix socket). No
 * connection is made until the first query. Results are parsed as
 * {@link PG_TYPES} says (BIGINT and NUMERIC as numbers) for this pool only.
 */
export function openPostgres(url: string, options: PostgresOptions = {}): Pool {
  const pool = new Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5000,
    idleTimeoutMillis: options.idleTimeoutMillis ?? 30_000,
    ...(options.statementTimeoutMillis === undefined ? {} : { statement_timeout: options.statementTimeoutMillis }),
    application_name: 'skate-bot',
    types: PG_TYPES,
  });
  pool.on('error', (error) => options.onIdleError?.(error));
  return pool;
}

/**
 * The key of the transaction-scoped advisory lock that serialises migrations
 * across processes ('skate' in ASCII). Any constant works as long as nothing
 * else in the database takes the same one.
 */
export const MIGRATION_LOCK_KEY = 0x736b617465;

const CREATE_SCHEMA_MIGRATIONS = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY, name TEXT COLLATE "C" NOT NULL, applied_at TEXT COLLATE "C" NOT NULL)`;

/**
 * Starts a migration transaction holding the migration lock. READ COMMITTED,
 * whatever the server's default, so that each statement after the lock sees
 * what the process that held the lock before committed (a REPEATABLE READ
 * snapshot would be taken before the wait). No statement timeout: the pool's
 * limit is meant for the bot's queries, not for a schema change or for waiting
 * on another replica's.
 */
async function beginLocked(client: PoolClient): Promise<void> {
  await client.query('BEGIN ISOLATION LEVEL READ COMMITTED');
  await client.query('SET LOCAL statement_timeout = 0');
  await client.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
}

async function inLockedTransaction<T>(client: PoolClient, work: () => Promise<T>): Promise<T> {
  await beginLocked(client);
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * Applies the migrations newer than the database's version, in order, each in
 * its own transaction together with its `schema_migrations` row, and returns
 * the versions it applied. Replicas starting together take turns on an
 * advisory lock and each re-checks under it, so every migration runs once.
 * PostgreSQL's DDL is transactional: a failed migration leaves no trace.
 */
export async function migratePostgres(pool: Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    // Under the lock too: two concurrent CREATE TABLE IF NOT EXISTS can both try to create it.
    const applied = await inLockedTransaction(client, async () => {
      await client.query(CREATE_SCHEMA_MIGRATIONS);
      const rows = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
      return new Set(rows.rows.map((r) => r.version));
    });
    const done: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(m.version)) continue;
      const ran = await inLockedTransaction(client, async () => {
        // Re-checked under the lock: another process may have applied it since we looked.
        const already = await client.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
        if (already.rows.length > 0) return false;
        try {
          await client.query(m.postgres);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          throw new Error(`migration ${m.version} (${m.name}) failed on PostgreSQL: ${message}`, { cause: error });
        }
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
          m.version,
          m.name,
          new Date().toISOString(),
        ]);
        return true;
      });
      if (ran) done.push(m.version);
    }
    return done;
  } catch (error) {
    broken = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    // A connection that failed mid-migration may be in any state: it is closed, not reused.
    client.release(broken);
  }
}

/** The highest applied migration (0 for a database never migrated), for the readiness check. */
export async function postgresSchemaVersion(pool: Pool): Promise<number> {
  const exists = await pool.query<{ t: string | null }>(`SELECT to_regclass('schema_migrations')::text AS t`);
  if (!exists.rows[0]?.t) return 0;
  const row = await pool.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
  return row.rows[0]?.v ?? 0;
}

/** The probe's verdict: the round trip's time, or why there was none. */
export type PostgresPing = { ok: true; latencyMs: number } | { ok: false; error: string };

/**
 * Whether the server answers `SELECT 1` within `timeoutMs`, counting the wait
 * for a connection. A query that outlives the limit is abandoned and its
 * connection closed (pg's per-query `query_timeout`), so a stalled server
 * does not leave the pool short of a connection for ever.
 */
export async function pingPostgres(pool: Pool, timeoutMs: number): Promise<PostgresPing> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  // pg honours a per-query query_timeout, which its QueryConfig type does not declare.
  const config: QueryConfig & { query_timeout: number } = { text: 'SELECT 1', query_timeout: timeoutMs };
  const query = pool.query(config);
  // The query may fail after the race is lost; that rejection is expected and must not go unhandled.
  query.catch(() => undefined);
  try {
    await Promise.race([query, timeout]);
    return { ok: true, latencyMs: performance.now() - started };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

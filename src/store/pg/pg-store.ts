import { MIGRATIONS } from '../migrations';
import { queueFigures } from '../queue-figures';
import type { Readiness } from '../readiness';
import type { Store } from '../store';
import {
  migratePostgres,
  openPostgres,
  type PostgresOptions,
  pingPostgres,
  postgresSchemaVersion,
} from './pg-database';
import { PgSendLocks } from './pg-send-locks';
import { PgSql } from './pg-sql';
import { PgUnitOfWork } from './pg-unit-of-work';

/** How often a replica asks PostgreSQL whether it is there, for `/readyz` and the request gate. */
const DEFAULT_READINESS_INTERVAL_MS = 2000;

/**
 * Opens a pool on `url`, applies pending migrations (serialised across
 * replicas by an advisory lock) and starts the readiness probe: a ping and
 * the schema version every few seconds, so the synchronous `ready()` that
 * gates every request costs nothing and still fails within seconds of the
 * database going away.
 */
export async function openPostgresStore(
  url: string,
  options: PostgresOptions,
  intervalMs = DEFAULT_READINESS_INTERVAL_MS,
): Promise<Store> {
  const pool = openPostgres(url, options);
  try {
    await migratePostgres(pool, MIGRATIONS);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const latest = Math.max(0, ...MIGRATIONS.map((m) => m.version));
  let verdict: Readiness = { ready: true };
  let closed = false;
  const probe = async (): Promise<void> => {
    const ping = await pingPostgres(pool, Math.max(500, intervalMs));
    if (closed) return;
    if (!ping.ok) {
      verdict = { ready: false, reason: 'unreachable' };
      return;
    }
    try {
      verdict =
        (await postgresSchemaVersion(pool)) < latest ? { ready: false, reason: 'not-migrated' } : { ready: true };
    } catch {
      verdict = { ready: false, reason: 'unreachable' };
    }
  };
  const timer = setInterval(() => void probe(), intervalMs);
  timer.unref();
  return {
    dialect: 'postgres',
    uow: new PgUnitOfWork(pool),
    sqlite: null,
    pool,
    ready: () => (closed ? { ready: false, reason: 'closed' } : verdict),
    queueFigures: async (now) => {
      const client = await pool.connect();
      try {
        return await queueFigures(new PgSql(client), now);
      } finally {
        client.release();
      }
    },
    sendLocks: (log) => new PgSendLocks({ connectionString: url, application_name: 'skate-bot-send-lock' }, log),
    close: async () => {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      await pool.end();
    },
  };
}

import type { Pool } from 'pg';
import type { SendLocks, UnitOfWork } from '../domain/ports';
import { type Db, openDatabase } from './db';
import { MIGRATIONS } from './migrations';
import type { PostgresOptions } from './pg/pg-database';
import type * as PgStoreModule from './pg/pg-store';
import { type QueueFigures, queueFigures } from './queue-figures';
import { type Readiness, readinessMonitor } from './readiness';
import type { SqlDialect } from './sql';
import { SqliteSql } from './sqlite-sql';
import { SqliteUnitOfWork } from './unit-of-work';

/** Where the data lives: an SQLite file (the embedded default) or a PostgreSQL database. */
export type StoreLocation =
  | { kind: 'sqlite'; path: string }
  | { kind: 'postgres'; url: string; pool: PostgresOptions; readinessIntervalMs?: number };

/** An open store: the use cases' unit of work and what the HTTP server asks of the database. */
export interface Store {
  readonly dialect: SqlDialect;
  readonly uow: UnitOfWork;
  /** The SQLite connection (backup, restore, tests); null on PostgreSQL. */
  readonly sqlite: Db | null;
  /** The PostgreSQL pool (advisory locks, copy); null on SQLite. */
  readonly pool: Pool | null;
  /** Whether writes can be served now. Synchronous: PostgreSQL's answer is its latest background probe. */
  ready(): Readiness;
  queueFigures(now: Date): Promise<QueueFigures>;
  /** PostgreSQL: the send locks that make replicas share the platforms (one sender each); null on SQLite. */
  sendLocks(log: (message: string, error?: unknown) => void): SendLocks | null;
  close(): Promise<void>;
}

/** Opens the store (applying migrations) at `location`. PostgreSQL's driver is loaded only when it is used. */
export async function openStore(location: StoreLocation): Promise<Store> {
  if (location.kind === 'sqlite') return sqliteStore(openDatabase(location.path), location.path);
  // require, not import(): loaded the same way under tsx, ts-jest and the compiled build.
  const { openPostgresStore } = require('./pg/pg-store') as typeof PgStoreModule;
  return openPostgresStore(location.url, location.pool, location.readinessIntervalMs);
}

/** A store on an open SQLite connection. */
export function sqliteStore(db: Db, path: string): Store {
  const sql = new SqliteSql(db);
  const ready = readinessMonitor(db, path, MIGRATIONS);
  return {
    dialect: 'sqlite',
    uow: new SqliteUnitOfWork(db),
    sqlite: db,
    pool: null,
    ready,
    queueFigures: (now) => queueFigures(sql, now),
    sendLocks: () => null,
    close: async () => {
      if (db.open) db.close();
    },
  };
}

/**
 * The store a test runs on. The repository and use-case suites run twice in
 * CI: on SQLite (in memory, the default) and, with TEST_STORE=postgres, on a
 * fresh PostgreSQL database per test (see jest.postgres.config.js): one
 * parametrised suite, not a copy.
 */
import type { Db } from '../../src/store/db';
import { openDatabase } from '../../src/store/db';
import { type Store, sqliteStore } from '../../src/store/store';
import { createMigratedTestDatabase } from './postgres';

export type TestStoreKind = 'sqlite' | 'postgres';

export function testStoreKind(): TestStoreKind {
  return process.env.TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';
}

/** A migrated, empty store of the kind this run tests; `path` puts an SQLite store in a file. */
export async function openTestStore(options: { path?: string } = {}): Promise<Store> {
  if (testStoreKind() === 'sqlite' || options.path !== undefined) {
    const path = options.path ?? ':memory:';
    return sqliteStore(openDatabase(path), path);
  }
  const database = await createMigratedTestDatabase();
  const { openPostgresStore } = await import('../../src/store/pg/pg-store');
  const store = await openPostgresStore(database.url, { max: 4 }, 60_000);
  return {
    ...store,
    close: async () => {
      await store.close();
      await database.drop();
    },
  };
}

/** The SQLite connection under a test store, for the tests that look below the ports; fails on PostgreSQL. */
export function sqliteOf(store: Store): Db {
  if (!store.sqlite) throw new Error('this test looks at SQLite itself and runs only on SQLite');
  return store.sqlite;
}

/** `it` for a test that looks at SQLite itself (its pragmas, its rows): skipped when the run tests PostgreSQL. */
export function itOnSqlite(name: string, fn: jest.ProvidesCallback): void {
  // Looked up when called: this module is also loaded by child processes, where jest's globals are absent.
  (testStoreKind() === 'sqlite' ? it : it.skip)(name, fn);
}

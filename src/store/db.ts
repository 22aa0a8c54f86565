import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';

export type Db = Database.Database;

/** How long a writer waits for another process's write lock before giving up. */
export const BUSY_TIMEOUT_MS = 5000;

/** Which file a connection opened: its absolute path and the device and inode it had then. */
export interface OpenedFile {
  path: string;
  dev: number;
  ino: number;
}

/**
 * The file behind each connection opened here. An open connection keeps using
 * its inode after the path is deleted or replaced (a restore copied over it, a
 * volume remounted), so readiness compares the path's inode with this one.
 */
const openedFiles = new WeakMap<Db, OpenedFile>();

/** The file `db` was opened on, or null for an in-memory database or one not opened by {@link openDatabase}. */
export function openedFile(db: Db): OpenedFile | null {
  return openedFiles.get(db) ?? null;
}

/**
 * Opens (creating if needed) the database at `path` (`:memory:` for tests),
 * sets the durability pragmas and applies pending migrations.
 */
export function openDatabase(path: string, migrations: readonly Migration[] = MIGRATIONS): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    configure(db, path);
    migrate(db, migrations);
    if (path !== ':memory:') {
      const { dev, ino } = statSync(path);
      openedFiles.set(db, { path: resolve(path), dev, ino });
    }
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

function configure(db: Db, path: string): void {
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  // WAL's default NORMAL may lose the last commits on power loss; an acknowledged
  // report or vote must survive that, so every commit is synced.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
}

/** Applies the migrations newer than the database's version, each in its own transaction. */
export function migrate(db: Db, migrations: readonly Migration[]): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  const done: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(m.version)) continue;
    // Re-checked under the write lock: another process may have applied it since we looked.
    const ran = db
      .transaction(() => {
        if (db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(m.version)) return false;
        db.exec(m.sql);
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
          m.version,
          m.name,
          new Date().toISOString(),
        );
        return true;
      })
      .immediate();
    if (ran) done.push(m.version);
  }
  return done;
}

/** The highest applied migration, for the readiness check. */
export function schemaVersion(db: Db): number {
  let statement = schemaVersionStatements.get(db);
  if (!statement) {
    statement = db.prepare('SELECT max(version) AS v FROM schema_migrations');
    schemaVersionStatements.set(db, statement);
  }
  const row = statement.get() as { v: number | null };
  return row.v ?? 0;
}

/** The readiness check asks on every request: the statement is prepared once per connection. */
const schemaVersionStatements = new WeakMap<Db, Database.Statement>();

import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { BUSY_TIMEOUT_MS } from './db';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';

/** Why a backup was not written. */
export type BackupRefusal = 'source-missing' | 'target-exists' | 'copy-corrupt';

/** Why a restore was refused; the database file was left as it was. */
export type RestoreRefusal =
  | 'backup-missing'
  /** Not an SQLite file, or `PRAGMA integrity_check` found damage. */
  | 'backup-corrupt'
  /** An SQLite file without our migrations table: some other database. */
  | 'backup-not-skate'
  /** Made by a newer version of the bot: this one does not know its schema. */
  | 'backup-newer'
  /** Another connection (the running bot) has the database open. */
  | 'in-use';

export type BackupOutcome = { ok: true; bytes: number; version: number } | { ok: false; reason: BackupRefusal };
export type RestoreOutcome =
  | { ok: true; version: number }
  | { ok: false; reason: RestoreRefusal; detail?: string; found?: number; latest?: number };

/** More pages than any database has: the copy is done in one step, under one read transaction. */
const ALL_PAGES = 0x7fffffff;

/** What a database file holds, read without writing to it. */
interface Inspection {
  problems: string[];
  version: number | null;
}

function inspect(path: string): Inspection {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[];
    const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
    const row = table
      ? (db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null })
      : null;
    return { problems, version: row?.v ?? null };
  } finally {
    db.close();
  }
}

/**
 * Writes a consistent copy of the live database at `source` to `target`
 * while the bot keeps running, with SQLite's online backup API. The copy is
 * made in one step, so it is the database as of one moment even when another
 * process writes meanwhile, written beside the target first and renamed into
 * place only after its integrity check passed, so a failed backup never
 * leaves a half-written file under the target's name.
 */
export async function backupDatabase(source: string, target: string): Promise<BackupOutcome> {
  if (!existsSync(source)) return { ok: false, reason: 'source-missing' };
  if (existsSync(target)) return { ok: false, reason: 'target-exists' };
  const partial = `${target}.partial-${process.pid}`;
  const db = new Database(source, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    await db.backup(partial, { progress: () => ALL_PAGES });
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    db.close();
  }
  // The copy carries the live file's WAL flag; in rollback mode it is one self-contained file, which
  // opening it read-only (below, and in restore) does not litter with -wal and -shm files.
  const plain = new Database(partial, { fileMustExist: true });
  try {
    plain.pragma('journal_mode = DELETE');
  } finally {
    plain.close();
  }
  const copy = inspect(partial);
  if (copy.problems.length > 0) {
    rmSync(partial, { force: true });
    return { ok: false, reason: 'copy-corrupt' };
  }
  renameSync(partial, target);
  return { ok: true, bytes: statSync(target).size, version: copy.version ?? 0 };
}

/**
 * Whether another connection has the database at `path` open. In WAL mode
 * every open connection holds a shared lock on the file for as long as it is
 * open, so an exclusive lock taken without waiting succeeds only when no one
 * else, the bot included, has it open.
 */
export function databaseInUse(path: string): boolean {
  if (!existsSync(path)) return false;
  const db = new Database(path, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    db.exec('COMMIT');
    return false;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) return true;
    throw error;
  } finally {
    db.close();
  }
}

/**
 * Replaces the database at `target` with the backup at `backup`, for use
 * while the bot is stopped: refused if the backup is damaged, not ours, or
 * newer than this code, and refused while anything has the target open. The
 * copy goes through SQLite's backup API into the target, in one step, so the
 * target's write-ahead log is handled and the file is never half old, half new.
 * A backup from an older version is restored as is; the bot migrates it on start.
 */
export async function restoreDatabase(
  backup: string,
  target: string,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<RestoreOutcome> {
  if (!existsSync(backup)) return { ok: false, reason: 'backup-missing' };
  let found: Inspection;
  try {
    found = inspect(backup);
  } catch (error) {
    return { ok: false, reason: 'backup-corrupt', detail: error instanceof Error ? error.message : String(error) };
  }
  if (found.problems.length > 0) return { ok: false, reason: 'backup-corrupt', detail: found.problems[0] ?? '' };
  if (found.version === null || found.version < 1) return { ok: false, reason: 'backup-not-skate' };
  const latest = Math.max(...migrations.map((m) => m.version));
  if (found.version > latest) return { ok: false, reason: 'backup-newer', found: found.version, latest };
  if (databaseInUse(target)) return { ok: false, reason: 'in-use' };
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
  return { ok: true, version: found.version };
}

import { accessSync, constants, statfsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { type Db, openedFile, schemaVersion } from './db';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';

/** Why the database cannot take writes now; each is a stable word for the probe's 503 body. */
export type NotReadyReason =
  /** The connection was closed. */
  | 'closed'
  /** The file at the configured path is gone: writes would land in an unlinked inode and vanish. */
  | 'file-missing'
  /** Another file now sits at the path (restored, copied over, remounted): we would write to the old one. */
  | 'file-replaced'
  /** The connection was not opened by openDatabase, so which file it holds is unknown. */
  | 'file-unknown'
  /** The file or the connection refuses writes (read-only file, read-only or query-only connection, I/O error). */
  | 'not-writable'
  /** Another process has held the write lock longer than the probe waits. */
  | 'busy'
  /** Migrations are missing: the code expects a newer schema. */
  | 'not-migrated'
  /** The disk (or the database's size cap, `max_page_count`) leaves no room for the next writes: SQLITE_FULL. */
  | 'disk-full'
  /** PostgreSQL: the pool cannot reach the database (down, refused, timed out). */
  | 'unreachable';

/** The probe's verdict. */
export type Readiness = { ready: true } | { ready: false; reason: NotReadyReason };

/**
 * How long the write probe waits for the write lock. better-sqlite3 is
 * synchronous, so the wait blocks the event loop: keep it far below the
 * connection's own busy timeout, and call a database that stays locked longer busy.
 */
const PROBE_BUSY_MS = 100;

const notReady = (reason: NotReadyReason): Readiness => ({ ready: false, reason });

/**
 * The room a write needs to be sure to fit: a report with its version row, audit entry, outbox
 * messages and index pages is a few pages. Below this the next acknowledged write could fail.
 */
export const MIN_HEADROOM_BYTES = 256 * 1024;

/**
 * Whether `db` can serve writes now: still open, still on the file at `path`
 * that it opened (same device and inode), writable, and migrated to the
 * newest of `migrations`. The write probe takes the write lock and changes the
 * header's user_version inside a transaction it always rolls back, so it
 * leaves no trace.
 */
export function checkReadiness(db: Db, path: string, migrations: readonly Migration[] = MIGRATIONS): Readiness {
  return passiveChecks(db, path, migrations) ?? writeProbe(db);
}

/** How often {@link readinessMonitor} runs the write probe while the database is ready. */
export const WRITE_PROBE_EVERY_MS = 1_000;

/**
 * {@link checkReadiness} for every request that may write: the connection, the file, the disk
 * and the database's own room are looked at on each call (a few system calls and cached
 * statements), the write probe, which takes the write lock, at most every `probeEveryMs` while
 * it says ready, and on every call once it has not (so recovery shows at once). While this
 * connection is in a transaction of its own (a write of this process in flight), the last
 * probe's verdict stands: the connection is busy with our own work, not refused.
 */
export function readinessMonitor(
  db: Db,
  path: string,
  migrations: readonly Migration[] = MIGRATIONS,
  probeEveryMs = WRITE_PROBE_EVERY_MS,
  clock: () => number = Date.now,
): () => Readiness {
  let probed: { at: number; verdict: Readiness } | null = null;
  let roomy: number | null = null;
  return () => {
    const problem = passiveChecks(db, path, migrations, 'no-disk');
    if (problem) return problem;
    const now = clock();
    // With ample room (more than a second of the busiest writing could use) the room, on the disk
    // and under the database's cap, is looked at once a second; closer to the limit, on every request.
    if (roomy === null || now - roomy >= probeEveryMs) {
      const disk = path === ':memory:' ? null : diskProblem(path);
      if (disk) return notReady(disk);
      const room = roomLeft(db);
      if (room === null) return notReady('not-writable');
      if (room < MIN_HEADROOM_BYTES) return notReady('disk-full');
      roomy = room >= AMPLE_ROOM_BYTES ? now : null;
    }
    if (probed && (db.inTransaction || (probed.verdict.ready && now - probed.at < probeEveryMs))) return probed.verdict;
    probed = { at: now, verdict: writeProbe(db) };
    return probed.verdict;
  };
}

/** What can be seen without taking the write lock: open, the same file, room on the disk, migrated. */
function passiveChecks(
  db: Db,
  path: string,
  migrations: readonly Migration[],
  disk: 'disk' | 'no-disk' = 'disk',
): Readiness | null {
  if (!db.open) return notReady('closed');
  if (path !== ':memory:') {
    const file = fileProblem(db, path) ?? (disk === 'disk' ? diskProblem(path) : null);
    if (file) return notReady(file);
  }
  const latest = Math.max(0, ...migrations.map((m) => m.version));
  if (migratedTo.get(db) === latest) return null;
  try {
    if (schemaVersion(db) < latest) return notReady('not-migrated');
  } catch {
    return notReady('not-migrated');
  }
  // A schema is never migrated back under an open connection; another file put in its place is found above.
  migratedTo.set(db, latest);
  return null;
}

/** The newest migration each connection was found migrated to. */
const migratedTo = new WeakMap<Db, number>();

/** Room enough that a second of writes cannot use it up: the room check may then wait a second. */
const AMPLE_ROOM_BYTES = 64 * 1024 * 1024;

/** The database's own room ({@link headroomBytes}); null when it cannot be read. */
function roomLeft(db: Db): number | null {
  try {
    return headroomBytes(db);
  } catch {
    return null;
  }
}

function fileProblem(db: Db, path: string): NotReadyReason | null {
  const opened = openedFile(db);
  if (!opened || opened.path !== resolve(path)) return 'file-unknown';
  let now: { dev: number; ino: number };
  try {
    now = statSync(path);
  } catch {
    return 'file-missing';
  }
  if (now.dev !== opened.dev || now.ino !== opened.ino) return 'file-replaced';
  try {
    accessSync(path, constants.W_OK);
  } catch {
    return 'not-writable';
  }
  return null;
}

/** The file system under the database has too little room left for the next writes. */
function diskProblem(path: string): NotReadyReason | null {
  try {
    const fs = statfsSync(dirname(resolve(path)));
    return fs.bavail * fs.bsize < MIN_HEADROOM_BYTES ? 'disk-full' : null;
  } catch {
    // A file system that cannot say how full it is: the write probe still tells whether it writes.
    return null;
  }
}

/**
 * The room the database itself may still grow by: free pages inside the file plus the pages its
 * size cap (`max_page_count`) still allows. Measured, not tried: a rolled-back write in WAL mode
 * may never touch the disk, so it cannot show that the next one will not fit.
 */
function headroomBytes(db: Db): number {
  const [pageSize, pages, max, free] = pageCounts(db);
  return (Math.max(0, max - pages) + free) * pageSize;
}

/** One statement for the four page counts, prepared once per connection. */
const pageCountStatements = new WeakMap<Db, Database.Statement>();

function pageCounts(db: Db): [pageSize: number, pages: number, max: number, free: number] {
  let statement = pageCountStatements.get(db);
  if (!statement) {
    statement = db.prepare(
      'SELECT s.page_size, c.page_count, m.max_page_count, f.freelist_count FROM pragma_page_size() s, pragma_page_count() c, pragma_max_page_count() m, pragma_freelist_count() f',
    );
    pageCountStatements.set(db, statement);
  }
  return statement.raw().get() as [number, number, number, number];
}

function writeProbe(db: Db): Readiness {
  // Never the case between requests (the driver is synchronous), but a probe must not end someone's transaction.
  if (db.inTransaction) return notReady('busy');
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma(`busy_timeout = ${PROBE_BUSY_MS}`);
  try {
    db.exec('BEGIN IMMEDIATE');
    try {
      const version = db.pragma('user_version', { simple: true }) as number;
      db.pragma(`user_version = ${version ^ 1}`);
      if (headroomBytes(db) < MIN_HEADROOM_BYTES) return notReady('disk-full');
    } finally {
      db.exec('ROLLBACK');
    }
    return { ready: true };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_FULL') return notReady('disk-full');
    const busy = typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
    return notReady(busy ? 'busy' : 'not-writable');
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}

/**
 * Readiness tells the truth about the database: open, still the file it
 * opened, writable and migrated. Each of these used to pass `db.open &&
 * schemaVersion(db) === latest` while writes were being lost or refused.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { openDatabase, schemaVersion } from '../../../src/store/db';
import { MIGRATIONS } from '../../../src/store/migrations';
import type { Migration } from '../../../src/store/migrations/migration';
import { checkReadiness, readinessMonitor } from '../../../src/store/readiness';
import { useTempDbDir } from '../../helpers/temp-db';

describe('checkReadiness', () => {
  const tmp = useTempDbDir();

  it('is ready on an open, migrated, writable file, and the write probe leaves no trace', () => {
    const db = tmp().open();
    const version = db.pragma('user_version', { simple: true });
    const timeout = db.pragma('busy_timeout', { simple: true });
    expect(checkReadiness(db, tmp().file())).toEqual({ ready: true });
    expect(db.pragma('user_version', { simple: true })).toBe(version);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(timeout);
    expect(db.inTransaction).toBe(false);
  });

  it('is ready on an in-memory database', () => {
    const db = tmp().track(openDatabase(':memory:'));
    expect(checkReadiness(db, ':memory:')).toEqual({ ready: true });
  });

  it('is not ready once closed', () => {
    const db = tmp().open();
    db.close();
    expect(checkReadiness(db, tmp().file())).toEqual({ ready: false, reason: 'closed' });
  });

  it('is not ready when the file was deleted under the open connection', () => {
    const db = tmp().open();
    // The connection still answers (and would accept writes into the unlinked inode, lost on restart).
    fs.rmSync(tmp().file());
    expect(schemaVersion(db)).toBeGreaterThan(0);
    expect(checkReadiness(db, tmp().file())).toEqual({ ready: false, reason: 'file-missing' });
  });

  it('is not ready when another file was put in its place', () => {
    const db = tmp().open();
    tmp().open('other.db').close();
    fs.renameSync(tmp().file('other.db'), tmp().file());
    expect(checkReadiness(db, tmp().file())).toEqual({ ready: false, reason: 'file-replaced' });
  });

  it('is not ready for a path other than the one opened', () => {
    const db = tmp().open();
    tmp().open('other.db');
    expect(checkReadiness(db, tmp().file('other.db'))).toEqual({ ready: false, reason: 'file-unknown' });
  });

  it('is not ready when the connection cannot write', () => {
    const db = tmp().open();
    db.pragma('query_only = ON');
    expect(checkReadiness(db, tmp().file())).toEqual({ ready: false, reason: 'not-writable' });
  });

  it('is not ready while another connection holds the write lock, and says busy', () => {
    const db = tmp().open();
    const other = tmp().track(new Database(tmp().file()));
    other.exec('BEGIN IMMEDIATE');
    const started = Date.now();
    expect(checkReadiness(db, tmp().file())).toEqual({ ready: false, reason: 'busy' });
    // The probe gives up quickly rather than block the event loop for the connection's 5 s.
    expect(Date.now() - started).toBeLessThan(2_000);
    other.exec('ROLLBACK');
    expect(checkReadiness(db, tmp().file())).toEqual({ ready: true });
  });

  it('is not ready when the code knows a newer migration than the file has', () => {
    const db = tmp().open();
    const newer: Migration = { version: 999, name: 'future', sql: 'SELECT 1;', postgres: 'SELECT 1;' };
    expect(checkReadiness(db, tmp().file(), [...MIGRATIONS, newer])).toEqual({ ready: false, reason: 'not-migrated' });
  });
});

describe('readinessMonitor (asked on every request)', () => {
  const tmp = useTempDbDir();

  /** Counts the write probes: each takes the write lock with BEGIN IMMEDIATE. */
  function probes(db: Database.Database) {
    const exec = db.exec.bind(db);
    let n = 0;
    db.exec = (sql: string) => {
      if (sql === 'BEGIN IMMEDIATE') n += 1;
      return exec(sql);
    };
    return () => n;
  }

  it('takes the write lock at most once a second while ready, but sees a missing file at once', () => {
    const db = tmp().open();
    const probed = probes(db);
    let now = 1_000_000;
    const ready = readinessMonitor(db, tmp().file(), MIGRATIONS, 1_000, () => now);
    for (let i = 0; i < 50; i++) expect(ready()).toEqual({ ready: true });
    expect(probed()).toBe(1);
    now += 1_000;
    expect(ready()).toEqual({ ready: true });
    expect(probed()).toBe(2);
    fs.rmSync(tmp().file());
    expect(ready()).toEqual({ ready: false, reason: 'file-missing' });
  });

  it('probes on every request once refused, so it is ready again as soon as the lock is free', () => {
    const db = tmp().open();
    const other = tmp().track(new Database(tmp().file()));
    const now = 1_000_000;
    const ready = readinessMonitor(db, tmp().file(), MIGRATIONS, 1_000, () => now);
    other.exec('BEGIN IMMEDIATE');
    expect(ready()).toEqual({ ready: false, reason: 'busy' });
    other.exec('ROLLBACK');
    expect(ready()).toEqual({ ready: true });
  });

  it('looks at the room left on every request once it is short', () => {
    const db = tmp().open();
    const now = 1_000_000;
    const ready = readinessMonitor(db, tmp().file(), MIGRATIONS, 1_000, () => now);
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 100}`);
    expect(ready()).toEqual({ ready: true });
    db.pragma(`max_page_count = ${pages + 10}`);
    expect(ready()).toEqual({ ready: false, reason: 'disk-full' });
  });

  it('keeps the last verdict while this connection is in a transaction of its own', () => {
    const db = tmp().open();
    const now = 1_000_000;
    const ready = readinessMonitor(db, tmp().file(), MIGRATIONS, 0, () => now);
    expect(ready()).toEqual({ ready: true });
    db.exec('BEGIN IMMEDIATE');
    expect(ready()).toEqual({ ready: true });
    db.exec('ROLLBACK');
  });
});

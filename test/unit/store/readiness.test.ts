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
import { checkReadiness } from '../../../src/store/readiness';
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

/**
 * Temporary file databases for store tests: each test gets a fresh directory
 * under the OS temp dir; every database opened through it is closed and the
 * directory removed after the test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Db, openDatabase } from '../../src/store/db';
import type { Migration } from '../../src/store/migrations/migration';

/** A temp directory that tracks the databases opened in it. */
export class TempDbDir {
  readonly dir: string;
  private readonly handles: Db[] = [];

  constructor() {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skate-store-'));
  }

  /** The path of a file in the directory (the file need not exist). */
  file(name = 'skate.db'): string {
    return path.join(this.dir, name);
  }

  /** Opens (and migrates) a database file in the directory; closed by {@link cleanup}. */
  open(name = 'skate.db', migrations?: readonly Migration[]): Db {
    return this.track(openDatabase(this.file(name), migrations));
  }

  /** Registers a handle opened elsewhere so that {@link cleanup} closes it. */
  track(db: Db): Db {
    this.handles.push(db);
    return db;
  }

  cleanup(): void {
    for (const db of this.handles.splice(0)) if (db.open) db.close();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * Registers jest hooks giving every test of the enclosing block its own
 * {@link TempDbDir}; call the returned function inside a test to get it.
 */
export function useTempDbDir(): () => TempDbDir {
  let current: TempDbDir | null = null;
  beforeEach(() => {
    current = new TempDbDir();
  });
  afterEach(() => {
    current?.cleanup();
    current = null;
  });
  return () => {
    if (current === null) throw new Error('useTempDbDir: only available inside a test');
    return current;
  };
}

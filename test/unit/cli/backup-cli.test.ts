/**
 * `backup <file>` copies the live database consistently while another process
 * writes; `restore <file>` puts a checked backup back, only while nothing has
 * the database open.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { runCli } from '../../../src/cli';
import { openDatabase, schemaVersion } from '../../../src/store/db';
import { MIGRATIONS } from '../../../src/store/migrations';
import { SqliteUnitOfWork } from '../../../src/store/unit-of-work';
import { ChildWriter } from '../../helpers/child-process';
import { DURABILITY_INITIATIVE, DURABILITY_ROUND } from '../../helpers/child-writer';
import { useTempDbDir } from '../../helpers/temp-db';
import { DEMO_NOW } from '../../helpers/test-app';

jest.setTimeout(60_000);

const LATEST = Math.max(...MIGRATIONS.map((m) => m.version));

async function cli(database: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(
    argv,
    { DATABASE_PATH: database },
    { out: (t) => (out += t), err: (t) => (err += t) },
    () => DEMO_NOW,
  );
  return { code, out, err };
}

const organisations = (file: string): string[] => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT id FROM organisations ORDER BY id').all() as { id: string }[]).map((r) => r.id);
  } finally {
    db.close();
  }
};

describe('backup', () => {
  let writer: ChildWriter | null = null;
  afterEach(async () => {
    await writer?.stop();
    writer = null;
  });
  const tmp = useTempDbDir();

  it('copies one consistent moment of a database another process is writing to', async () => {
    const live = tmp().file();
    const copy = tmp().file('backup.db');
    writer = ChildWriter.start(['write-reports', live, '5000']);
    await writer.waitFor((l) => l === 'committed 20', 30_000);

    const answer = await cli(live, 'backup', copy);
    const stillWriting = !writer.hasExited;
    await writer.stop();

    expect(answer).toMatchObject({ code: 0, err: '' });
    expect(answer.out).toMatch(
      new RegExp(`^Sikkerhetskopi skrevet til .*backup\\.db \\(.* kB, skjemaversjon ${LATEST}\\)\\.\\n$`),
    );
    expect(stillWriting).toBe(true);
    expect(fs.readdirSync(tmp().dir).filter((f) => f.includes('.partial-'))).toEqual([]);

    const db = tmp().track(new Database(copy, { readonly: true }));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const versions = (
      db
        .prepare('SELECT version FROM report_versions WHERE initiative_id = ? AND round_id = ? ORDER BY version')
        .all(DURABILITY_INITIATIVE, DURABILITY_ROUND) as { version: number }[]
    ).map((r) => r.version);
    const n = versions.length;
    // Every commit before the backup began is in it, and each transaction is whole: report, versions,
    // idempotency entries and audit entries all stop at the same commit.
    expect(n).toBeGreaterThanOrEqual(20);
    expect(versions).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    const current = db
      .prepare('SELECT version FROM reports WHERE initiative_id = ? AND round_id = ?')
      .get(DURABILITY_INITIATIVE, DURABILITY_ROUND);
    expect(current).toEqual({ version: n });
    expect(db.prepare(`SELECT count(*) AS n FROM idempotency_keys WHERE action = 'durability'`).get()).toEqual({ n });
    const audited = db
      .prepare(`SELECT count(*) AS n FROM audit_log WHERE entity = 'report' AND entity_id = ?`)
      .get(`${DURABILITY_ROUND}/${DURABILITY_INITIATIVE}`);
    expect(audited).toEqual({ n });
  });

  it('never overwrites an existing file', async () => {
    const live = tmp().file();
    tmp().open().close();
    fs.writeFileSync(tmp().file('taken.db'), 'yesterday');
    const answer = await cli(live, 'backup', tmp().file('taken.db'));
    expect(answer.code).toBe(1);
    expect(answer.err).toMatch(/^Feil: .*taken\.db finnes allerede/);
    expect(fs.readFileSync(tmp().file('taken.db'), 'utf8')).toBe('yesterday');
  });
});

describe('restore', () => {
  const tmp = useTempDbDir();

  /** A database with the demo organisations, backed up; then changed after the backup. */
  async function backedUpThenChanged(): Promise<{ live: string; copy: string; before: string[] }> {
    const live = tmp().file();
    const copy = tmp().file('backup.db');
    expect((await cli(live, 'demo')).code).toBe(0);
    const before = organisations(live);
    expect((await cli(live, 'backup', copy)).code).toBe(0);
    const db = openDatabase(live);
    await new SqliteUnitOfWork(db).write(
      { actor: 'test', now: DEMO_NOW },
      async (repos) => await repos.organisations.save({ id: 'after-backup', name: 'Etter kopien', orgNumber: null }),
    );
    db.close();
    expect(organisations(live)).toContain('after-backup');
    return { live, copy, before };
  }

  it('puts the backup back, and the bot reads it', async () => {
    const { live, copy, before } = await backedUpThenChanged();
    const answer = await cli(live, 'restore', copy);
    expect(answer).toEqual({
      code: 0,
      out: `Databasen ${path.resolve(live)} er gjenopprettet (skjemaversjon ${LATEST}). Start boten igjen.\n`,
      err: '',
    });
    expect(organisations(live)).toEqual(before);
    const db = tmp().open();
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(schemaVersion(db)).toBe(LATEST);
    expect((await cli(live, '--lang', 'en', 'restore', tmp().file('missing.db'))).err).toMatch(/not found/);
  });

  it('refuses while the database is open (the bot is running), and changes nothing', async () => {
    const { live, copy } = await backedUpThenChanged();
    const running = tmp().open();
    expect(running.prepare('SELECT count(*) AS n FROM organisations').get()).toBeTruthy();
    const answer = await cli(live, 'restore', copy);
    expect(answer.code).toBe(1);
    expect(answer.err).toMatch(/^Feil: .* er i bruk\. Stopp boten før du gjenoppretter/);
    running.close();
    expect(organisations(live)).toContain('after-backup');
  });

  it('refuses a damaged backup', async () => {
    const { live, copy } = await backedUpThenChanged();
    const bytes = fs.readFileSync(copy);
    // Scribble over the middle pages, keeping the header: SQLite opens it, the integrity check fails.
    bytes.fill(0xa5, 4096 * 2, 4096 * 6);
    fs.writeFileSync(copy, bytes);
    const answer = await cli(live, 'restore', copy);
    expect(answer.code).toBe(1);
    expect(answer.err).toMatch(/^Feil: Sikkerhetskopien er skadet og ble ikke brukt/);
    expect(organisations(live)).toContain('after-backup');
  });

  it('refuses a file that is not a database, one that is not ours, and one from a newer version', async () => {
    const { live } = await backedUpThenChanged();
    const text = tmp().file('notes.txt');
    fs.writeFileSync(text, 'dette er ingen database\n'.repeat(200));
    expect((await cli(live, 'restore', text)).err).toMatch(/Sikkerhetskopien er skadet/);

    const foreign = tmp().file('foreign.db');
    const other = new Database(foreign);
    other.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY)');
    other.close();
    expect((await cli(live, 'restore', foreign)).err).toMatch(/ikke en sikkerhetskopi av Skate-boten/);

    const newer = tmp().file('newer.db');
    const future = openDatabase(newer);
    future.prepare(`INSERT INTO schema_migrations VALUES (?, 'future', '2027-01-01T00:00:00.000Z')`).run(LATEST + 1);
    future.close();
    expect((await cli(live, 'restore', newer)).err).toMatch(
      new RegExp(`skjemaversjon ${LATEST + 1}, men denne versjonen av boten kjenner bare til ${LATEST}`),
    );
    expect(organisations(live)).toContain('after-backup');
  });
});

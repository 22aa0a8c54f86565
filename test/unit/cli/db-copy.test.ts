/**
 * `db copy --from … --to …` moves a whole store between SQLite and
 * PostgreSQL (either way, or SQLite to SQLite): every table, checked by count
 * and checksum before it commits, identities continuing after the copied
 * numbers, and a refusal that leaves a non-empty target as it was.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { runCli } from '../../../src/cli';
import { canonicalValue, foreignKeyOrder, storeChecksums, type TableCopy } from '../../../src/store/copy-store';
import { MIGRATIONS } from '../../../src/store/migrations';
import { openPostgresStore } from '../../../src/store/pg/pg-store';
import { ChildWriter } from '../../helpers/child-process';
import { DURABILITY_INITIATIVE, DURABILITY_ROUND } from '../../helpers/child-writer';
import {
  createMigratedTestDatabase,
  createTestDatabase,
  describeWithPostgres,
  type TestDatabase,
} from '../../helpers/postgres';
import { useTempDbDir } from '../../helpers/temp-db';
import { DEMO_NOW, testApp } from '../../helpers/test-app';

jest.setTimeout(60_000);

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, {}, { out: (t) => (out += t), err: (t) => (err += t) }, () => DEMO_NOW);
  return { code, out, err };
}

/** Every byte value, so that no encoding of BLOB/BYTEA on the way can go unnoticed. */
const ALL_BYTES = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]);
const AWKWARD_TEXT = 'Ærlig «test» 😀 \'quoted\' "double" \\ back\nslash\ttab';

/**
 * The demo data in an SQLite file, plus what the demo lacks: a compiled agenda
 * with its documents, outbox messages, jobs, channel bindings, a personal
 * conversation, local deliveries with a gap at the end (a high-water mark
 * above the highest row), REAL values that are not whole and awkward text.
 */
async function seed(path: string): Promise<void> {
  const t = await testApp({ path });
  try {
    await t.bindChannels(['au', 'skate']);
    await t.app.uow.write({ actor: 'test', now: DEMO_NOW }, async (repos) => {
      await repos.compiledAgendas.save({
        roundId: '2026-Q3',
        revision: 1,
        hash: 'a'.repeat(64),
        edition: 0,
        undecidedPoints: 0,
        caseNumber: '26/17',
        locale: 'nb',
        createdAt: DEMO_NOW.toISOString(),
        createdBy: 'test',
        markdown: '# Samlesak',
        html: '<h1>Samlesak</h1>',
        docx: ALL_BYTES,
        heatmapPng: PNG,
        summary: '{"blocks":[]}',
        publishedAt: null,
      });
      for (const n of [1, 2, 3]) {
        await repos.outbox.enqueue(
          {
            dedupeKey: `copy-test-${n}`,
            cancelGroup: n === 1 ? null : 'copy-test',
            destination: { kind: 'channel', channel: 'au' },
            view: { kind: 'text', text: `${AWKWARD_TEXT} ${n}` },
            notBefore: DEMO_NOW.toISOString(),
          },
          DEMO_NOW,
        );
        await repos.jobs.schedule({
          dedupeKey: `copy-test-job-${n}`,
          kind: 'round.reminder',
          payload: { round: '2026-Q4', n },
          dueAt: DEMO_NOW.toISOString(),
        });
        await repos.localDeliveries.record(
          { dedupeKey: `copy-test-${n}`, destination: 'au', operation: 'post', text: AWKWARD_TEXT },
          DEMO_NOW,
        );
      }
      await repos.directory.saveConversation('msteams', 'user-1', '{"conversation":{"id":"a:1"}}', DEMO_NOW);
    });
    const ids = (t.db.prepare('SELECT id FROM initiatives ORDER BY id LIMIT 2').all() as { id: string }[]).map(
      (r) => r.id,
    );
    t.db
      .prepare('UPDATE initiatives SET tolerance_percent = 0.5, agreed_cost_nok = 1234567.89 WHERE id = ?')
      .run(ids[0]);
    t.db
      .prepare('UPDATE initiatives SET tolerance_percent = ?, agreed_cost_nok = 0.1 WHERE id = ?')
      .run(0.1 + 0.2, ids[1]);
    t.db.prepare('UPDATE organisations SET name = ? WHERE id = (SELECT min(id) FROM organisations)').run(AWKWARD_TEXT);
    // Local delivery 3 was handed out and is gone: a copy must not hand out 3 again.
    t.db.prepare('DELETE FROM local_deliveries WHERE seq = 3').run();
  } finally {
    await t.close();
  }
}

const sqliteAt = (path: string) => ({ kind: 'sqlite', path }) as const;
const postgresAt = (url: string) => ({ kind: 'postgres', url }) as const;
const rowsOf = (tables: TableCopy[], name: string): number | undefined => tables.find((t) => t.table === name)?.rows;

function sqliteSequence(path: string, table: string): number | undefined {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT seq FROM sqlite_sequence WHERE name = ?').get(table) as { seq: number } | undefined)
      ?.seq;
  } finally {
    db.close();
  }
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The one line a refusal prints, in the form «Feil: …». */
function refusalLine(answer: { code: number; out: string; err: string }): string {
  expect(answer.code).toBe(1);
  expect(answer.out).toBe('');
  const lines = answer.err.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  return lines[0] ?? '';
}

describe('db copy: SQLite to SQLite', () => {
  const tmp = useTempDbDir();

  it('copies every table and every value, checks them and keeps the identities’ high-water marks', async () => {
    const from = tmp().file('from.db');
    const to = tmp().file('to.db');
    await seed(from);

    const answer = await cli('db', 'copy', '--from', from, '--to', to);

    expect(answer).toMatchObject({ code: 0, err: '' });
    const source = await storeChecksums(sqliteAt(from));
    expect(await storeChecksums(sqliteAt(to))).toEqual(source);
    for (const t of source) expect(answer.out).toContain(t.checksum);
    expect(rowsOf(source, 'compiled_agendas')).toBe(1);
    expect(rowsOf(source, 'outbox')).toBe(3);
    expect(rowsOf(source, 'local_deliveries')).toBe(2);
    expect(rowsOf(source, 'audit_log')).toBeGreaterThan(100);
    const total = source.reduce((n, t) => n + t.rows, 0);
    expect(answer.out).toMatch(
      new RegExp(
        `\\nKopierte ${total} rader i ${source.length} tabeller fra .*from\\.db til .*to\\.db på [\\d,]+ s \\(skjemaversjon \\d+\\)\\. Antall rader og sjekksum er like på begge sider i hver tabell\\.\\n$`,
      ),
    );
    expect(sqliteSequence(to, 'local_deliveries')).toBe(3);
    const db = tmp().track(new Database(to));
    expect(db.prepare('SELECT docx FROM compiled_agendas').get()).toEqual({ docx: ALL_BYTES });
    const next = db
      .prepare(
        "INSERT INTO local_deliveries (at, dedupe_key, destination, operation, text) VALUES ('x', 'x', 'x', 'x', 'x') RETURNING seq",
      )
      .get();
    expect(next).toEqual({ seq: 4 });
  });

  it('copies one consistent moment of a source another process is writing to', async () => {
    const from = tmp().file('from.db');
    const to = tmp().file('to.db');
    const writer = ChildWriter.start(['write-reports', from, '5000']);
    try {
      await writer.waitFor((l) => l === 'committed 20', 30_000);
      const answer = await cli('db', 'copy', '--from', from, '--to', to);
      expect(writer.hasExited).toBe(false);
      expect(answer).toMatchObject({ code: 0, err: '' });
    } finally {
      await writer.stop();
    }

    // Each table was read at a different moment of the copy, yet all of them stop at the same commit.
    const db = tmp().track(new Database(to, { readonly: true }));
    const versions = (
      db
        .prepare('SELECT version FROM report_versions WHERE initiative_id = ? AND round_id = ? ORDER BY version')
        .all(DURABILITY_INITIATIVE, DURABILITY_ROUND) as { version: number }[]
    ).map((r) => r.version);
    const n = versions.length;
    expect(n).toBeGreaterThanOrEqual(20);
    expect(versions).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(
      db
        .prepare('SELECT version FROM reports WHERE initiative_id = ? AND round_id = ?')
        .get(DURABILITY_INITIATIVE, DURABILITY_ROUND),
    ).toEqual({ version: n });
    expect(db.prepare(`SELECT count(*) AS n FROM idempotency_keys WHERE action = 'durability'`).get()).toEqual({ n });
    expect(
      db
        .prepare(`SELECT count(*) AS n FROM audit_log WHERE entity = 'report' AND entity_id = ?`)
        .get(`${DURABILITY_ROUND}/${DURABILITY_INITIATIVE}`),
    ).toEqual({ n });
  });

  it('refuses a target with data, naming the table, and changes nothing there', async () => {
    const from = tmp().file('from.db');
    const to = tmp().file('to.db');
    await seed(from);
    const other = await testApp({ path: to });
    await other.close();
    const before = await storeChecksums(sqliteAt(to));

    const line = refusalLine(await cli('db', 'copy', '--from', from, '--to', to));

    expect(line).toMatch(
      /^Feil: Målet .*to\.db har allerede data: tabellen audit_log har \d+ rader\. Kopier bare til en tom database; ingenting er endret\.$/,
    );
    expect(await storeChecksums(sqliteAt(to))).toEqual(before);
  });

  it('rolls everything back when the copy read back differs from the source', async () => {
    const from = tmp().file('from.db');
    const to = tmp().file('to.db');
    await seed(from);
    // A target that quietly changes what it is given: the read-back must catch it.
    const target = tmp().open('to.db');
    target.exec(`CREATE TRIGGER mangle AFTER INSERT ON people BEGIN
      UPDATE people SET name = name || '!' WHERE email = NEW.email; END`);
    target.close();

    const line = refusalLine(await cli('db', 'copy', '--from', from, '--to', to));

    expect(line).toMatch(
      /^Feil: Kontrollen fant avvik i tabellen people: sjekksummen er [0-9a-f]{64} i kilden, men [0-9a-f]{64} i målet\. Kopien er rullet tilbake; ingenting er endret\.$/,
    );
    expect((await storeChecksums(sqliteAt(to))).filter((t) => t.rows > 0)).toEqual([]);
  });

  it('refuses a missing source without creating anything, and the same file as both ends', async () => {
    const missing = tmp().file('missing.db');
    const to = tmp().file('to.db');
    expect(refusalLine(await cli('db', 'copy', '--from', missing, '--to', to))).toBe(
      `Feil: Fant ingen database i ${missing}. Ingenting er kopiert.`,
    );
    expect(fs.existsSync(missing)).toBe(false);
    expect(fs.existsSync(to)).toBe(false);

    const from = tmp().file('from.db');
    await seed(from);
    expect(refusalLine(await cli('--lang', 'en', 'db', 'copy', '--from', from, '--to', from))).toBe(
      'Error: The source and the target are the same database. Nothing has been copied.',
    );
  });

  it('refuses a source on another schema version, or not the bot’s at all', async () => {
    const older = tmp().file('older.db');
    tmp().open('older.db', MIGRATIONS.slice(0, -1)).close();
    const latest = Math.max(...MIGRATIONS.map((m) => m.version));
    expect(refusalLine(await cli('db', 'copy', '--from', older, '--to', tmp().file('to.db')))).toBe(
      `Feil: ${older} har skjemaversjon ${latest - 1}, men denne versjonen av boten bruker ${latest}. Start boten mot den én gang, så blir skjemaet oppgradert, og prøv igjen. Ingenting er kopiert.`,
    );

    const foreign = tmp().file('foreign.db');
    const db = new Database(foreign);
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)');
    db.close();
    expect(refusalLine(await cli('--lang', 'nn', 'db', 'copy', '--from', foreign, '--to', tmp().file('to.db')))).toBe(
      `Feil: ${foreign} er ikkje ein database for Skate-boten (han har inga skjemaversjon). Ingenting er kopiert.`,
    );
  });

  it('says in one line that a PostgreSQL target cannot be reached, without its password', async () => {
    const from = tmp().file('from.db');
    await seed(from);
    const line = refusalLine(
      await cli('db', 'copy', '--from', from, '--to', 'postgres://skate:hemmelig@127.0.0.1:1/skate'),
    );
    expect(line).toMatch(
      /^Feil: Fikk ikke åpnet målet postgres:\/\/skate:\*\*\*@127\.0\.0\.1:1\/skate: .+\. Ingenting er kopiert\.$/,
    );
    expect(line).not.toContain('hemmelig');
  });
});

describe('the checksum and the order', () => {
  it('gives a stored value the same form whichever engine returned it', () => {
    expect(canonicalValue(5)).toBe(canonicalValue(5n));
    expect(canonicalValue(0.5)).toBe(canonicalValue(Number('0.5')));
    expect(canonicalValue(0.1 + 0.2)).toBe(canonicalValue(Number.parseFloat(String(0.1 + 0.2))));
    expect(canonicalValue(5)).not.toBe(canonicalValue('5'));
    expect(canonicalValue(Buffer.from([0, 255]))).toBe(canonicalValue(new Uint8Array([0, 255])));
    expect(canonicalValue(null)).toBeNull();
    expect(canonicalValue(2 ** 60)).toBe(canonicalValue(2n ** 60n));
  });

  it('puts every table after the tables it refers to', () => {
    const tables = new Map([
      ['votes', { references: new Set(['rounds', 'people']) }],
      ['rounds', { references: new Set(['meetings']) }],
      ['people', { references: new Set(['organisations']) }],
      ['meetings', { references: new Set<string>() }],
      ['organisations', { references: new Set<string>() }],
    ]);
    const order = foreignKeyOrder(tables);
    expect(order).toHaveLength(5);
    for (const [name, { references }] of tables) {
      for (const parent of references) expect(order.indexOf(parent)).toBeLessThan(order.indexOf(name));
    }
    expect(() =>
      foreignKeyOrder(
        new Map([
          ['a', { references: new Set(['b']) }],
          ['b', { references: new Set(['a']) }],
        ]),
      ),
    ).toThrow(/cycle/);
  });
});

describeWithPostgres('db copy: SQLite ⇄ PostgreSQL', () => {
  const tmp = useTempDbDir();
  const databases: TestDatabase[] = [];
  afterEach(async () => {
    for (const d of databases.splice(0)) await d.drop();
  });

  it('goes from SQLite to PostgreSQL and back with every table equal, and PostgreSQL numbers on after the copy', async () => {
    const first = tmp().file('first.db');
    const second = tmp().file('second.db');
    await seed(first);
    // Not migrated: the copy migrates its target.
    const pg = await createTestDatabase();
    databases.push(pg);

    const there = await cli('db', 'copy', '--from', first, '--to', pg.url);
    expect(there).toMatchObject({ code: 0, err: '' });
    expect(there.out).toMatch(/Kopierte \d+ rader i \d+ tabeller fra .*first\.db til postgres:\/\/root@\/skate_test_/);
    const back = await cli('db', 'copy', '--from', pg.url, '--to', second);
    expect(back).toMatchObject({ code: 0, err: '' });

    const original = await storeChecksums(sqliteAt(first));
    expect(await storeChecksums(postgresAt(pg.url))).toEqual(original);
    expect(await storeChecksums(sqliteAt(second))).toEqual(original);
    for (const t of original) {
      expect(there.out).toContain(t.checksum);
      expect(back.out).toContain(t.checksum);
    }
    expect(sqliteSequence(second, 'local_deliveries')).toBe(3);

    const copied = await withClient(pg.url, async (client) => {
      const docs = await client.query('SELECT docx, heatmap_png FROM compiled_agendas');
      const reals = await client.query('SELECT tolerance_percent FROM initiatives ORDER BY id LIMIT 2');
      const maxAudit = await client.query<{ m: string }>('SELECT max(seq) AS m FROM audit_log');
      const delivery = await client.query<{ seq: string }>(
        `INSERT INTO local_deliveries (at, dedupe_key, destination, operation, text) VALUES ('x', 'x', 'x', 'x', 'x') RETURNING seq`,
      );
      return {
        docs: docs.rows,
        reals: reals.rows,
        maxAudit: Number(maxAudit.rows[0]?.m),
        delivery: Number(delivery.rows[0]?.seq),
      };
    });
    expect(copied.docs).toEqual([{ docx: ALL_BYTES, heatmap_png: PNG }]);
    expect(copied.reals).toEqual([{ tolerance_percent: 0.5 }, { tolerance_percent: 0.1 + 0.2 }]);
    // The source's high-water mark, not max + 1: number 3 was handed out once already.
    expect(copied.delivery).toBe(4);

    // The bot's own writes on the copy: the audit entry gets the next number after the copied ones.
    const store = await openPostgresStore(pg.url, { max: 2 }, 60_000);
    try {
      await store.uow.write({ actor: 'test', now: DEMO_NOW }, async (repos) => {
        await repos.organisations.save({ id: 'etter-kopi', name: 'Etter kopien', orgNumber: null });
      });
      const entries = await store.uow.read(async (repos) => await repos.audit.list('organisation', 'etter-kopi'));
      expect(entries).toHaveLength(1);
      expect(entries[0]?.seq).toBe(copied.maxAudit + 1);
    } finally {
      await store.close();
    }
  });

  it('refuses a PostgreSQL target with data, naming the table, and changes nothing there', async () => {
    const from = tmp().file('from.db');
    await seed(from);
    const pg = await createMigratedTestDatabase();
    databases.push(pg);
    await withClient(pg.url, (c) =>
      c.query("INSERT INTO organisations (id, name) VALUES ('der-fra-før', 'Der fra før')"),
    );
    const sequences = (): Promise<unknown[]> =>
      withClient(pg.url, async (c) => (await c.query('SELECT last_value, is_called FROM audit_log_seq_seq')).rows);
    const before = { tables: await storeChecksums(postgresAt(pg.url)), sequence: await sequences() };

    const line = refusalLine(await cli('db', 'copy', '--from', from, '--to', pg.url));

    expect(line).toMatch(
      /^Feil: Målet postgres:\/\/root@\/skate_test_\S+ har allerede data: tabellen organisations har 1 rad\. Kopier bare til en tom database; ingenting er endret\.$/,
    );
    expect({ tables: await storeChecksums(postgresAt(pg.url)), sequence: await sequences() }).toEqual(before);
  });
});

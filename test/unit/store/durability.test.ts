/**
 * Multi-process tests: a child writes through the real store (run with tsx);
 * the parent kills it or competes with it for the write lock.
 */
import fs from 'node:fs';
import { buildDemoData } from '../../../src/app/demo/demo-data';
import { SqliteUnitOfWork } from '../../../src/store/unit-of-work';
import { ChildWriter } from '../../helpers/child-process';
import {
  DURABILITY_INITIATIVE,
  DURABILITY_NOW,
  DURABILITY_ROUND,
  HOLD_AFTER_MARKER_MS,
  LOCK_HOLDER_ORGANISATION,
} from '../../helpers/child-writer';
import { ctxAt } from '../../helpers/store-fixtures';
import { useTempDbDir } from '../../helpers/temp-db';

jest.setTimeout(60_000);

/** Writes the child is asked for: far more than it gets to do before it is killed. */
const REQUESTED_WRITES = 5000;
/** The parent kills the child once it has reported this many commits. */
const KILL_AFTER = 25;
const STARTUP_TIMEOUT_MS = 30_000;

describe('durability across a crash', () => {
  let child: ChildWriter | null = null;
  // Declared first, so it runs first: the child is gone before its directory is removed.
  afterEach(async () => {
    await child?.stop();
    child = null;
  });
  const tmp = useTempDbDir();

  it('keeps every write the child reported as committed after it is SIGKILLed', async () => {
    const file = tmp().file();
    const writer = ChildWriter.start(['write-reports', file, String(REQUESTED_WRITES)]);
    child = writer;

    const reported: number[] = [];
    writer.each((line) => {
      const match = /^committed (\d+)$/.exec(line);
      if (!match) return;
      reported.push(Number(match[1]));
      // Killed synchronously on the line: the child is most likely mid-transaction.
      if (reported.length === KILL_AFTER) writer.kill();
    });
    await writer.waitFor((l) => l === `committed ${KILL_AFTER}`, STARTUP_TIMEOUT_MS);
    const exit = await writer.exit;

    expect(exit).toEqual({ code: null, signal: 'SIGKILL' });
    expect(writer.lines[0]).toBe('seeded');
    expect(reported).toEqual(Array.from({ length: reported.length }, (_, i) => i + 1));
    expect(reported.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(reported.length).toBeLessThan(REQUESTED_WRITES);
    // No clean close: the last commits live in the WAL, which the next open must recover.
    expect(fs.existsSync(`${file}-wal`)).toBe(true);

    const db = tmp().open();
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);

    const uow = new SqliteUnitOfWork(db);
    const demo = buildDemoData(new Date(DURABILITY_NOW));
    const state = await uow.read(async (repos) => ({
      organisations: (await repos.organisations.list()).length,
      initiatives: (await repos.initiatives.list()).length,
      pastReports: (await repos.reports.listForRound(demo.pastRound.round.id)).length,
      report: await repos.reports.get(DURABILITY_INITIATIVE, DURABILITY_ROUND),
      versions: (await repos.reports.versions(DURABILITY_INITIATIVE, DURABILITY_ROUND)).map((v) => v.version),
    }));
    // The demo data, committed before any report, is complete.
    expect(state.organisations).toBe(demo.organisations.length);
    expect(state.initiatives).toBe(demo.initiatives.length);
    expect(state.pastReports).toBe(demo.pastRound.reports.length);

    // Every reported commit is there; at most the one in flight at the kill is extra.
    const last = reported.length;
    const stored = state.versions.length;
    expect(state.versions).toEqual(Array.from({ length: stored }, (_, i) => i + 1));
    expect(stored).toBeGreaterThanOrEqual(last);
    expect(stored).toBeLessThanOrEqual(last + 1);
    expect(state.report?.version).toBe(stored);
    expect(state.report?.fields.progress).toBe(`Versjon ${stored}`);

    // Each transaction is whole: a version exists exactly when its idempotency key and audit entry do.
    const keys = db.prepare(`SELECT request_id FROM idempotency_keys WHERE request_id LIKE 'durability-%'`).all();
    expect(keys).toHaveLength(stored);
    const audited = db
      .prepare(`SELECT count(*) AS n FROM audit_log WHERE entity = 'report' AND entity_id = ?`)
      .get(`${DURABILITY_ROUND}/${DURABILITY_INITIATIVE}`);
    expect(audited).toEqual({ n: stored });
    const key = (n: number) =>
      ({ platform: 'msteams', actor: 'child-writer', action: 'durability', requestId: `durability-${n}` }) as const;
    expect(await uow.read(async (repos) => await repos.idempotency.find(key(stored)))).toEqual({
      payloadSha256: '0'.repeat(64),
      resultJson: JSON.stringify({ version: stored }),
    });
    expect(await uow.read(async (repos) => await repos.idempotency.find(key(stored + 1)))).toBeNull();
  });

  it('reads back exactly what a child that exits cleanly wrote', async () => {
    const file = tmp().file();
    const writer = ChildWriter.start(['write-reports', file, '3']);
    child = writer;
    const exit = await writer.exit;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(writer.lines).toEqual(['seeded', 'committed 1', 'committed 2', 'committed 3']);

    const uow = new SqliteUnitOfWork(tmp().open());
    const versions = await uow.read(
      async (repos) => await repos.reports.versions(DURABILITY_INITIATIVE, DURABILITY_ROUND),
    );
    const start = new Date(DURABILITY_NOW).getTime();
    expect(versions.map((v) => [v.version, v.state, v.at, v.fields.progress])).toEqual([
      [1, 'draft', new Date(start + 1000).toISOString(), 'Versjon 1'],
      [2, 'draft', new Date(start + 2000).toISOString(), 'Versjon 2'],
      [3, 'draft', new Date(start + 3000).toISOString(), 'Versjon 3'],
    ]);
  });
});

describe('two processes on one file', () => {
  let child: ChildWriter | null = null;
  // Declared first, so it runs first: the child is gone before its directory is removed.
  afterEach(async () => {
    await child?.stop();
    child = null;
  });
  const tmp = useTempDbDir();

  it('makes an IMMEDIATE write wait for the other process to commit instead of failing', async () => {
    const file = tmp().file();
    const uow = new SqliteUnitOfWork(tmp().open());
    const marker = tmp().file('parent-is-writing');
    const holder = ChildWriter.start(['hold-lock', file, marker]);
    child = holder;
    await holder.waitFor((l) => l === 'locked', STARTUP_TIMEOUT_MS);

    // The child commits only HOLD_AFTER_MARKER_MS after the marker appears, so this
    // write certainly starts while the child holds the lock; it blocks the thread.
    const started = Date.now();
    fs.writeFileSync(marker, '');
    const seen = await uow.write(ctxAt('2026-11-20T10:00:00.000Z'), async (repos) => {
      const holderRow = await repos.organisations.get(LOCK_HOLDER_ORGANISATION);
      await repos.organisations.save({ id: 'digdir', name: 'Digdir', orgNumber: null });
      return holderRow;
    });
    const waited = Date.now() - started;

    // The transaction began after the child's commit, so it saw the child's row.
    expect(seen).toEqual({ id: LOCK_HOLDER_ORGANISATION, name: 'Lock holder', orgNumber: null });
    expect(waited).toBeGreaterThanOrEqual(HOLD_AFTER_MARKER_MS - 50);
    expect(waited).toBeLessThan(5000);
    await holder.waitFor((l) => l === 'committed', STARTUP_TIMEOUT_MS);
    expect(await holder.exit).toEqual({ code: 0, signal: null });
    expect(await uow.read(async (repos) => (await repos.organisations.list()).map((o) => o.id))).toEqual([
      'digdir',
      'lock-holder',
    ]);
  });
});

/**
 * A child process for the store's multi-process tests, run with tsx (see
 * `spawnChild` in child-process.ts). It writes through the real store and
 * reports on stdout, one line per event, only after the event happened.
 *
 *   write-reports <db> <count>  Loads the demo data, then saves `count` versions of one report,
 *                               one transaction each; prints `seeded` and `committed <n>`.
 *   hold-lock <db> <marker>     Takes the write lock (BEGIN IMMEDIATE) and inserts an organisation;
 *                               prints `locked`; waits for the file `marker` to appear, holds the
 *                               lock HOLD_AFTER_MARKER_MS longer, commits and prints `committed`.
 */
import fs from 'node:fs';
import { buildDemoData } from '../../src/app/demo/demo-data';
import { openDatabase } from '../../src/store/db';
import { SqliteUnitOfWork } from '../../src/store/unit-of-work';
import { aRound, aStatusReport, someReportFields } from './builders';

export const DURABILITY_NOW = '2026-11-20T10:00:00.000Z';
export const DURABILITY_INITIATIVE = 'T-2026-03';
export const DURABILITY_ROUND = '2026-Q4';
export const HOLD_AFTER_MARKER_MS = 300;
export const LOCK_HOLDER_ORGANISATION = 'lock-holder';
const MARKER_WAIT_MS = 15_000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function line(text: string): void {
  // stdout to a pipe is synchronous on POSIX: the line has left the process when this returns.
  process.stdout.write(`${text}\n`);
}

async function writeReports(dbPath: string, count: number): Promise<void> {
  const db = openDatabase(dbPath);
  const uow = new SqliteUnitOfWork(db);
  const now = new Date(DURABILITY_NOW);
  const demo = buildDemoData(now);
  await uow.write({ actor: 'child-writer', now }, async (repos) => {
    for (const o of demo.organisations) await repos.organisations.save(o);
    for (const p of demo.people) await repos.people.save(p);
    for (const i of demo.initiatives) await repos.initiatives.save(i);
    for (const m of demo.meetings) await repos.meetings.save(m);
    await repos.rounds.save(demo.pastRound.round);
    for (const r of demo.pastRound.reports) await repos.reports.save(r);
    for (const r of demo.pastRound.recommendations) await repos.recommendations.save(r);
    for (const v of demo.pastRound.votes) await repos.votes.record(v);
    for (const d of demo.pastRound.decisions) await repos.decisions.save(d);
    const round = aRound({ id: DURABILITY_ROUND });
    if (!(await repos.meetings.get(round.skateMeetingId)))
      await repos.meetings.save({ id: round.skateMeetingId, forum: 'skate', date: '2026-12-10', place: null });
    await repos.rounds.save(round);
  });
  line('seeded');
  for (let version = 1; version <= count; version++) {
    const at = new Date(now.getTime() + version * 1000);
    await uow.write({ actor: 'child-writer', now: at }, async (repos) => {
      await repos.reports.save(
        aStatusReport({
          initiativeId: DURABILITY_INITIATIVE,
          roundId: DURABILITY_ROUND,
          state: 'draft',
          version,
          fields: someReportFields({ progress: `Versjon ${version}` }),
          updatedAt: at.toISOString(),
          submittedAt: null,
        }),
      );
      await repos.idempotency.remember(
        { platform: 'msteams', actor: 'child-writer', action: 'durability', requestId: `durability-${version}` },
        { payloadSha256: '0'.repeat(64), resultJson: JSON.stringify({ version }) },
        at.toISOString(),
      );
    });
    line(`committed ${version}`);
  }
  db.close();
}

function holdLock(dbPath: string, marker: string): void {
  const db = openDatabase(dbPath);
  db.exec('BEGIN IMMEDIATE');
  db.prepare('INSERT INTO organisations (id, name, org_number) VALUES (?, ?, NULL)').run(
    LOCK_HOLDER_ORGANISATION,
    'Lock holder',
  );
  line('locked');
  const giveUpAt = Date.now() + MARKER_WAIT_MS;
  while (!fs.existsSync(marker)) {
    if (Date.now() > giveUpAt) {
      db.exec('ROLLBACK');
      throw new Error(`hold-lock: no marker ${marker} within ${MARKER_WAIT_MS} ms`);
    }
    sleep(5);
  }
  sleep(HOLD_AFTER_MARKER_MS);
  db.exec('COMMIT');
  line('committed');
  db.close();
}

async function main(argv: readonly string[]): Promise<void> {
  const [mode, dbPath, arg] = argv;
  if (mode === 'write-reports' && dbPath && arg) await writeReports(dbPath, Number(arg));
  else if (mode === 'hold-lock' && dbPath && arg) holdLock(dbPath, arg);
  else
    throw new Error(
      `usage: child-writer (write-reports <db> <count> | hold-lock <db> <marker>), got ${argv.join(' ')}`,
    );
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

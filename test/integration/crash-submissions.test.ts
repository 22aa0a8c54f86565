/**
 * SIGKILL during a burst: 500 owners submit their reports at once through the real bot (a child
 * process, the real HTTP server, CloudAdapter and SQLite), and the bot is killed with `kill -9`
 * while the burst is in flight. After a restart every submission the bot acknowledged (a receipt
 * in the HTTP answer) is stored as submitted, at most the ones in flight beyond that, and the
 * database passes `PRAGMA integrity_check`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { filterInOrder } from '../../src/app/in-order';
import { openDatabase } from '../../src/store/db';
import { SqliteUnitOfWork } from '../../src/store/unit-of-work';
import { BotProcess } from '../helpers/bot-process';
import { seedOwnersWithInitiatives } from '../helpers/seed-owners';
import { cardInvoke, teamsUser } from '../helpers/teams-activities';
import { DEMO_NOW } from '../helpers/test-app';

jest.setTimeout(120_000);

const OWNERS = 500;
const ROUND = '2026-Q4';
const STARTUP_MS = 30_000;
/** Each run kills the bot once it has acknowledged this many submissions. */
const KILL_AFTER = [120, 310];

const idOf = (i: number) => `T-2030-${String(i + 1).padStart(3, '0')}`;
const ownerOf = (i: number) => teamsUser(`eier${i + 1}@crash.example.no`, `Eier ${i + 1}`);

/** A database with the demo registry, 500 more initiatives each with its own (linked) owner, and the round open. */
const seed = (file: string) => seedOwnersWithInitiatives(file, OWNERS, { idOf, ownerOf, round: ROUND, actor: 'test' });

/** A complete, consistent report: everything on track. */
const submission = (i: number) => ({
  roundId: ROUND,
  initiativeId: idOf(i),
  baseVersion: '0',
  overall: 'green',
  result: 'green',
  schedule: 'green',
  cost: 'green',
  forecastCompletionDate: '2027-06-30',
  forecastCostNok: '1000000',
  progress: `Tiltak ${i + 1} går etter planen.`,
});

describe.each(KILL_AFTER)('kill -9 after %i acknowledged submissions of 500', (killAfter) => {
  let dir = '';
  let bot: BotProcess | null = null;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skate-crash-'));
  });
  afterEach(async () => {
    await bot?.stop();
    bot = null;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged submission, and the database is whole', async () => {
    const file = path.join(dir, 'skate.db');
    await seed(file);
    bot = BotProcess.start(file, DEMO_NOW);
    const child = bot;
    const port = await child.port(STARTUP_MS);
    const acknowledged: string[] = [];
    const burst = Array.from({ length: OWNERS }, async (_, i) => {
      const activity = cardInvoke({
        serviceUrl: `http://127.0.0.1:${port}`,
        user: ownerOf(i),
        verb: 'report.submit',
        data: submission(i),
      });
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(activity),
          signal: AbortSignal.timeout(60_000),
        });
        const text = await response.text();
        // A receipt (with its Edit button) is the bot saying «your report is in».
        if (response.status === 200 && text.includes('"verb":"report.edit"')) {
          acknowledged.push(idOf(i));
          if (acknowledged.length === killAfter) child.kill();
        }
      } catch {
        // The connection died with the bot: not acknowledged.
      }
    });
    await Promise.all(burst);
    expect(await child.exit).toEqual({ code: null, signal: 'SIGKILL' });

    // Restart: open the file again, as the next bot would.
    const db = openDatabase(file);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const uow = new SqliteUnitOfWork(db);
      const stored = await uow.read(async (repos) =>
        (await repos.reports.listForRound(ROUND))
          .filter((r) => r.state === 'submitted' && r.initiativeId.startsWith('T-2030-'))
          .map((r) => r.initiativeId),
      );
      process.stdout.write(
        `kill -9 after ${killAfter}: ${acknowledged.length} acknowledged, ${stored.length} stored of ${OWNERS}\n`,
      );
      expect(acknowledged.length).toBeGreaterThanOrEqual(killAfter);
      expect(acknowledged.length).toBeLessThan(OWNERS);
      for (const id of acknowledged) expect(stored).toContain(id);
      // Each stored report is whole: its version row exists too.
      const versions = await uow.read((repos) =>
        filterInOrder(stored, async (id) => (await repos.reports.versions(id, ROUND)).length === 1),
      );
      expect(versions).toHaveLength(stored.length);
    } finally {
      db.close();
    }
  });
});

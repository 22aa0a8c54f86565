/**
 * Two cycle engines on one database file, as when a second instance is started
 * by mistake or during a rolling restart: they run the due jobs and drain the
 * outbox at the same moment. Jobs are finished under the write lock and
 * messages are claimed under a lease, so nothing may run or be sent twice.
 */
import type { WorkSummary } from '../../src/app/cycle/engine';
import { runDueJobs } from '../../src/app/cycle/run-due-jobs';
import type { UnitOfWork } from '../../src/domain/ports';
import type { MessageView } from '../../src/views/message-view';
import { DeliveryCounterServer } from '../helpers/delivery-counter-server';
import { EngineProcess } from '../helpers/engine-process';
import { type FanoutRound, ownerEmail, seedFanout } from '../helpers/fanout-fixture';
import { TempDbDir } from '../helpers/temp-db';
import { testApp } from '../helpers/test-app';

const OWNERS = 200;
/** Skate on Thursday 10 December, AU a week before: the deadline is Thursday 26 November, 16:00 in Oslo. */
const ROUND: FanoutRound = {
  quarter: '2026-Q4',
  skateMeetingDate: '2026-12-10',
  auMeetingDate: '2026-12-03',
  openedAt: new Date('2026-11-02T08:00:00.000Z'),
};
/**
 * Both engines' fixed clock: after the deadline and the second overdue reminder,
 * before the third and the lock. Due: two reminders before the deadline, one on
 * it, the deadline itself and two overdue ones; only the last of these reminders
 * is sent, with the escalation, and the deadline opens AU's review thread.
 */
const NOW = '2026-11-30T12:00:00.000Z';
const STARTUP_TIMEOUT_MS = 20_000;
const FINISH_TIMEOUT_MS = 60_000;

jest.setTimeout(120_000);

interface JobRow {
  dedupe_key: string;
  due_at: string;
  state: string;
  attempts: number;
  finished_by: string | null;
}

function summaries(engine: EngineProcess): WorkSummary[] {
  return engine.lines.filter((l) => l.startsWith('run ')).map((l) => JSON.parse(l.slice('run '.length)) as WorkSummary);
}

describe('two engines on one database file', () => {
  const tmp = new TempDbDir();
  let server: DeliveryCounterServer | null = null;
  const engines: EngineProcess[] = [];

  afterAll(async () => {
    for (const engine of engines) await engine.stop();
    await server?.close();
    tmp.cleanup();
  });

  it('runs every due job once and delivers every message once, sharing the work', async () => {
    const file = tmp.file('shared.db');
    const seeded = await testApp({ path: file, demo: false });
    expect(await seedFanout(seeded.app, OWNERS, ROUND)).toBe(OWNERS);
    await seeded.close();

    const counter = await DeliveryCounterServer.start({ maxDelayMs: 1 });
    server = counter;
    for (const owner of ['engine-a', 'engine-b']) {
      engines.push(
        EngineProcess.start({ db: file, url: counter.url, owner, leaseMs: 60_000, clock: NOW, waitGo: true }),
      );
    }
    // Both are loaded and have the database open before either starts: a real race.
    for (const engine of engines) expect(await engine.waitForLine('ready', STARTUP_TIMEOUT_MS)).toBe(true);
    for (const engine of engines) engine.go();
    for (const engine of engines) {
      await engine.waitForLine('done', FINISH_TIMEOUT_MS);
      const exit = await engine.exit;
      if (exit.code !== 0) throw new Error(`${engine.owner} exited ${JSON.stringify(exit)}: ${engine.stderr}`);
    }

    const result = await testApp({ path: file, demo: false });
    const jobs = result.db
      .prepare('SELECT dedupe_key, due_at, state, attempts, finished_by FROM jobs ORDER BY due_at, seq')
      .all() as JobRow[];
    const outbox = await result.app.uow.read(async (repos) => await repos.outbox.list());
    await result.close();

    // Every due job finished exactly once, by one of the two; the ones ahead are untouched.
    const due = jobs.filter((j) => j.due_at <= NOW);
    expect(due).toHaveLength(6);
    for (const job of due) {
      expect({ key: job.dedupe_key, attempts: job.attempts, finishedBy: job.finished_by }).toEqual({
        key: job.dedupe_key,
        attempts: 1,
        finishedBy: expect.stringMatching(/^engine-[ab]$/),
      });
      expect(['done', 'dropped']).toContain(job.state);
    }
    expect(jobs.filter((j) => j.due_at > NOW).map((j) => [j.state, j.attempts, j.finished_by])).toEqual([
      ['pending', 0, null],
    ]);
    // The engines counted only the jobs they finished themselves: six between them.
    const finishedBy = engines.map((e) => summaries(e).reduce((n, s) => n + s.jobs.done + s.jobs.dropped, 0));
    expect((finishedBy[0] ?? 0) + (finishedBy[1] ?? 0)).toBe(6);

    // What the jobs decided was enqueued once: one reminder (the latest) per owner, not one per due reminder.
    const kinds = new Map<string, number>();
    for (const m of outbox) {
      const kind = (m.view as MessageView).kind;
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    expect(Object.fromEntries(kinds)).toEqual({
      'report-request': OWNERS,
      reminder: OWNERS,
      escalation: 1,
      'review-summary': 1,
      'review-item': OWNERS,
    });
    const reminded = outbox
      .filter((m) => (m.view as MessageView).kind === 'reminder')
      .map((m) => (m.destination.kind === 'person' ? m.destination.email : '?'))
      .sort();
    expect(reminded).toEqual(Array.from({ length: OWNERS }, (_, n) => ownerEmail(n)));

    // Every message sent, each delivered exactly once, and marked sent by exactly one engine.
    expect(outbox.every((m) => m.state === 'sent')).toBe(true);
    const counts = counter.countsByKey();
    expect([...counts.keys()].sort()).toEqual(outbox.map((m) => m.dedupeKey).sort());
    expect([...counts].filter(([, n]) => n !== 1)).toEqual([]);
    const [a, b] = engines;
    const markedByBoth = (a?.sent ?? []).filter((key) => b?.sent.includes(key));
    expect(markedByBoth).toEqual([]);
    expect((a?.sent.length ?? 0) + (b?.sent.length ?? 0)).toBe(outbox.length);

    // Both took part in the delivery. Which of them finished which job is left to the
    // race for the write lock: one may well have finished all six while the other
    // found each already finished, so only their sum is asserted above.
    const bySender = new Map<string, number>();
    for (const d of counter.deliveries) bySender.set(d.sender, (bySender.get(d.sender) ?? 0) + 1);
    console.log(
      `two-engines: messages=${outbox.length} deliveries=${JSON.stringify(Object.fromEntries(bySender))} ` +
        `jobs finished=${JSON.stringify(finishedBy)}`,
    );
    expect(bySender.get('engine-a')).toBeGreaterThan(0);
    expect(bySender.get('engine-b')).toBeGreaterThan(0);
  });

  it('leaves nothing behind of a job that the other engine finished after it was listed', async () => {
    // The interleaving the race above may or may not produce, forced: engine B lists
    // the due jobs, then engine A runs them all before B's first transaction begins.
    const file = tmp.file('interleaved.db');
    const a = await testApp({ path: file, demo: false });
    await seedFanout(a.app, 3, ROUND);
    const b = await testApp({ path: file, demo: false });
    const now = new Date(NOW);
    let aFirst = true;
    const uow: UnitOfWork = {
      read: async (work) => await b.app.uow.read(work),
      write: async (ctx, work) => {
        if (aFirst) {
          aFirst = false;
          expect(await runDueJobs(a.app, now, 'engine-a')).toEqual({ done: 2, dropped: 4 });
        }
        return await b.app.uow.write(ctx, work);
      },
    };
    const before = await a.app.uow.read(async (repos) => (await repos.outbox.list()).length);
    const afterA = async (): Promise<string[]> =>
      await a.app.uow.read(async (repos) => (await repos.outbox.list()).map((m) => m.dedupeKey));

    expect(await runDueJobs({ ...b.app, uow }, now, 'engine-b')).toEqual({ done: 0, dropped: 0 });

    // A sent only the latest reminder and dropped the earlier ones as superseded; B, finding
    // them finished, must not send them after all (nor audit anything).
    const keys = await afterA();
    const reminders = keys.filter((k) => k.includes('/reminder:'));
    expect(reminders).toHaveLength(3);
    expect(reminders.every((k) => k.includes('/reminder:overdue-2'))).toBe(true);
    expect(keys.length).toBeGreaterThan(before);
    const byB = a.db.prepare(`SELECT count(*) AS n FROM audit_log WHERE actor = 'engine-b'`).get();
    expect(byB).toEqual({ n: 0 });
    await a.close();
    await b.close();
  });
});

/**
 * A cycle engine in a process of its own, for the crash and two-engine tests;
 * run with `node --require tsx/cjs` (see engine-process.ts) so that SIGKILL
 * hits the engine itself. It opens the database, wires a CycleEngine to the
 * HTTP test messenger, and runs `runDueWork()` until nothing is left to do.
 *
 *   engine-child <db> <url> <owner> <leaseMs> <clock> [wait-go]
 *
 * `clock` is `system`, or an instant for a fixed fake clock. With `wait-go`
 * the engine starts only when the line `go` arrives on stdin.
 *
 * stdout, one line per event, each written only after the event happened:
 *   ready            the database is open
 *   sent <key>       a delivery was answered and marked sent (committed)
 *   run <json>       one runDueWork() finished, with its summary
 *   done             nothing is left to do; the process exits 0
 */
import { createInterface } from 'node:readline';
import type { AppContext } from '../../src/app/app-context';
import { CycleEngine, systemClock, type WorkSummary } from '../../src/app/cycle/engine';
import type { DispatchClock } from '../../src/app/dispatch/dispatcher';
import { FakeClock } from './fake-clock';
import { HttpTestMessenger } from './http-test-messenger';
import { testApp } from './test-app';

/** No run of the engine may take longer than this, in real time. */
const MAX_RUN_MS = 90_000;
/** Pause between rounds when a message is due but held back (its parent is still in flight). */
const IDLE_MS = 5;
const MAX_WAIT_MS = 1_000;

function line(text: string): void {
  // stdout to a pipe is synchronous on POSIX: the line has left the process when this returns.
  process.stdout.write(`${text}\n`);
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function waitForGo(): Promise<void> {
  return new Promise((resolve) => {
    const input = createInterface({ input: process.stdin });
    input.on('line', (l) => {
      if (l.trim() !== 'go') return;
      input.close();
      resolve();
    });
  });
}

const didWork = (s: WorkSummary) =>
  s.jobs.done + s.jobs.dropped + s.delivery.sent + s.delivery.retried + s.delivery.failed > 0;

/** Nothing in the outbox waits to be sent (or re-sent after a lease), and no job is due. */
async function settled(app: AppContext, now: Date): Promise<boolean> {
  return await app.uow.read(async (repos) => {
    const states = await repos.outbox.countByState();
    const job = await repos.jobs.nextDueAt();
    return states.pending + states.sending === 0 && (job === null || Date.parse(job) > now.getTime());
  });
}

async function main(argv: readonly string[]): Promise<void> {
  const [dbPath, url, owner, leaseArg, clockArg, flag] = argv;
  if (!dbPath || !url || !owner || !leaseArg || !clockArg) {
    throw new Error(`usage: engine-child <db> <url> <owner> <leaseMs> <system|instant> [wait-go], got ${argv}`);
  }
  const fixed = clockArg === 'system' ? null : new FakeClock(clockArg);
  const clock: DispatchClock = fixed ?? systemClock;
  const t = await testApp({ path: dbPath, demo: false });
  const engine = new CycleEngine(t.app, new HttpTestMessenger(url, owner), clock, {
    owner,
    leaseMs: Number(leaseArg),
    onSent: (m) => line(`sent ${m.dedupeKey}`),
  });
  line('ready');
  if (flag === 'wait-go') await waitForGo();

  const giveUpAt = Date.now() + MAX_RUN_MS;
  for (;;) {
    const summary = await engine.runDueWork();
    line(`run ${JSON.stringify(summary)}`);
    const next = await engine.nextDueAt();
    if (next === null) break;
    if (fixed !== null) {
      // Under a fixed clock what falls due later never will: done when nothing is due now.
      if (next > fixed.now()) break;
      if (!didWork(summary)) await pause(IDLE_MS);
    } else {
      // Under the system clock the round's jobs fall due months ahead: done when every
      // message is settled and no job is due, else wait for what comes next (a lease, a retry).
      if (await settled(t.app, clock.now())) break;
      await pause(Math.min(Math.max(next.getTime() - Date.now(), IDLE_MS), MAX_WAIT_MS));
    }
    if (Date.now() > giveUpAt) throw new Error(`engine-child: work left after ${MAX_RUN_MS} ms`);
  }
  await t.close();
  line('done');
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}

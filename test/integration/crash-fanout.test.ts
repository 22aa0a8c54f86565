/**
 * Crash test of the fan-out: an engine in a child process drains the opening
 * requests of a round with 1,000 owners to a loopback transport that counts
 * deliveries, and is SIGKILLed at random points, again and again; a new engine
 * takes over each time. Delivery is at least once with one message in flight
 * per process, so no owner may be skipped, and a message may arrive twice only
 * if it was the one in flight when its engine was killed: at most one per kill.
 */
import { addDays, instantToOsloDate, quarterOfInstant } from '../../src/domain/calendar';
import { DeliveryCounterServer } from '../helpers/delivery-counter-server';
import { EngineProcess } from '../helpers/engine-process';
import { ownerEmail, seedFanout } from '../helpers/fanout-fixture';
import { TempDbDir } from '../helpers/temp-db';
import { testApp } from '../helpers/test-app';

const OWNERS = 1_000;
const MIN_KILLS = 20;
/** Bounds the number of engines started, whatever happens. */
const MAX_LIVES = 60;
/**
 * An engine is killed once it has reported this many deliveries, and then a random
 * few milliseconds later, so that the kill lands at a random point of a delivery:
 * claiming, posting, waiting for the answer, or marking it sent. Counting rather
 * than timing from the start keeps enough work for every kill on a fast machine
 * (about a thousand deliveries a second here): at most 30 + a few per life.
 */
const KILL_AFTER_SENDS = { min: 1, max: 30 };
const KILL_JITTER_MS = { min: 0, max: 5 };
/** Short, so a new engine soon re-claims the message a killed one had in flight. */
const LEASE_MS = 200;
const STARTUP_TIMEOUT_MS = 20_000;
const FINISH_TIMEOUT_MS = 60_000;
const SERVER_MAX_DELAY_MS = 3;

jest.setTimeout(120_000);

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const randomBetween = ({ min, max }: { min: number; max: number }) => min + Math.floor(Math.random() * (max - min + 1));

describe('a fan-out to 1,000 owners, killed at random points', () => {
  const tmp = new TempDbDir();
  let server: DeliveryCounterServer | null = null;
  const engines: EngineProcess[] = [];

  afterAll(async () => {
    for (const engine of engines) await engine.stop();
    await server?.close();
    tmp.cleanup();
  });

  it('skips no owner and duplicates at most the message in flight at each kill', async () => {
    const started = Date.now();
    const file = tmp.file();
    // Real time throughout: the engines run on the system clock. The meetings lie
    // months ahead, so no reminder or deadline job falls due during the test.
    const openedAt = new Date(Date.now() - 1_000);
    const skate = addDays(instantToOsloDate(openedAt), 120);
    const seeded = await testApp({ path: file, demo: false });
    const requests = await seedFanout(seeded.app, OWNERS, {
      quarter: quarterOfInstant(openedAt),
      skateMeetingDate: skate,
      auMeetingDate: addDays(skate, -7),
      openedAt,
    });
    await seeded.close();
    expect(requests).toBe(OWNERS);

    const counter = await DeliveryCounterServer.start({ maxDelayMs: SERVER_MAX_DELAY_MS });
    server = counter;
    const start = (life: number) => {
      const engine = EngineProcess.start({
        db: file,
        url: counter.url,
        owner: `engine-${life}`,
        leaseMs: LEASE_MS,
        clock: 'system',
      });
      engines.push(engine);
      return engine;
    };

    const killed: EngineProcess[] = [];
    let life = 0;
    let finished = false;
    while (!finished && killed.length < MIN_KILLS && life < MAX_LIVES) {
      const engine = start(life++);
      const sends = randomBetween(KILL_AFTER_SENDS);
      if (await engine.waitUntil(() => engine.sent.length >= sends, STARTUP_TIMEOUT_MS)) {
        await pause(randomBetween(KILL_JITTER_MS));
        engine.kill();
      }
      const exit = await engine.exit;
      if (exit.signal === 'SIGKILL') killed.push(engine);
      else if (exit.code === 0) finished = true;
      else throw new Error(`${engine.owner} failed (${JSON.stringify(exit)}): ${engine.stderr}`);
    }
    // The last engine runs to the end (started again should it ever fail).
    for (let retry = 0; !finished && retry < 3; retry++) {
      const engine = start(life++);
      await engine.waitForLine('done', FINISH_TIMEOUT_MS);
      const exit = await engine.exit;
      finished = exit.code === 0;
      if (!finished) process.stderr.write(`${engine.owner} exited ${JSON.stringify(exit)}: ${engine.stderr}\n`);
    }
    expect(finished).toBe(true);

    const result = await testApp({ path: file, demo: false });
    const outbox = await result.app.uow.read(async (repos) => ({
      keys: (await repos.outbox.list()).map((m) => m.dedupeKey),
      states: await repos.outbox.countByState(),
    }));
    await result.close();

    const counts = counter.countsByKey();
    const expected = Array.from({ length: OWNERS }, (_, n) => ownerEmail(n));
    const skipped = outbox.keys.filter((key) => !counts.has(key));
    const duplicated = [...counts].filter(([, n]) => n > 1);
    const duplicates = duplicated.reduce((sum, [, n]) => sum + n - 1, 0);
    const runtimeMs = Date.now() - started;
    console.log(
      `crash-fanout: kills=${killed.length} duplicates=${duplicates} skipped=${skipped.length} ` +
        `deliveries=${counter.deliveries.length} engines=${life} runtime=${runtimeMs}ms`,
    );

    expect(killed.length).toBeGreaterThanOrEqual(MIN_KILLS);
    // Exactly the 1,000 report requests were enqueued, one per owner, and all are sent.
    expect(outbox.keys).toHaveLength(OWNERS);
    expect(outbox.keys.map((k) => k.split('/request/to:')[1]).sort()).toEqual(expected);
    expect(outbox.states).toEqual({ pending: 0, sending: 0, sent: OWNERS, failed: 0, cancelled: 0 });
    expect(skipped).toEqual([]);
    expect([...counts.keys()].sort()).toEqual([...outbox.keys].sort());

    // Each duplicate was in flight at a kill: first delivered by an engine that was then
    // killed before it could mark it sent, and no killed engine left more than one.
    expect(duplicates).toBeLessThanOrEqual(killed.length);
    const killedOwners = new Map(killed.map((e) => [e.owner, e]));
    const perKill = new Map<string, number>();
    const notInFlight: string[] = [];
    for (const [key, n] of duplicated) {
      const sender = counter.deliveriesOf(key)[0]?.sender ?? 'nobody';
      const engine = killedOwners.get(sender);
      if (n !== 2 || !engine || engine.sent.includes(key)) notInFlight.push(`${key} x${n} first by ${sender}`);
      perKill.set(sender, (perKill.get(sender) ?? 0) + 1);
    }
    expect(notInFlight).toEqual([]);
    expect(Math.max(0, ...perKill.values())).toBeLessThanOrEqual(1);
  });
});

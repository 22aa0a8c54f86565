import { DEMO_EMAILS } from '../../../src/app/demo/people';
import { Dispatcher } from '../../../src/app/dispatch/dispatcher';
import type { RateLimitPolicy } from '../../../src/app/dispatch/rate-limiter';
import {
  BACKOFF_MIN_MS,
  backoffCeiling,
  type DeliveryFailure,
  MAX_ATTEMPTS,
} from '../../../src/app/dispatch/retry-policy';
import { TEAMS_LIMITS } from '../../../src/channels/teams/teams-limits';
import { instantToOsloDate } from '../../../src/domain/calendar';
import type { Destination, OutboxMessage } from '../../../src/domain/delivery';
import type { SendLocks } from '../../../src/domain/ports';
import type { MessageView } from '../../../src/views/message-view';
import { FakeClock } from '../../helpers/fake-clock';
import { aMessageView, FakeMessenger } from '../../helpers/fake-messenger';
import { DEMO_NOW, type TestApp, testApp } from '../../helpers/test-app';

const T0 = DEMO_NOW.getTime();
const OWNER = 'kristin.hovland@example.no';
const OTHER = 'sindre.aune@example.no';
const SECRETARIAT = [DEMO_EMAILS.secretariat, DEMO_EMAILS.secretariat2];
/** The Oslo day the test clock stands on: the summaries are per day. */
const DAY = instantToOsloDate(DEMO_NOW);

const toPerson = (email: string): Destination => ({ kind: 'person', email });

interface World {
  t: TestApp;
  clock: FakeClock;
  messenger: FakeMessenger;
  dispatcher: Dispatcher;
  enqueue(key: string, destination: Destination, atMs?: number): Promise<void>;
  get(key: string): Promise<OutboxMessage>;
  /** When `key` was delivered, in milliseconds after DEMO_NOW. */
  timesOf(key: string): number[];
  all(): Promise<OutboxMessage[]>;
  /** Drains, then moves the clock to the next due time and drains again, until nothing waits. */
  drainAll(): Promise<void>;
}

async function world(
  options: { limits?: RateLimitPolicy; random?: () => number; locks?: SendLocks } = {},
): Promise<World> {
  const t = await testApp();
  const clock = new FakeClock(DEMO_NOW);
  const messenger = new FakeMessenger(clock, options.limits);
  const dispatcher = new Dispatcher(t.app.uow, messenger, {
    owner: 'test',
    random: options.random ?? (() => 0),
    ...(options.locks ? { locks: options.locks } : {}),
  });
  const w: World = {
    t,
    clock,
    messenger,
    dispatcher,
    async enqueue(key, destination, atMs = 0) {
      const at = new Date(T0 + atMs);
      await t.app.uow.write(
        { actor: 'test', now: at },
        async (repos) =>
          await repos.outbox.enqueue(
            { dedupeKey: key, destination, view: aMessageView(key), notBefore: at.toISOString() },
            at,
          ),
      );
    },
    async get(key) {
      const message = await t.app.uow.read(async (repos) => await repos.outbox.get(key));
      if (!message) throw new Error(`no outbox message ${key}`);
      return message;
    },
    timesOf: (key) => messenger.timesOf(key, T0),
    all: async () => await t.app.uow.read(async (repos) => await repos.outbox.list()),
    async drainAll() {
      for (let round = 0; round < 100; round++) {
        await dispatcher.drain(clock);
        const next = await t.app.uow.read(async (repos) => await repos.outbox.nextDueAt());
        if (next === null) return;
        clock.set(new Date(Math.max(Date.parse(next), clock.now().getTime())));
      }
      throw new Error('the outbox did not settle in 100 wake-ups');
    },
  };
  return w;
}

let current: World | null = null;
async function setUp(options: Parameters<typeof world>[0] = {}): Promise<World> {
  current = await world(options);
  return current;
}
afterEach(async () => {
  await current?.t.close();
  current = null;
});

describe('Dispatcher', () => {
  it('sends the view a message has when it goes, though it was looked at while an earlier one went', async () => {
    // One message a second: 'b' is looked at (and held back) while 'a' goes, then its view grows.
    const w = await setUp({ limits: { global: [{ limit: 1, windowMs: 1000 }], perConversation: [] } });
    await w.enqueue('a', toPerson(OWNER));
    await w.enqueue('b', toPerson(OTHER));
    const grown = { ...aMessageView('b'), title: 'Two failures now' };
    let replaced = false;
    const clock = {
      now: () => w.clock.now(),
      sleep: async (ms: number) => {
        if (!replaced) {
          replaced = await w.t.app.uow.write({ actor: 'test', now: w.clock.now() }, async (repos) =>
            repos.outbox.replacePendingView('b', grown),
          );
        }
        await w.clock.sleep(ms);
      },
    };
    await w.dispatcher.drain(clock);
    expect(replaced).toBe(true);
    expect(w.messenger.deliveries.map((d) => [d.key, d.message.view.title])).toEqual([
      ['a', aMessageView('a').title],
      ['b', 'Two failures now'],
    ]);
  });

  it('with send locks, sends only through the platforms it holds and leaves the rest, counted as deferred', async () => {
    const held = new Set<string>();
    const asked: string[][] = [];
    const locks: SendLocks = {
      hold: async (platforms) => {
        asked.push([...platforms]);
        return new Set(platforms.filter((p) => held.has(p)));
      },
      release: async () => {},
    };
    const w = await setUp({ locks });
    await w.enqueue('a', toPerson(OWNER));
    await w.enqueue('b', toPerson(OTHER));
    // Another replica holds this platform: nothing is sent, nothing is claimed.
    expect(await w.dispatcher.drain(w.clock)).toEqual({ sent: 0, retried: 0, failed: 0, deferred: 2 });
    expect(w.messenger.keys()).toEqual([]);
    expect((await w.get('a')).attempts).toBe(0);
    // Its holder died and this replica took the lock over: it sends them all, once.
    held.add(w.messenger.platform);
    expect(await w.dispatcher.drain(w.clock)).toMatchObject({ sent: 2, deferred: 0 });
    expect(w.messenger.keys()).toEqual(['a', 'b']);
    expect(asked[0]).toEqual([w.messenger.platform]);
  });

  it('sends in outbox order, each message once, and waits for a message that is not yet due', async () => {
    const w = await setUp();
    await w.enqueue('a', toPerson(OWNER));
    await w.enqueue('later', toPerson(OWNER), 60_000);
    await w.enqueue('b', toPerson(OTHER));
    await w.enqueue('c', { kind: 'channel', channel: 'au' });
    await w.dispatcher.drain(w.clock);
    expect(w.messenger.keys()).toEqual(['a', 'b', 'c']);
    expect((await w.get('later')).state).toBe('pending');

    await w.drainAll();
    expect(w.messenger.keys()).toEqual(['a', 'b', 'c', 'later']);
    expect(w.timesOf('later')).toEqual([60_000]);
    expect((await w.all()).every((m) => m.state === 'sent' && m.attempts === 1)).toBe(true);
  });

  it("holds thread replies until their parent is sent, then sends them with the parent's MessageRef", async () => {
    const w = await setUp({ random: () => 0 });
    await w.enqueue('summary', { kind: 'channel', channel: 'au' });
    for (const n of [1, 2, 3]) await w.enqueue(`item-${n}`, { kind: 'thread', parentKey: 'summary' });
    w.messenger.script('summary', { kind: 'transient', status: 503, reason: 'Service Unavailable' });

    await w.dispatcher.drain(w.clock);
    expect(w.messenger.keys()).toEqual(['summary']);
    expect((await w.get('item-1')).state).toBe('pending');
    // The replies are due but blocked: the next wake-up is the parent's retry, not "now" again and again.
    expect(await w.t.app.uow.read(async (repos) => await repos.outbox.nextDueAt())).toBe(
      new Date(T0 + BACKOFF_MIN_MS).toISOString(),
    );

    await w.drainAll();
    expect(w.messenger.keys()).toEqual(['summary', 'summary', 'item-1', 'item-2', 'item-3']);
    const parentRef = (await w.get('summary')).messageRef;
    expect(parentRef?.messageId).toBe('m-summary');
    for (const d of w.messenger.deliveries.slice(2)) {
      expect(d.message.destination).toEqual({ kind: 'thread', parent: parentRef });
    }
    expect((await w.get('item-1')).conversationKey).toBe('channel:au');
  });

  it('fails a reply whose parent failed, and tells the secretariat', async () => {
    const w = await setUp();
    await w.enqueue('summary', { kind: 'channel', channel: 'au' });
    await w.enqueue('item', { kind: 'thread', parentKey: 'summary' });
    w.messenger.script('summary', { kind: 'permanent', reason: 'BotNotInConversationRoster' });
    await w.drainAll();
    expect((await w.get('item')).state).toBe('failed');
    expect((await w.get('item')).error).toContain('never sent (failed)');
    expect(w.messenger.keys().filter((k) => k === 'item')).toEqual([]);
    // Both failures are in one summary per secretariat member: AU's channel, twice.
    const summaries = (await w.all()).filter((m) => m.dedupeKey.startsWith('undeliverable:'));
    expect(summaries.map((m) => m.dedupeKey).sort()).toEqual(
      SECRETARIAT.map((e) => `undeliverable:${DAY}/to:${e}`).sort(),
    );
    for (const m of summaries)
      expect((m.view as MessageView).items).toEqual([expect.stringMatching(/^AU-kanalen \(2 meldinger\): /)]);
  });

  it('marks a permanent failure failed at once and tells each secretariat member once', async () => {
    const w = await setUp();
    await w.enqueue('request', toPerson(OWNER));
    w.messenger.script('request', { kind: 'permanent', reason: 'ConversationBlockedByUser' });
    await w.drainAll();
    await w.drainAll();

    const failed = await w.get('request');
    expect([failed.state, failed.attempts, failed.error]).toEqual([
      'failed',
      1,
      'transport: ConversationBlockedByUser',
    ]);
    const notices = (await w.all()).filter((m) => (m.view as MessageView).kind === 'undeliverable');
    expect(notices.map((m) => m.dedupeKey).sort()).toEqual(
      SECRETARIAT.map((e) => `undeliverable:${DAY}/to:${e}`).sort(),
    );
    expect(notices.every((m) => m.state === 'sent')).toBe(true);
    // By name, in plain words, never the address or the platform's code.
    const text = JSON.stringify(notices.map((m) => m.view));
    expect(text).toContain('Kristin Hovland');
    expect(text).not.toContain(OWNER);
    expect(text).not.toContain('ConversationBlockedByUser');
    expect(w.messenger.keys().filter((k) => k === 'request')).toHaveLength(1);
  });

  it('gathers a fan-out’s failures into one summary per member a day, updated in place once it is sent', async () => {
    const w = await setUp();
    await w.enqueue('a', toPerson(OWNER));
    w.messenger.script('a', { kind: 'permanent', reason: 'ConversationNotFound' });
    await w.drainAll();
    await w.enqueue('b', toPerson(OTHER));
    await w.enqueue('c', toPerson(OTHER));
    w.messenger.script('b', { kind: 'permanent', reason: 'ConversationNotFound' });
    w.messenger.script('c', { kind: 'permanent', reason: 'ConversationNotFound' });
    await w.drainAll();

    const undeliverable = (await w.all()).filter((m) => (m.view as MessageView).kind === 'undeliverable');
    const [first] = SECRETARIAT;
    const mine = undeliverable.filter((m) => m.dedupeKey.startsWith(`undeliverable:${DAY}/to:${first}`));
    // One summary, then updates of that same message (never a new message per failure).
    expect(mine[0]?.destination).toEqual(toPerson(first ?? ''));
    for (const update of mine.slice(1)) expect(update.destination).toMatchObject({ kind: 'update' });
    const latest = mine.at(-1)?.view as MessageView;
    expect(latest.items).toHaveLength(2);
    expect(latest.items.join('\n')).toContain('(2 meldinger)');
  });

  it('does not cascade: a notice that cannot be delivered causes no further notice', async () => {
    const w = await setUp();
    const ingrid = DEMO_EMAILS.secretariat;
    w.messenger.failWhen = (m) =>
      m.destination.kind === 'person' && m.destination.person.email === ingrid
        ? { kind: 'permanent', reason: 'ConversationNotFound' }
        : null;
    await w.enqueue('to-ingrid', toPerson(ingrid));
    await w.drainAll();

    const states = Object.fromEntries((await w.all()).map((m) => [m.dedupeKey, m.state]));
    // Ingrid is not told that Ingrid could not be reached; the other member is.
    expect(states).toEqual({
      'to-ingrid': 'failed',
      [`undeliverable:${DAY}/to:${DEMO_EMAILS.secretariat2}`]: 'sent',
    });
  });

  it('retries transient failures with exponential back-off and gives up after MAX_ATTEMPTS deliveries', async () => {
    const w = await setUp({ random: () => 1 });
    await w.enqueue('flaky', toPerson(OWNER));
    w.messenger.failWhen = (m) =>
      m.dedupeKey === 'flaky' ? { kind: 'transient', status: 503, reason: 'Service Unavailable' } : null;
    await w.drainAll();

    const times = w.timesOf('flaky');
    expect(times).toHaveLength(MAX_ATTEMPTS);
    const gaps = times.slice(1).map((at, i) => at - (times[i] ?? 0));
    expect(gaps).toEqual(Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => backoffCeiling(i + 1)));
    const failed = await w.get('flaky');
    expect([failed.state, failed.attempts, failed.error]).toEqual([
      'failed',
      MAX_ATTEMPTS,
      'platform-error: 503 Service Unavailable',
    ]);
    expect((await w.all()).filter((m) => m.dedupeKey.startsWith(`undeliverable:${DAY}/`))).toHaveLength(2);
  });

  it('sends a message that recovers within its attempts, jittered but never sooner than the floor', async () => {
    const w = await setUp({ random: () => 0.3 });
    await w.enqueue('flaky', toPerson(OWNER));
    const boom: DeliveryFailure = { kind: 'transient', status: null, reason: 'ECONNRESET' };
    w.messenger.script('flaky', boom, boom, boom);
    await w.drainAll();
    expect(w.timesOf('flaky')).toEqual([0, 300, 900, 2100]);
    expect([(await w.get('flaky')).state, (await w.get('flaky')).attempts]).toEqual(['sent', 4]);
  });

  it('does not retry a rate-limited message before its Retry-After, while other conversations go on', async () => {
    const w = await setUp();
    await w.enqueue('limited', toPerson(OWNER));
    await w.enqueue('other', toPerson(OTHER));
    w.messenger.script('limited', { kind: 'rate-limited', retryAfterMs: 5_000, scope: 'conversation' });

    await w.dispatcher.drain(w.clock);
    expect(w.messenger.keys()).toEqual(['limited', 'other']);
    w.clock.set(new Date(T0 + 4_999));
    await w.dispatcher.drain(w.clock);
    expect(w.timesOf('limited')).toEqual([0]);
    w.clock.set(new Date(T0 + 5_000));
    await w.dispatcher.drain(w.clock);
    expect(w.timesOf('limited')).toEqual([0, 5_000]);
    expect([(await w.get('limited')).state, (await w.get('limited')).error]).toEqual(['sent', null]);
  });

  it('holds the rest of a rate-limited conversation until the Retry-After too', async () => {
    const w = await setUp();
    await w.enqueue('limited', toPerson(OWNER));
    await w.enqueue('same-person', toPerson(OWNER));
    w.messenger.script('limited', { kind: 'rate-limited', retryAfterMs: 5_000, scope: 'conversation' });
    await w.drainAll();
    expect(w.messenger.keys()).toEqual(['limited', 'same-person', 'limited']);
    expect(w.messenger.deliveries.map((d) => d.at - T0)).toEqual([0, 5_000, 5_000]);
  });

  it('holds every conversation after a global 429, and waits 1 s when Retry-After is missing', async () => {
    const w = await setUp();
    await w.enqueue('limited', toPerson(OWNER));
    await w.enqueue('other', toPerson(OTHER));
    w.messenger.script(
      'limited',
      { kind: 'rate-limited', retryAfterMs: 3_000, scope: 'global' },
      { kind: 'rate-limited', retryAfterMs: null, scope: 'conversation' },
    );
    await w.drainAll();
    expect(w.timesOf('other')).toEqual([3_000]);
    expect(w.timesOf('limited')).toEqual([0, 3_000, 4_000]);
  });

  it('does not count 429s towards MAX_ATTEMPTS', async () => {
    const w = await setUp({ random: () => 0 });
    await w.enqueue('busy', toPerson(OWNER));
    const limited: DeliveryFailure = { kind: 'rate-limited', retryAfterMs: 1_000, scope: 'conversation' };
    const transient: DeliveryFailure = { kind: 'transient', status: 502, reason: 'Bad Gateway' };
    w.messenger.script(
      'busy',
      ...Array.from({ length: MAX_ATTEMPTS }, () => limited),
      ...Array.from({ length: MAX_ATTEMPTS - 1 }, () => transient),
    );
    await w.drainAll();
    expect(w.timesOf('busy')).toHaveLength(2 * MAX_ATTEMPTS);
    expect((await w.get('busy')).state).toBe('sent');
  });

  it('re-sends a message claimed by a process that died once its lease runs out, not before', async () => {
    const w = await setUp();
    await w.enqueue('claimed', toPerson(OWNER));
    const leaseUntil = new Date(T0 + 60_000);
    const claimed = await w.t.app.uow.write(
      { actor: 'dead', now: DEMO_NOW },
      async (repos) => await repos.outbox.claim((await w.get('claimed')).seq, 'dead-process', DEMO_NOW, leaseUntil),
    );
    expect(claimed).toBe(true);

    w.clock.set(new Date(T0 + 59_999));
    await w.dispatcher.drain(w.clock);
    expect(w.messenger.keys()).toEqual([]);
    expect([(await w.get('claimed')).state, (await w.get('claimed')).leaseOwner]).toEqual(['sending', 'dead-process']);

    await w.drainAll();
    expect(w.timesOf('claimed')).toEqual([60_000]);
    const sent = await w.get('claimed');
    expect([sent.state, sent.attempts, sent.leaseOwner]).toEqual(['sent', 2, null]);
  });

  it("keeps to Teams' per-conversation limits: of 8 messages to one person the 8th goes 1000 ms after the 1st", async () => {
    const w = await setUp({ limits: TEAMS_LIMITS });
    for (let n = 1; n <= 8; n++) await w.enqueue(`dm-${n}`, toPerson(OWNER));
    await w.enqueue('someone-else', toPerson(OTHER));
    await w.dispatcher.drain(w.clock);

    const times = w.messenger.deliveries.map((d) => d.at - T0);
    expect(w.messenger.keys()).toEqual([
      'dm-1',
      'dm-2',
      'dm-3',
      'dm-4',
      'dm-5',
      'dm-6',
      'dm-7',
      'someone-else',
      'dm-8',
    ]);
    expect(times).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1_000]);
  });

  it('counts a request against the limits when its response is in, since the platform may count it that late', async () => {
    const w = await setUp({ limits: TEAMS_LIMITS });
    for (let n = 1; n <= 8; n++) await w.enqueue(`dm-${n}`, toPerson(OWNER));
    w.messenger.latencyOf = (key) => (key === 'dm-1' ? 50 : 0);
    await w.dispatcher.drain(w.clock);
    // dm-1 may have reached the platform at any time up to 50 ms: only 1050 ms is surely a second after it.
    expect(w.messenger.deliveries.map((d) => d.at - T0)).toEqual([0, 50, 50, 50, 50, 50, 50, 1_050]);
  });
});

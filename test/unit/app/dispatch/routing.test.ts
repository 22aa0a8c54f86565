import { Dispatcher } from '../../../../src/app/dispatch/dispatcher';
import type { RateLimitPolicy } from '../../../../src/app/dispatch/rate-limiter';
import type { Destination, OutboxMessage } from '../../../../src/domain/delivery';
import type { Platform } from '../../../../src/domain/model';
import type { MessageView } from '../../../../src/views/message-view';
import { FakeClock } from '../../../helpers/fake-clock';
import { aMessageView, FakeMessenger } from '../../../helpers/fake-messenger';
import { DEMO_NOW, type TestApp, testApp } from '../../../helpers/test-app';

const OWNER = 'kristin.hovland@example.no';
const T0 = DEMO_NOW.getTime();
const HOUR = 3_600_000;
const NO_LIMITS: RateLimitPolicy = { global: [], perConversation: [] };

interface World {
  t: TestApp;
  clock: FakeClock;
  teams: FakeMessenger;
  slack: FakeMessenger;
  dispatcher: Dispatcher;
  enqueue(key: string, destination: Destination): Promise<void>;
  get(key: string): Promise<OutboxMessage>;
  drainAll(): Promise<void>;
}

async function world(options: { teamsLimits?: RateLimitPolicy; only?: 'msteams' } = {}): Promise<World> {
  const t = await testApp();
  const clock = new FakeClock(DEMO_NOW);
  const teams = new FakeMessenger(clock, options.teamsLimits ?? NO_LIMITS, 'msteams');
  const slack = new FakeMessenger(clock, NO_LIMITS, 'slack');
  const messengers = options.only ? [teams] : [teams, slack];
  const dispatcher = new Dispatcher(t.app.uow, messengers, { owner: 'test', random: () => 0 });
  return {
    t,
    clock,
    teams,
    slack,
    dispatcher,
    async enqueue(key, destination) {
      const at = clock.now();
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

/** Links the owner on a platform, with a stored chat, as if they had last used it at `at`. */
async function linkOwner(w: World, platform: Platform, at: number): Promise<void> {
  await w.t.app.uow.write({ actor: 'test', now: new Date(at) }, async (repos) => {
    await repos.people.linkIdentity(OWNER, { platform, userId: `${platform}-user` });
    await repos.directory.saveConversation(platform, `${platform}-user`, `${platform}-chat`, new Date(at));
  });
}

describe('Dispatcher with one Messenger per platform', () => {
  it('messages a person on the platform they used last, with their address there', async () => {
    const w = await setUp();
    await linkOwner(w, 'msteams', T0 - 2 * HOUR);
    await linkOwner(w, 'slack', T0 - HOUR);
    await w.enqueue('first', { kind: 'person', email: OWNER });
    await w.drainAll();
    expect([w.teams.keys(), w.slack.keys()]).toEqual([[], ['first']]);
    expect(w.slack.deliveries[0]?.message.destination).toMatchObject({
      kind: 'person',
      userId: 'slack-user',
      conversation: 'slack-chat',
    });

    // They write to the bot in Teams: Teams is now the one they used last.
    await w.t.app.uow.write(
      { actor: 'test', now: w.clock.now() },
      async (repos) => await repos.directory.recordSeen('msteams', 'msteams-user', w.clock.now()),
    );
    await w.enqueue('second', { kind: 'person', email: OWNER });
    await w.drainAll();
    expect(w.teams.keys()).toEqual(['second']);
    expect(w.teams.deliveries[0]?.message.destination).toMatchObject({
      userId: 'msteams-user',
      conversation: 'msteams-chat',
    });
  });

  it('leaves a person with no identity on a configured platform to the first Messenger, which says why', async () => {
    const w = await setUp({ only: 'msteams' });
    await w.t.app.uow.write(
      { actor: 'test', now: DEMO_NOW },
      async (repos) => await repos.people.linkIdentity(OWNER, { platform: 'slack', userId: 'slack-user' }),
    );
    await w.enqueue('request', { kind: 'person', email: OWNER });
    await w.drainAll();
    expect(w.teams.deliveries[0]?.message.destination).toMatchObject({ userId: null, conversation: null });
  });

  it("posts to a channel on its binding's platform and replies in the thread on the parent's", async () => {
    const w = await setUp();
    await w.t.app.uow.write({ actor: 'test', now: DEMO_NOW }, async (repos) => {
      await repos.directory.bindChannel('au', 'slack', 'C-AU', 'test', DEMO_NOW);
      await repos.directory.bindChannel('skate', 'msteams', '{"id":"skate"}', 'test', DEMO_NOW);
    });
    await w.enqueue('summary', { kind: 'channel', channel: 'au' });
    await w.enqueue('item', { kind: 'thread', parentKey: 'summary' });
    await w.enqueue('agenda', { kind: 'channel', channel: 'skate' });
    await w.enqueue('agenda-v2', { kind: 'update', targetKey: 'agenda' });
    await w.drainAll();
    expect(w.slack.keys()).toEqual(['summary', 'item']);
    expect(w.teams.keys()).toEqual(['agenda', 'agenda-v2']);
    expect(w.slack.deliveries[0]?.message.destination).toEqual({ kind: 'channel', channel: 'au', binding: 'C-AU' });
    expect((await w.get('item')).messageRef?.platform).toBe('slack');
  });

  it('fails a message bound to a platform that is not configured, and tells the secretariat', async () => {
    const w = await setUp({ only: 'msteams' });
    await w.t.app.uow.write(
      { actor: 'test', now: DEMO_NOW },
      async (repos) => await repos.directory.bindChannel('au', 'slack', 'C-AU', 'test', DEMO_NOW),
    );
    await w.enqueue('summary', { kind: 'channel', channel: 'au' });
    await w.drainAll();
    expect((await w.get('summary')).state).toBe('failed');
    expect((await w.get('summary')).error).toContain('slack');
    const notices = (await w.t.app.uow.read(async (repos) => await repos.outbox.list())).filter(
      (m) => (m.view as MessageView).kind === 'undeliverable',
    );
    expect(notices).toHaveLength(2);
    expect(w.teams.keys()).not.toContain('summary');
  });

  it("keeps each platform's rate limits apart: a throttled Teams does not hold up Slack", async () => {
    const w = await setUp({ teamsLimits: { global: [{ limit: 1, windowMs: 60_000 }], perConversation: [] } });
    await w.t.app.uow.write({ actor: 'test', now: DEMO_NOW }, async (repos) => {
      await repos.directory.bindChannel('au', 'msteams', '{"id":"au"}', 'test', DEMO_NOW);
      await repos.directory.bindChannel('skate', 'slack', 'C-SKATE', 'test', DEMO_NOW);
    });
    await w.enqueue('teams-1', { kind: 'channel', channel: 'au' });
    await w.enqueue('teams-2', { kind: 'channel', channel: 'au' });
    await w.enqueue('slack-1', { kind: 'channel', channel: 'skate' });
    await w.drainAll();
    expect(w.teams.timesOf('teams-2', T0)).toEqual([60_000]);
    expect(w.slack.timesOf('slack-1', T0)).toEqual([0]);
  });

  it('lets the local transport stand in for platforms that are not configured', async () => {
    const t = await testApp();
    current = null;
    try {
      const clock = new FakeClock(DEMO_NOW);
      const local = new FakeMessenger(clock);
      await t.bindChannels(['au']);
      const at = clock.now();
      await t.app.uow.write(
        { actor: 'test', now: at },
        async (repos) =>
          await repos.outbox.enqueue(
            {
              dedupeKey: 'summary',
              destination: { kind: 'channel', channel: 'au' },
              view: aMessageView('s'),
              notBefore: at.toISOString(),
            },
            at,
          ),
      );
      await new Dispatcher(t.app.uow, [local], { owner: 'test' }).drain(clock);
      expect(local.keys()).toEqual(['summary']);
    } finally {
      await t.close();
    }
  });
});

import { preflight } from '../../../src/app/cycle/preflight';
import { DEMO_EMAILS } from '../../../src/app/demo/people';
import { classifyUnknownFailure, type DeliveryFailure } from '../../../src/app/dispatch/retry-policy';
import type { Messenger, Reachability } from '../../../src/app/ports';
import { initiativesToReport } from '../../../src/app/rounds/initiatives-to-report';
import { TEAMS_LIMITS } from '../../../src/channels/teams/teams-limits';
import { instantToOsloDate } from '../../../src/domain/calendar';
import type { MessageRef, OutboxMessage } from '../../../src/domain/delivery';
import type { Person } from '../../../src/domain/model';
import type { MessageView } from '../../../src/views/message-view';
import { DEMO_NOW, OPERATOR, type TestApp, testApp } from '../../helpers/test-app';
import { itOnSqlite } from '../../helpers/test-store';

const ROUND = '2026-Q4';
const NO_IDENTITY = 'maria.lie@example.no';
const SLACK_ONLY = 'henrik.aasen@example.no';
const NO_CONVERSATION = 'silje.eide@example.no';
const BLOCKED = 'amir.haddad@example.no';
const GHOST = 'ghost@example.no';
/** AU's and Skate's channels: counted among what the round must reach. */
const CHANNELS = 2;

interface Check {
  email: string;
  userId: string | null;
  conversation: string | null;
}

/** A Teams-like Messenger whose reachability check decides from what preflight hands it. */
class FakeTeamsMessenger implements Messenger {
  readonly platform = 'msteams' as const;
  readonly limits = TEAMS_LIMITS;
  readonly checks: Check[] = [];

  constructor(
    /** Whether it can open a chat with someone who has the app but no stored conversation. */
    private readonly canCreateConversations: boolean,
    private readonly blocked: ReadonlySet<string> = new Set([BLOCKED]),
  ) {}

  cost(): number {
    return 1;
  }

  async deliver(): Promise<MessageRef> {
    throw new Error('preflight must not send anything');
  }

  classify(error: unknown): DeliveryFailure {
    return classifyUnknownFailure(error);
  }

  async reachability(person: Person, userId: string | null, conversation: string | null): Promise<Reachability> {
    this.checks.push({ email: person.email, userId, conversation });
    if (userId === null) return { reachable: false, reason: 'no-identity' };
    if (this.blocked.has(person.email)) return { reachable: false, reason: 'transport', detail: 'BotDisabledByAdmin' };
    if (conversation === null && !this.canCreateConversations) return { reachable: false, reason: 'no-conversation' };
    return { reachable: true };
  }
}

/** A Slack-like Messenger that reaches everyone it is asked about. */
class FakeSlackMessenger implements Messenger {
  readonly platform = 'slack' as const;
  readonly limits = TEAMS_LIMITS;
  readonly checks: Check[] = [];

  cost(): number {
    return 1;
  }

  async deliver(): Promise<MessageRef> {
    throw new Error('preflight must not send anything');
  }

  classify(error: unknown): DeliveryFailure {
    return classifyUnknownFailure(error);
  }

  async reachability(person: Person, userId: string | null, conversation: string | null): Promise<Reachability> {
    this.checks.push({ email: person.email, userId, conversation });
    return userId === null ? { reachable: false, reason: 'no-identity' } : { reachable: true };
  }
}

let t: TestApp;
/** Every person preflight checks, with the initiatives they report on. */
let targets: Map<string, string[]>;

beforeEach(async () => {
  t = await testApp();
  const today = instantToOsloDate(DEMO_NOW);
  targets = new Map();
  await t.app.uow.write({ actor: 'test', now: DEMO_NOW }, async (repos) => {
    for (const i of initiativesToReport(await repos.initiatives.list())) {
      const people = [...i.contacts, ...i.delegations.filter((d) => d.toDate >= today).map((d) => d.to)];
      for (const email of people) targets.set(email, [...(targets.get(email) ?? []), i.id]);
    }
    // AU votes and the secretariat runs the round: they are checked too, with no initiatives of their own.
    for (const p of [...(await repos.people.withRole('au')), ...(await repos.people.withRole('secretariat'))]) {
      if (!targets.has(p.email)) targets.set(p.email, []);
    }
    // Both channels are bound here; the test below leaves them unbound.
    for (const name of ['au', 'skate'] as const)
      await repos.directory.bindChannel(name, 'msteams', `{"id":"${name}"}`, 'test', DEMO_NOW);
    for (const email of targets.keys()) {
      if (email === NO_IDENTITY) continue;
      if (email === SLACK_ONLY) {
        await repos.people.linkIdentity(email, { platform: 'slack', userId: `U-${email}` });
        continue;
      }
      await repos.people.linkIdentity(email, { platform: 'msteams', userId: `aad-${email}` });
      if (email !== NO_CONVERSATION)
        await repos.directory.saveConversation('msteams', `aad-${email}`, `conv-${email}`, DEMO_NOW);
    }
  });
  expect([NO_IDENTITY, SLACK_ONLY, NO_CONVERSATION, BLOCKED].every((e) => targets.has(e))).toBe(true);
});
afterEach(async () => await t.close());

const preflights = async (): Promise<OutboxMessage[]> =>
  (await t.app.uow.read(async (repos) => await repos.outbox.list())).filter(
    (m) => (m.view as MessageView).kind === 'preflight',
  );

describe('preflight', () => {
  it('says which channels are not bound yet, by name, before anything else', async () => {
    const fresh = await testApp();
    try {
      const report = await preflight(fresh.app, new FakeTeamsMessenger(true), ROUND, OPERATOR, DEMO_NOW);
      expect(report.unreachable.filter((u) => u.reason === 'channel-not-bound').map((u) => u.channel)).toEqual([
        'au',
        'skate',
      ]);
    } finally {
      await fresh.close();
    }
  });

  it('reports who cannot be reached and why, checking each person once with their Teams id and chat', async () => {
    const messenger = new FakeTeamsMessenger(false);
    const report = await preflight(t.app, messenger, ROUND, OPERATOR, DEMO_NOW);

    expect(report.total).toBe(targets.size + CHANNELS);
    const byEmail = (a: (string | null)[], b: (string | null)[]) => String(a[0]).localeCompare(String(b[0]));
    expect(report.unreachable.map((u) => [u.email, u.reason, u.detail]).sort(byEmail)).toEqual(
      [
        [NO_IDENTITY, 'no-identity', null],
        [SLACK_ONLY, 'no-identity', null],
        [NO_CONVERSATION, 'no-conversation', null],
        [BLOCKED, 'transport', 'BotDisabledByAdmin'],
      ].sort(byEmail),
    );
    const henrik = report.unreachable.find((u) => u.email === SLACK_ONLY);
    expect(henrik?.initiatives).toEqual(targets.get(SLACK_ONLY));
    expect(henrik?.initiatives.length).toBeGreaterThan(1);
    expect(henrik?.name).toBe('Henrik Aasen');

    expect(messenger.checks.map((c) => c.email).sort()).toEqual([...targets.keys()].sort());
    const checkOf = (email: string) => messenger.checks.find((c) => c.email === email);
    expect(checkOf(SLACK_ONLY)).toEqual({ email: SLACK_ONLY, userId: null, conversation: null });
    expect(checkOf(NO_CONVERSATION)).toEqual({
      email: NO_CONVERSATION,
      userId: `aad-${NO_CONVERSATION}`,
      conversation: null,
    });
    expect(checkOf(BLOCKED)).toEqual({ email: BLOCKED, userId: `aad-${BLOCKED}`, conversation: `conv-${BLOCKED}` });
  });

  it('leaves a person with a Teams id but no stored chat to the messenger', async () => {
    const report = await preflight(t.app, new FakeTeamsMessenger(true), ROUND, OPERATOR, DEMO_NOW);
    expect(report.unreachable.map((u) => u.email)).not.toContain(NO_CONVERSATION);
    expect(report.unreachable.map((u) => u.reason).sort()).toEqual(['no-identity', 'no-identity', 'transport']);
  });

  itOnSqlite("reports a contact who is not registered as 'unknown-person' without asking the messenger", async () => {
    // The schema forbids it, but a registry edited by hand or a foreign key turned off must not break the check.
    t.db.pragma('foreign_keys = OFF');
    await t.app.uow.write({ actor: 'test', now: DEMO_NOW }, async (repos) => {
      const initiative = await repos.initiatives.get('T-2024-01');
      if (!initiative) throw new Error('T-2024-01');
      await repos.initiatives.save({ ...initiative, contacts: [...initiative.contacts, GHOST] });
    });
    const messenger = new FakeTeamsMessenger(true);
    const report = await preflight(t.app, messenger, ROUND, OPERATOR, DEMO_NOW);

    expect(report.total).toBe(targets.size + 1 + CHANNELS);
    expect(report.unreachable.find((u) => u.email === GHOST)).toEqual({
      name: GHOST,
      email: GHOST,
      initiatives: ['T-2024-01'],
      reason: 'unknown-person',
      detail: null,
    });
    expect(messenger.checks.map((c) => c.email)).not.toContain(GHOST);
  });

  it('tells each secretariat member once a day, whatever the number of runs', async () => {
    const messenger = new FakeTeamsMessenger(false);
    await preflight(t.app, messenger, ROUND, OPERATOR, DEMO_NOW);
    await preflight(t.app, messenger, ROUND, OPERATOR, new Date(DEMO_NOW.getTime() + 60 * 60_000));

    const first = await preflights();
    expect(first.map((m) => (m.destination.kind === 'person' ? m.destination.email : '?')).sort()).toEqual(
      [DEMO_EMAILS.secretariat, DEMO_EMAILS.secretariat2].sort(),
    );
    const day = instantToOsloDate(DEMO_NOW);
    expect(first.every((m) => m.dedupeKey.startsWith(`round:${ROUND}/preflight:${day}/to:`))).toBe(true);
    const view = first[0]?.view as MessageView;
    expect(view.data).toEqual({ roundId: ROUND, unreachable: 4, total: targets.size + CHANNELS });
    expect(view.items).toHaveLength(4);

    await preflight(t.app, messenger, ROUND, OPERATOR, new Date(DEMO_NOW.getTime() + 24 * 60 * 60_000));
    expect(await preflights()).toHaveLength(4);
  });

  it('checks each person on the platform the dispatcher would use: the one they used last', async () => {
    await t.app.uow.write({ actor: 'test', now: DEMO_NOW }, async (repos) => {
      // BLOCKED in Teams uses Slack too, and did so after Teams.
      await repos.people.linkIdentity(BLOCKED, { platform: 'slack', userId: `U-${BLOCKED}` });
      await repos.directory.recordSeen('slack', `U-${BLOCKED}`, new Date(DEMO_NOW.getTime() + 60_000));
    });
    const teams = new FakeTeamsMessenger(false);
    const slack = new FakeSlackMessenger();
    const report = await preflight(t.app, [teams, slack], ROUND, OPERATOR, DEMO_NOW);

    expect(slack.checks.map((c) => c.email).sort()).toEqual([BLOCKED, SLACK_ONLY].sort());
    expect(slack.checks.find((c) => c.email === SLACK_ONLY)).toEqual({
      email: SLACK_ONLY,
      userId: `U-${SLACK_ONLY}`,
      conversation: null,
    });
    expect(teams.checks.map((c) => c.email)).not.toContain(BLOCKED);
    expect(report.unreachable.map((u) => u.email).sort()).toEqual([NO_CONVERSATION, NO_IDENTITY].sort());
  });

  it('is for administrators only', async () => {
    const owner = await t.person(BLOCKED);
    await expect(
      preflight(t.app, new FakeTeamsMessenger(true), ROUND, { kind: 'person', person: owner }, DEMO_NOW),
    ).rejects.toThrow();
    expect(await preflights()).toEqual([]);
  });
});

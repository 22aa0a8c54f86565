import { systemClock } from '../../src/app/cycle/engine';
import { Dispatcher } from '../../src/app/dispatch/dispatcher';
import { BACKOFF_MIN_MS, classifyUnknownFailure, type DeliveryFailure } from '../../src/app/dispatch/retry-policy';
import type { Messenger, OutboundMessage, Reachability } from '../../src/app/ports';
import { TEAMS_LIMITS } from '../../src/channels/teams/teams-limits';
import type { MessageRef } from '../../src/domain/delivery';
import { aMessageView } from '../helpers/fake-messenger';
import { type FlakyDelivery, type FlakyServer, startFlakyServer } from '../helpers/flaky-server';
import { postDelivery } from '../helpers/post-delivery';
import { type TestApp, testApp } from '../helpers/test-app';

const MESSAGES = 30;
const RETRY_AFTER_MS = 1_000;
/** The whole run must end well inside this; it normally takes a few seconds. */
const BUDGET_MS = 25_000;

jest.setTimeout(BUDGET_MS + 5_000);

/** Delivers by POSTing to the flaky server and classifies its failures as a real transport would. */
class FlakyHttpMessenger implements Messenger {
  readonly platform = 'local' as const;
  readonly limits = TEAMS_LIMITS;

  constructor(private readonly url: string) {}

  cost(): number {
    return 1;
  }

  async deliver(message: OutboundMessage): Promise<MessageRef> {
    const body: FlakyDelivery = { dedupeKey: message.dedupeKey };
    // The code is left out on purpose: the status and Retry-After alone must classify these.
    const payload = await postDelivery(this.url, body, { timeoutMs: 5_000, readCode: false });
    return {
      platform: 'local',
      conversationId: 'flaky',
      messageId: typeof payload.id === 'string' ? payload.id : '?',
      extra: {},
    };
  }

  classify(error: unknown): DeliveryFailure {
    return classifyUnknownFailure(error);
  }

  async reachability(): Promise<Reachability> {
    return { reachable: true };
  }
}

/** Drains on the real clock, sleeping until the next retry is due, until nothing waits. */
async function deliverAll(t: TestApp, dispatcher: Dispatcher): Promise<void> {
  const started = Date.now();
  for (;;) {
    await dispatcher.drain(systemClock);
    const next = await t.app.uow.read(async (repos) => await repos.outbox.nextDueAt());
    if (next === null) return;
    if (Date.now() - started > BUDGET_MS) throw new Error(`still delivering after ${BUDGET_MS} ms`);
    await systemClock.sleep(Math.max(0, Date.parse(next) - Date.now()));
  }
}

describe('Dispatcher against a flaky HTTP endpoint, on the real clock', () => {
  let server: FlakyServer;
  let t: TestApp;

  beforeEach(async () => {
    server = await startFlakyServer({ seed: 20261122, rateLimited: 0.2, serverErrors: 0.2 });
    t = await testApp();
  });
  afterEach(async () => {
    await t.close();
    await server.close();
  });

  it('delivers every message exactly once and never retries a 429 before its Retry-After', async () => {
    const now = new Date();
    const people = (await t.app.uow.read(async (repos) => await repos.people.list())).map((p) => p.email);
    const keys = Array.from({ length: MESSAGES }, (_, n) => `flaky/${String(n).padStart(2, '0')}`);
    await t.app.uow.write({ actor: 'test', now }, async (repos) => {
      for (const [n, key] of keys.entries()) {
        const email = people[n % people.length] ?? '';
        await repos.outbox.enqueue(
          {
            dedupeKey: key,
            destination: { kind: 'person', email },
            view: aMessageView(key),
            notBefore: now.toISOString(),
          },
          now,
        );
      }
    });
    // random = 0 puts every back-off at its floor, so the run takes seconds, not minutes.
    const dispatcher = new Dispatcher(t.app.uow, new FlakyHttpMessenger(server.url), {
      owner: 'http',
      random: () => 0,
    });

    await deliverAll(t, dispatcher);

    const outbox = await t.app.uow.read(async (repos) => await repos.outbox.list());
    expect(outbox.map((m) => [m.dedupeKey, m.state])).toEqual(keys.map((k) => [k, 'sent']));
    const accepted = server.accepted();
    expect(keys.filter((k) => accepted.get(k) !== 1)).toEqual([]);
    expect([...accepted.keys()].sort()).toEqual(keys);

    // The seed must actually exercise the retries this test is about.
    const statuses = server.requests.map((r) => r.status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(3);
    expect(statuses.filter((s) => s >= 500).length).toBeGreaterThanOrEqual(3);

    const tooEarly: string[] = [];
    for (const key of keys) {
      const seen = server.requests.filter((r) => r.key === key);
      seen.forEach((request, i) => {
        const next = seen[i + 1];
        if (!next) return;
        const gap = next.at - request.at;
        const minimum = request.status === 429 ? RETRY_AFTER_MS : BACKOFF_MIN_MS;
        if (gap < minimum) tooEarly.push(`${key}: ${request.status} then a retry after ${gap} ms (< ${minimum})`);
      });
    }
    expect(tooEarly).toEqual([]);
    // Every message's last request was its one accepted delivery.
    expect(keys.every((k) => server.requests.filter((r) => r.key === k).at(-1)?.status === 200)).toBe(true);
  });
});

/**
 * Fan-out benchmark: opens a round for 1,000 owners and drains the opening
 * requests through the real Dispatcher, on the real clock, to a loopback
 * server that enforces the Teams limits itself. Measures how close the
 * dispatcher comes to the fastest delivery those limits allow, and whether it
 * ever provoked a 429. Loopback only, and bounded by a time budget.
 *
 * On either store, from the same data: the registry is built once and written
 * to an SQLite file; the SQLite run opens a copy of that file (WAL,
 * synchronous=FULL, as the bot does), the PostgreSQL run a fresh database the
 * file is copied into (copyStore), dropped afterwards.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import type { AppContext } from '../src/app/app-context';
import { systemClock } from '../src/app/cycle/engine';
import { Dispatcher } from '../src/app/dispatch/dispatcher';
import type { RateLimitPolicy } from '../src/app/dispatch/rate-limiter';
import type { DeliveryFailure } from '../src/app/dispatch/retry-policy';
import { DeliveryError, type Messenger, type OutboundMessage, type Reachability } from '../src/app/ports';
import { openRound } from '../src/app/rounds/open-round';
import { classifyTeamsError } from '../src/channels/teams/teams-errors';
import { TEAMS_LIMITS } from '../src/channels/teams/teams-limits';
import type { MessageRef } from '../src/domain/delivery';
import { openStore, type Store } from '../src/store/store';
import { postDelivery } from '../test/helpers/post-delivery';
import { testSettings } from '../test/helpers/test-app';
import { type BenchStore, benchDir } from './bench-bot';
import { type BenchDatabase, copiedBenchDatabase } from './bench-postgres';
import { benchQuarter, buildRegistry } from './fanout-registry';
import { type SendRequest, startTeamsLikeServer } from './teams-like-server';

export interface FanoutResult {
  store: BenchStore;
  owners: number;
  messages: number;
  sent: number;
  failed: number;
  elapsedMs: number;
  lowerBoundMs: number;
  ratio: number;
  throttled: number;
  duplicates: number;
  /** First to last accepted request, as the server saw them. */
  serverSpanMs: number;
}

/**
 * The earliest moment, from the first request at 0, at which the last of `total`
 * requests may go, with at most `perConversation` of them in any one conversation.
 *
 * In a sliding window of `limit` requests per `windowMs`, request k + limit cannot
 * go sooner than `windowMs` after request k: otherwise the window ending at it
 * would hold limit + 1 requests. Chaining that step back from the last request
 * (index n − 1) floor((n − 1) / limit) times reaches a request that goes no sooner
 * than 0, so t(n − 1) ≥ floor((n − 1) / limit) × windowMs, and sending full
 * batches of `limit` every `windowMs` attains it. For Teams' global 30 per 1 s and
 * 1,000 requests: floor(999 / 30) = 33, so the 1,000th request goes at 33.0 s at
 * the earliest (33 full batches of 30 at 0 s … 32 s, the last 10 at 33 s). Each
 * owner gets one message, so the per-conversation windows add nothing here.
 */
export function lowerBoundMs(policy: RateLimitPolicy, total: number, perConversation: number): number {
  const bound = (n: number, { limit, windowMs }: { limit: number; windowMs: number }) =>
    n <= 0 ? 0 : Math.floor((n - 1) / limit) * windowMs;
  return Math.max(
    0,
    ...policy.global.map((w) => bound(total, w)),
    ...policy.perConversation.map((w) => bound(perConversation, w)),
  );
}

/** A Teams-like transport: one POST per message to the conversation stored for the person. */
class LoopbackTeamsMessenger implements Messenger {
  readonly platform = 'msteams' as const;
  readonly limits = TEAMS_LIMITS;

  constructor(private readonly url: string) {}

  cost(message: OutboundMessage): number {
    // Creating a conversation first would be a request of its own.
    return message.destination.kind === 'person' && message.destination.conversation === null ? 2 : 1;
  }

  async deliver(message: OutboundMessage): Promise<MessageRef> {
    const d = message.destination;
    if (d.kind !== 'person' || d.conversation === null) {
      throw new DeliveryError({ kind: 'permanent', reason: `the bench only sends to stored chats (${d.kind})` });
    }
    const body: SendRequest = { conversation: d.conversation, dedupeKey: message.dedupeKey };
    const payload = await postDelivery(this.url, body, { timeoutMs: 10_000 });
    return {
      platform: 'msteams',
      conversationId: d.conversation,
      messageId: typeof payload.id === 'string' ? payload.id : '',
      extra: {},
    };
  }

  classify(error: unknown): DeliveryFailure {
    return classifyTeamsError(error, Date.now());
  }

  async reachability(): Promise<Reachability> {
    return { reachable: true };
  }
}

/** The registry of `owners`, built once and written to an SQLite file for every run to start from. */
export interface FanoutRegistry {
  owners: number;
  /** The SQLite file holding it (copied, never used in place). */
  file: string;
  builtAt: Date;
  cleanup(): void;
}

export async function buildFanoutRegistry(owners = 1_000): Promise<FanoutRegistry> {
  const dir = benchDir('fanout-bench');
  const builtAt = new Date();
  const { db } = await buildRegistry(owners, builtAt);
  const file = dir.file('registry.db');
  try {
    writeFileSync(file, db.serialize());
  } finally {
    db.close();
  }
  return { owners, file, builtAt, cleanup: dir.cleanup };
}

/** The registry's data in a store of its own: a copy of the file, or a fresh PostgreSQL database. */
async function openRegistryCopy(
  registry: FanoutRegistry,
  store: BenchStore,
): Promise<{ store: Store; database: BenchDatabase | null }> {
  if (store === 'sqlite') {
    const copy = registry.file.replace(/\.db$/, `-${Date.now()}.db`);
    copyFileSync(registry.file, copy);
    return { store: await openStore({ kind: 'sqlite', path: copy }), database: null };
  }
  const database = await copiedBenchDatabase(registry.file);
  try {
    // The bot's default pool (DATABASE_POOL_MAX).
    return { store: await openStore({ kind: 'postgres', url: database.url, pool: { max: 10 } }), database };
  } catch (error) {
    await database.drop().catch(() => undefined);
    throw error;
  }
}

/**
 * Runs the fan-out once on `store`, from `registry` (built for the run when not
 * given); gives up (throws) if it has not finished within `budgetMs`.
 */
export async function runFanoutBench(
  options: { store?: BenchStore; registry?: FanoutRegistry; owners?: number; budgetMs?: number } = {},
): Promise<FanoutResult> {
  const registry = options.registry ?? (await buildFanoutRegistry(options.owners ?? 1_000));
  try {
    return await fanOut(registry, options.store ?? 'sqlite', options.budgetMs ?? 120_000);
  } finally {
    if (!options.registry) registry.cleanup();
  }
}

async function fanOut(registry: FanoutRegistry, storeKind: BenchStore, budgetMs: number): Promise<FanoutResult> {
  const { owners } = registry;
  const server = await startTeamsLikeServer(TEAMS_LIMITS);
  let opened: { store: Store; database: BenchDatabase | null } | null = null;
  try {
    opened = await openRegistryCopy(registry, storeKind);
    const app: AppContext = { uow: opened.store.uow, settings: testSettings() };
    const startedAt = new Date();
    const round = await openRound(
      app,
      { quarter: benchQuarter(registry.builtAt) },
      { kind: 'operator', name: 'bench' },
      startedAt,
    );
    if (round.requests !== owners) throw new Error(`expected ${owners} report requests, got ${round.requests}`);
    const dispatcher = new Dispatcher(app.uow, new LoopbackTeamsMessenger(server.url), { owner: 'bench' });

    const started = performance.now();
    for (;;) {
      await dispatcher.drain(systemClock);
      const next = await app.uow.read(async (repos) => await repos.outbox.nextDueAt());
      if (next === null) break;
      if (performance.now() - started > budgetMs) throw new Error(`not done after ${budgetMs} ms`);
      await systemClock.sleep(Math.max(0, Date.parse(next) - Date.now()));
    }
    const elapsedMs = performance.now() - started;

    const counts = await app.uow.read(async (repos) => await repos.outbox.countByState());
    const lowerBound = lowerBoundMs(TEAMS_LIMITS, owners, 1);
    const first = server.acceptedAt[0] ?? 0;
    return {
      store: storeKind,
      owners,
      messages: round.requests,
      sent: counts.sent,
      failed: counts.failed,
      elapsedMs,
      lowerBoundMs: lowerBound,
      ratio: elapsedMs / lowerBound,
      throttled: server.throttled,
      duplicates: [...server.accepted.values()].filter((n) => n > 1).length,
      serverSpanMs: (server.acceptedAt.at(-1) ?? first) - first,
    };
  } finally {
    await opened?.store.close();
    await opened?.database?.drop();
    await server.close();
  }
}

if (require.main === module) {
  // npx tsx bench/fanout.bench.ts [sqlite|postgres] [owners]
  void runFanoutBench({
    store: (process.argv[2] ?? 'sqlite') as BenchStore,
    owners: Number(process.argv[3] ?? 1_000),
  }).then((r) => console.log(r));
}

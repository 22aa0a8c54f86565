/**
 * One bot replica's cycle, in a process of its own, on a shared PostgreSQL
 * database: wired as src/server.ts wires it (the store's PgSendLocks passed to
 * the CycleEngine as `locks`, driven by the real Scheduler on the system
 * clock), with a Teams-like Messenger that carries Teams' rate limits and
 * POSTs each message to a loopback platform (rate-limited-counter-server.ts).
 * Run with `node --require tsx/cjs` (see replica-process.ts) so that SIGKILL
 * hits the replica itself.
 *
 *   replica-child <database-url> <platform-url> <owner> <leaseMs> <globalPerSecond>
 *
 * stdin, one command a line:
 *   wake             scheduler.wake(), as after a command that enqueued work
 *   stop             stops the scheduler, releases the send locks, closes the store, exits 0
 *
 * stdout, one line per event, each written only after the event happened:
 *   limits <json>    the RateLimitPolicy the Messenger declares
 *   ready            the store is open and the scheduler started
 *   lock <ms> <text> what the send locks logged (`send lock for msteams taken`…), at Date.now() = ms
 *   sent <key>       a delivery was answered and marked sent (committed)
 *   retried <kind> <key> / failed <key> <reason>
 *   run <json>       one runDueWork() finished, with its summary
 *   error <text>     a run failed (the scheduler goes on)
 *   stopped
 */
import { createInterface } from 'node:readline';
import { CycleEngine, systemClock } from '../../src/app/cycle/engine';
import type { RateLimitPolicy } from '../../src/app/dispatch/rate-limiter';
import { classifyUnknownFailure, type DeliveryFailure } from '../../src/app/dispatch/retry-policy';
import { DeliveryError, type Messenger, type OutboundMessage, type Reachability } from '../../src/app/ports';
import { teamsLimits } from '../../src/channels/teams/teams-limits';
import type { MessageRef } from '../../src/domain/delivery';
import { Scheduler } from '../../src/scheduler/scheduler';
import { openPostgresStore } from '../../src/store/pg/pg-store';
import { postDelivery } from './post-delivery';
import type { PlatformRequest } from './rate-limited-counter-server';
import { testSettings } from './test-app';

const REQUEST_TIMEOUT_MS = 10_000;

function line(text: string): void {
  // stdout to a pipe is synchronous on POSIX: the line has left the process when this returns.
  process.stdout.write(`${text}\n`);
}

/**
 * Teams as far as the dispatcher can tell: platform `msteams`, Teams' limits with the
 * given global requests per second (TEAMS_GLOBAL_RPS), one POST per message to the
 * conversation stored for the person; a 429 comes back classified with its Retry-After.
 */
class LoopbackTeamsMessenger implements Messenger {
  readonly platform = 'msteams' as const;
  readonly limits: RateLimitPolicy;

  constructor(
    private readonly url: string,
    private readonly sender: string,
    globalPerSecond: number,
  ) {
    this.limits = teamsLimits(globalPerSecond);
  }

  cost(): number {
    return 1;
  }

  async deliver(message: OutboundMessage): Promise<MessageRef> {
    const d = message.destination;
    if (d.kind !== 'person') throw new DeliveryError({ kind: 'permanent', reason: `only direct messages (${d.kind})` });
    if (!d.conversation)
      throw new DeliveryError({ kind: 'permanent', reason: d.userId ? 'no-conversation' : 'no-identity' });
    const request: PlatformRequest = {
      dedupeKey: message.dedupeKey,
      conversation: d.conversation,
      sender: this.sender,
    };
    const body = await postDelivery(this.url, request, { timeoutMs: REQUEST_TIMEOUT_MS });
    return {
      platform: 'msteams',
      conversationId: d.conversation,
      messageId: typeof body.id === 'string' ? body.id : '',
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

async function main(argv: readonly string[]): Promise<void> {
  const [url, platformUrl, owner, leaseArg, rpsArg] = argv;
  if (!url || !platformUrl || !owner || !leaseArg || !rpsArg) {
    throw new Error(
      `usage: replica-child <database-url> <platform-url> <owner> <leaseMs> <globalPerSecond>, got ${argv}`,
    );
  }
  // openStore's PostgreSQL branch, imported statically: under `node --require tsx/cjs` its dynamic
  // import() goes to Node's ESM loader, which cannot resolve the extensionless .ts path.
  const store = await openPostgresStore(url, { max: 4 });
  const app = { uow: store.uow, settings: testSettings() };
  const messenger = new LoopbackTeamsMessenger(platformUrl, owner, Number(rpsArg));
  line(`limits ${JSON.stringify(messenger.limits)}`);
  const locks = store.sendLocks((message, error) =>
    line(`lock ${Date.now()} ${message}${error ? `: ${error instanceof Error ? error.message : String(error)}` : ''}`),
  );
  if (!locks) throw new Error('replica-child: the store gave no send locks (not PostgreSQL?)');
  const engine = new CycleEngine(app, messenger, systemClock, {
    owner,
    leaseMs: Number(leaseArg),
    locks,
    onSent: (m) => line(`sent ${m.dedupeKey}`),
    onRetried: (m, kind) => line(`retried ${kind} ${m.dedupeKey}`),
    onFailed: (m, reason) => line(`failed ${m.dedupeKey} ${reason}`),
  });
  const scheduler = new Scheduler(engine, () => new Date(), {
    onRun: (summary) => line(`run ${JSON.stringify(summary)}`),
    onError: (error) => {
      const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
      process.stderr.write(`${text}\n`);
      line(`error ${text.split('\n')[0]}`);
    },
  });
  scheduler.start();
  line('ready');

  const input = createInterface({ input: process.stdin });
  await new Promise<void>((resolve) => {
    input.on('line', (l) => {
      const command = l.trim();
      if (command === 'wake') scheduler.wake();
      if (command === 'stop') resolve();
    });
    input.on('close', () => resolve());
  });
  input.close();
  await scheduler.stop();
  // Waits for a run still in progress (a new one finds nothing to do) before the pool closes under it.
  await engine.runDueWork().catch(() => undefined);
  await locks.release();
  await store.close();
  line('stopped');
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

/**
 * Closed-loop request throughput: 1, 10 and 100 clients each post a request
 * to `/api/messages` and the next as soon as the answer arrives, for two
 * commands:
 *
 * - `submit`: a report submission (`report.submit`, the Teams invoke), each
 *   by another owner, answered in the HTTP response with the receipt card;
 * - `hjelp`: a Teams message activity in the owner's personal chat, answered
 *   through the connector (a loopback double) before the POST is answered.
 *
 * Against the real bot (HTTP server, CloudAdapter, the store as configured:
 * SQLite with synchronous=FULL, or PostgreSQL) and against a bare botbuilder
 * echo bot on the same stack (`test/e2e/echo-bot.ts`), which bounds what the
 * bot's own work costs. The two alternate, run by run (bot, echo, bot, echo
 * at each client count), so that the machine's other load falls on both
 * alike. Bot, echo bot, connector and clients share one process, as a fair
 * common handicap. Every run is bounded: a fixed number of requests, each
 * with a timeout.
 */
import { performance } from 'node:perf_hooks';
import {
  type BenchRequest,
  type BenchStore,
  benchDir,
  describeRefusal,
  echoSubmitRequest,
  helpRequest,
  post,
  quantile,
  STORE_NAMES,
  seedSubmitters,
  startBenchBot,
  startBenchConnector,
  startBenchEchoBot,
  submitRequest,
} from './bench-bot';
import { postgresUnavailable } from './bench-postgres';

export type Command = 'submit' | 'hjelp';

/** Requests per second and latency for one store, command, target and number of clients. */
export interface ThroughputResult {
  store: BenchStore;
  command: Command;
  target: 'bot' | 'echo';
  clients: number;
  /** Requests sent. */
  requests: number;
  /** Of those, answered with an error (or not at all, within the timeout); counted in no figure. */
  refused: number;
  /** What the first refusal was. */
  firstRefusal: string | null;
  /** Accepted answers per second. */
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export interface ThroughputOptions {
  /** Requests per run at each client count (at least three per client). Default 200. */
  perRun?: number;
  clientCounts?: number[];
  /** Runs of each target at each client count, alternating bot and echo bot. Default 2. */
  rounds?: number;
  /** The stores to run the bot on; PostgreSQL is skipped (and said so) when no server answers. */
  stores?: BenchStore[];
  commands?: Command[];
  log?: (line: string) => void;
}

/**
 * Requests each target gets first, unmeasured: V8 optimises the bot's code (several times the echo
 * bot's) over its first several hundred requests; `bench/profile-cpu.ts` shows its CPU per
 * submission falling from ~4.4 to ~2.4 ms over the first ~1,500, the echo bot's within a few dozen.
 */
const WARM_UP = 500;
/** Clients of the warm-up. */
const WARM_UP_CLIENTS = 10;

export interface Run {
  elapsedMs: number;
  /** Of the accepted answers. */
  latencies: number[];
  refused: string[];
}

/** Posts requests `first` … `first + count − 1` from `clients` closed loops. */
export async function closedLoop(
  port: number,
  request: (i: number) => BenchRequest,
  first: number,
  count: number,
  clients: number,
): Promise<Run> {
  let next = first;
  const end = first + count;
  const latencies: number[] = [];
  const refused: string[] = [];
  const start = performance.now();
  const client = async () => {
    for (let i = next++; i < end; i = next++) {
      const r = request(i);
      const sent = performance.now();
      try {
        const { status, text } = await post(port, r.body);
        if (r.accepted(status, text)) latencies.push(performance.now() - sent);
        else refused.push(describeRefusal(status, text));
      } catch (error) {
        refused.push(error instanceof Error ? error.message : String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return { elapsedMs: performance.now() - start, latencies, refused };
}

const perRunAt = (perRun: number, clients: number) => Math.max(perRun, 3 * clients);

/** The owners one store's runs use: each submission is another owner's first. */
function ownersNeeded(perRun: number, clientCounts: number[], rounds: number): number {
  return WARM_UP + rounds * clientCounts.reduce((sum, c) => sum + perRunAt(perRun, c), 0);
}

/** One store: the bot on it and the echo bot, alternating at each command and client count. */
async function runStore(
  store: BenchStore,
  seeded: string,
  copyTo: string,
  o: Required<ThroughputOptions>,
): Promise<ThroughputResult[]> {
  const connector = await startBenchConnector();
  const bot = await startBenchBot(store, seeded, copyTo);
  const echo = await startBenchEchoBot();
  const url = connector.serviceUrl;
  const requests: Record<Command, Record<'bot' | 'echo', (i: number) => BenchRequest>> = {
    submit: { bot: (i) => submitRequest(url, i), echo: (i) => echoSubmitRequest(url, i) },
    hjelp: { bot: (i) => helpRequest(url, i), echo: (i) => helpRequest(url, i) },
  };
  const results: ThroughputResult[] = [];
  try {
    // Warm-up: the first requests pay for loading and compiling, not for the work measured.
    for (const command of o.commands) {
      await closedLoop(bot.port, requests[command].bot, 0, WARM_UP, WARM_UP_CLIENTS);
      if (command === 'hjelp' && !connector.last.includes('hjelp'))
        throw new Error(`the bot did not answer hjelp with its help: ${connector.last.slice(0, 300)}`);
      await closedLoop(echo.port, requests[command].echo, 0, WARM_UP, WARM_UP_CLIENTS);
    }
    for (const command of o.commands) {
      let owner = WARM_UP;
      for (const clients of o.clientCounts) {
        const count = perRunAt(o.perRun, clients);
        const runs: Record<'bot' | 'echo', Run[]> = { bot: [], echo: [] };
        for (let round = 0; round < o.rounds; round++) {
          const posted = connector.posted;
          const apologies = connector.apologies;
          const run = await closedLoop(bot.port, requests[command].bot, owner, count, clients);
          if (command === 'hjelp') {
            // The answer goes through the connector: an apology there is a refusal, as is no answer at all.
            const apologised = connector.apologies - apologies;
            const unanswered = Math.max(0, count - (connector.posted - posted));
            for (let k = 0; k < apologised; k++)
              run.refused.push(`apology through the connector: ${describeRefusal(201, connector.firstApology ?? '')}`);
            for (let k = 0; k < unanswered; k++) run.refused.push('no answer through the connector');
            run.latencies.splice(0, apologised + unanswered);
          }
          runs.bot.push(run);
          runs.echo.push(await closedLoop(echo.port, requests[command].echo, owner, count, clients));
          owner += count;
        }
        for (const target of ['bot', 'echo'] as const) {
          const elapsed = runs[target].reduce((sum, r) => sum + r.elapsedMs, 0);
          const latencies = runs[target].flatMap((r) => r.latencies);
          const refused = runs[target].flatMap((r) => r.refused);
          const result: ThroughputResult = {
            store,
            command,
            target,
            clients,
            requests: latencies.length + refused.length,
            refused: refused.length,
            firstRefusal: refused[0] ?? null,
            perSecond: (latencies.length * 1_000) / elapsed,
            p50Ms: quantile(latencies, 0.5),
            p99Ms: quantile(latencies, 0.99),
          };
          results.push(result);
          o.log(formatResult(result));
        }
      }
    }
  } finally {
    await echo.stop();
    await bot.stop();
    await connector.close();
  }
  return results;
}

export function formatResult(r: ThroughputResult): string {
  const target = r.target === 'bot' ? 'Skate-boten' : 'echo bot';
  const refused = r.refused > 0 ? `  ${r.refused} of ${r.requests} REFUSED (first: ${r.firstRefusal})` : '';
  return `  ${STORE_NAMES[r.store].padEnd(10)} ${r.command.padEnd(6)} ${target.padEnd(11)} ${String(r.clients).padStart(3)} client(s)  ${r.perSecond.toFixed(0).padStart(4)} /s  p50 ${r.p50Ms.toFixed(1).padStart(6)} ms  p99 ${r.p99Ms.toFixed(1).padStart(6)} ms${refused}`;
}

/** Seeds once, then runs every store on a copy of the same data; PostgreSQL only if a server answers. */
export async function runSubmitThroughputBench(options: ThroughputOptions = {}): Promise<ThroughputResult[]> {
  const o: Required<ThroughputOptions> = {
    perRun: options.perRun ?? 200,
    clientCounts: options.clientCounts ?? [1, 10, 100],
    rounds: options.rounds ?? 2,
    stores: options.stores ?? ['sqlite', 'postgres'],
    commands: options.commands ?? ['submit', 'hjelp'],
    log: options.log ?? (() => undefined),
  };
  const dir = benchDir('submit-bench');
  const results: ThroughputResult[] = [];
  try {
    const seeded = dir.file('seeded.db');
    await seedSubmitters(seeded, ownersNeeded(o.perRun, o.clientCounts, o.rounds));
    for (const store of o.stores) {
      if (store === 'postgres') {
        const why = await postgresUnavailable();
        if (why) {
          o.log(`  PostgreSQL not reachable (${why}): its rows are skipped`);
          continue;
        }
      }
      results.push(...(await runStore(store, seeded, dir.file(`${store}.db`), o)));
    }
  } finally {
    dir.cleanup();
  }
  return results;
}

if (require.main === module) {
  // npx tsx bench/submit-throughput.bench.ts [perRun] [sqlite,postgres] [submit,hjelp] [1,10,100]
  const stores = (process.argv[3]?.split(',') as BenchStore[] | undefined) ?? undefined;
  const commands = (process.argv[4]?.split(',') as Command[] | undefined) ?? undefined;
  const clientCounts = process.argv[5]?.split(',').map(Number);
  void runSubmitThroughputBench({
    perRun: Number(process.argv[2] ?? 200),
    ...(stores ? { stores } : {}),
    ...(commands ? { commands } : {}),
    ...(clientCounts ? { clientCounts } : {}),
    log: (line) => console.log(line),
  });
}

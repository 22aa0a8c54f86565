/**
 * Open-loop submit latency: report submissions (`report.submit`, each by
 * another owner) offered at a steady 50, 100 and 200 per second for a fixed
 * time each, every request sent at its scheduled moment whether or not the
 * earlier ones were answered (an open loop, as real users arrive), so a bot
 * that falls behind shows it as queueing in the latencies rather than by
 * slowing the clients down. Latency runs from the moment a request was due,
 * not from when it left, so that a stalled event loop (shared by the bot and
 * the load in this one process) counts against the bot (no coordinated
 * omission). Bounded: the schedule is fixed, each request has a timeout, and
 * the tail is waited for at most that long.
 */
import { performance } from 'node:perf_hooks';
import {
  type BenchRequest,
  type BenchStore,
  benchDir,
  describeRefusal,
  echoSubmitRequest,
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

/** The Speed issue's goal: at 200 submissions per second, 99 % answered within this. */
export const OPEN_LOOP_GOAL = { perSecond: 200, p99Ms: 50 };

export interface OpenLoopResult {
  /** The bot on this store, or (null) the bare echo bot, the same stack doing nothing: the harness's floor. */
  store: BenchStore | null;
  /** The offered rate. */
  rate: number;
  seconds: number;
  sent: number;
  /** Answered as expected. */
  ok: number;
  /** Refused, failed or timed out. */
  errors: number;
  /** What the first of them was. */
  firstError: string | null;
  /** Answered as expected per second, from the first request's due time to the last answer. */
  achievedPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface OpenLoopOptions {
  rates?: number[];
  /** Seconds at each rate. Default 5. */
  seconds?: number;
  stores?: BenchStore[];
  /** Also the echo bot at the same rates, first. Default true. */
  echo?: boolean;
  /** A request not answered within this counts as an error. Default 10 s. */
  timeoutMs?: number;
  log?: (line: string) => void;
}

const WARM_UP = 20;
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Sends requests `first` … at `rate` per second for `seconds`, each on schedule; waits for every answer (bounded). */
async function openLoop(
  port: number,
  request: (i: number) => BenchRequest,
  first: number,
  rate: number,
  seconds: number,
  timeoutMs: number,
): Promise<Omit<OpenLoopResult, 'store'>> {
  const count = Math.round(rate * seconds);
  // Built before the clock starts, so the schedule carries only the sending.
  const requests = Array.from({ length: count }, (_, k) => request(first + k));
  const interval = 1_000 / rate;
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const fail = (what: string) => {
    errors += 1;
    firstError ??= what;
  };
  let lastAnswer = 0;
  const pending: Promise<void>[] = [];
  const start = performance.now();
  const send = (k: number, due: number) => {
    const r = requests[k] as BenchRequest;
    pending.push(
      post(port, r.body, timeoutMs).then(
        ({ status, text }) => {
          lastAnswer = performance.now();
          if (r.accepted(status, text)) latencies.push(lastAnswer - due);
          else fail(describeRefusal(status, text));
        },
        (error: unknown) => fail(error instanceof Error ? error.message : String(error)),
      ),
    );
  };
  let k = 0;
  while (k < count) {
    const now = performance.now();
    // Every request now due goes at once: late ones (a stalled loop) are not dropped or spread out.
    while (k < count && start + k * interval <= now) {
      send(k, start + k * interval);
      k += 1;
    }
    if (k < count) await pause(Math.max(0, start + k * interval - performance.now()));
  }
  await Promise.all(pending);
  const span = Math.max(lastAnswer, start + (count - 1) * interval) - start;
  return {
    rate,
    seconds,
    sent: count,
    ok: latencies.length,
    errors,
    firstError,
    achievedPerSecond: (latencies.length * 1_000) / span,
    p50Ms: quantile(latencies, 0.5),
    p99Ms: quantile(latencies, 0.99),
    maxMs: latencies.length === 0 ? Number.NaN : Math.max(...latencies),
  };
}

export function formatOpenLoop(r: OpenLoopResult): string {
  const goal =
    r.rate === OPEN_LOOP_GOAL.perSecond && r.store !== null
      ? `  (goal p99 < ${OPEN_LOOP_GOAL.p99Ms} ms at ${OPEN_LOOP_GOAL.perSecond}/s: ${r.p99Ms < OPEN_LOOP_GOAL.p99Ms && r.errors === 0 ? 'met' : 'MISSED'})`
      : '';
  const errors = r.errors > 0 ? `, ${r.errors} failed (first: ${r.firstError})` : '';
  const target = r.store === null ? 'echo bot' : `${STORE_NAMES[r.store]} bot`;
  return `  ${target.padEnd(14)} ${String(r.rate).padStart(3)}/s offered × ${r.seconds} s  achieved ${r.achievedPerSecond.toFixed(0).padStart(3)}/s${errors}  p50 ${r.p50Ms.toFixed(1).padStart(6)} ms  p99 ${r.p99Ms.toFixed(1).padStart(6)} ms  max ${r.maxMs.toFixed(0).padStart(5)} ms${goal}`;
}

/** Each rate in turn against one target, starting at owner `first`; returns the owner after the last. */
async function atEachRate(
  target: { store: BenchStore | null; port: number; request: (i: number) => BenchRequest },
  first: number,
  o: { rates: number[]; seconds: number; timeoutMs: number; log: (line: string) => void },
  results: OpenLoopResult[],
): Promise<number> {
  for (let i = 0; i < WARM_UP; i++) await post(target.port, target.request(first + i).body);
  let owner = first + WARM_UP;
  for (const rate of o.rates) {
    const result = {
      store: target.store,
      ...(await openLoop(target.port, target.request, owner, rate, o.seconds, o.timeoutMs)),
    };
    owner += result.sent;
    results.push(result);
    o.log(formatOpenLoop(result));
    // The next rate starts on an idle bot.
    await pause(500);
  }
  return owner;
}

/** Seeds once; the echo bot, then the bot on each store (a copy of the same data), each rate in turn. */
export async function runOpenLoopBench(options: OpenLoopOptions = {}): Promise<OpenLoopResult[]> {
  const o = {
    rates: options.rates ?? [50, 100, 200],
    seconds: options.seconds ?? 5,
    timeoutMs: options.timeoutMs ?? 10_000,
    log: options.log ?? (() => undefined),
  };
  const stores = options.stores ?? ['sqlite', 'postgres'];
  const dir = benchDir('open-loop-bench');
  const results: OpenLoopResult[] = [];
  const connector = await startBenchConnector();
  try {
    const seeded = dir.file('seeded.db');
    await seedSubmitters(seeded, WARM_UP + o.rates.reduce((sum, rate) => sum + Math.round(rate * o.seconds), 0));
    if (options.echo ?? true) {
      const echo = await startBenchEchoBot();
      try {
        const request = (i: number) => echoSubmitRequest(connector.serviceUrl, i);
        await atEachRate({ store: null, port: echo.port, request }, 0, o, results);
      } finally {
        await echo.stop();
      }
    }
    for (const store of stores) {
      if (store === 'postgres') {
        const why = await postgresUnavailable();
        if (why) {
          o.log(`  PostgreSQL not reachable (${why}): its rows are skipped`);
          continue;
        }
      }
      const bot = await startBenchBot(store, seeded, dir.file(`${store}.db`));
      try {
        const request = (i: number) => submitRequest(connector.serviceUrl, i);
        await atEachRate({ store, port: bot.port, request }, 0, o, results);
      } finally {
        await bot.stop();
      }
    }
  } finally {
    await connector.close();
    dir.cleanup();
  }
  return results;
}

if (require.main === module) {
  // npx tsx bench/open-loop.bench.ts [seconds] [sqlite,postgres] [50,100,200] (echo bot first unless --no-echo)
  const stores = process.argv[3]?.split(',') as BenchStore[] | undefined;
  const rates = process.argv[4]?.split(',').map(Number);
  void runOpenLoopBench({
    seconds: Number(process.argv[2] ?? 5),
    ...(stores ? { stores } : {}),
    ...(rates ? { rates } : {}),
    echo: !process.argv.includes('--no-echo'),
    log: (line) => console.log(line),
  });
}

/**
 * `npm run bench`: runs the benchmarks once and prints their figures. Exits
 * non-zero only when a run delivered wrongly (a message lost or duplicated);
 * missing a speed goal is reported, not failed, as it depends on the machine.
 */
import { cpus, loadavg } from 'node:os';
import { type BenchStore, STORE_NAMES } from './bench-bot';
import { postgresUnavailable } from './bench-postgres';
import { runCompileBench } from './compile.bench';
import { COMPOSE_5000_GOAL_MS, runComposeScaleBench } from './compose-scale.bench';
import { buildFanoutRegistry, type FanoutResult, runFanoutBench } from './fanout.bench';
import { runSlackFanoutBench } from './fanout-slack.bench';
import { processPeakMb, runMemoryBench } from './memory.bench';
import { OPEN_LOOP_GOAL, runOpenLoopBench } from './open-loop.bench';
import { runStallBench, STALL_GOAL_MS } from './stall.bench';
import { runStoreBench } from './store.bench';
import { runSubmitThroughputBench, type ThroughputResult } from './submit-throughput.bench';

const RATIO_GOAL = 1.1;

/** PostgreSQL ÷ SQLite, or a dash when either is missing. */
const ratio = (postgres: number | undefined, sqlite: number | undefined): string =>
  postgres === undefined || sqlite === undefined || !Number.isFinite(postgres / sqlite)
    ? '—'
    : (postgres / sqlite).toFixed(2);

/** The machine's load now: other jobs share it, and the figures move with it. */
const load = (): string =>
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`;

async function main(): Promise<void> {
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? '?'}, Node ${process.version}; ${load()}`);
  const postgresMissing = await postgresUnavailable();
  const stores: BenchStore[] = postgresMissing ? ['sqlite'] : ['sqlite', 'postgres'];
  console.log(
    postgresMissing
      ? `PostgreSQL not reachable (${postgresMissing}): its rows are skipped`
      : 'PostgreSQL reachable: each bench that has store rows runs on SQLite and on a fresh PostgreSQL database',
  );
  await fanoutBench(stores);
  await slackBench();
  await compileBench();
  await stallBench();
  await throughputBench(stores);
  await openLoopBench(stores);
  const store = await runStoreBench();
  console.log(`\n${load()}`);
  console.log(`store: a submission's look-ups in one read transaction  ${store.microsPerLookup.toFixed(1)} µs`);
  memoryBench();
}

function memoryBench(): void {
  console.log(`\nmemory, each figure in a fresh process (${load()})…`);
  const m = runMemoryBench();
  const mb = (n: number) => `${n.toFixed(0)} MB`;
  const goal = (value: number, limit: number) => `goal < ${limit} MB: ${value < limit ? 'met' : 'MISSED'}`;
  console.log(`  RSS after start (${m.startMode})             ${mb(m.afterStartMb)} (${goal(m.afterStartMb, 120)})`);
  console.log(
    `  RSS after ${m.submissions.toLocaleString('en')} submissions       ${mb(m.afterSubmissionsMb)} (peak ${mb(m.submissionsPeakMb)}; heap in use after a full GC ${mb(m.afterSubmissionsHeapMb)}; bot and load generator under tsx)`,
  );
  console.log(
    `  compile peak, 1,000 × 8, render worker  ${mb(m.compilePeakMb)} (${goal(m.compilePeakMb, 400)}; RSS before ${mb(m.compileBeforeMb)} under tsx; rendered in ${(m.compileMs / 1_000).toFixed(1)} s)`,
  );
  const peak = processPeakMb();
  console.log(`  this bench process's peak               ${mb(peak)} (${goal(peak, 1_000)})`);
}

async function fanoutBench(stores: BenchStore[]): Promise<void> {
  console.log(
    `\nfan-out: 1,000 owners, Teams limits enforced by a loopback server, real clock, on each store (${load()})…`,
  );
  const registry = await buildFanoutRegistry(1_000);
  const results: Partial<Record<BenchStore, FanoutResult>> = {};
  try {
    for (const store of stores) results[store] = await runFanoutBench({ store, registry });
  } finally {
    registry.cleanup();
  }
  const seconds = (ms: number) => `${(ms / 1_000).toFixed(2)} s`;
  const goal = (r: FanoutResult) => (r.ratio <= RATIO_GOAL ? 'met' : 'MISSED');
  const rows: [string, (r: FanoutResult) => string][] = [
    ['messages sent / failed', (r) => `${r.sent} / ${r.failed} of ${r.messages}`],
    ['elapsed', (r) => seconds(r.elapsedMs)],
    ['lower bound (30 per 1 s sliding)', (r) => seconds(r.lowerBoundMs)],
    [`elapsed / bound (goal ≤ ${RATIO_GOAL.toFixed(2)})`, (r) => `${r.ratio.toFixed(3)} (${goal(r)})`],
    ['429s from the server (goal 0)', (r) => `${r.throttled} (${r.throttled === 0 ? 'met' : 'MISSED'})`],
    ['server span, first to last accepted', (r) => seconds(r.serverSpanMs)],
    ['messages delivered more than once', (r) => String(r.duplicates)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`  ${''.padEnd(width)}  ${stores.map((s) => STORE_NAMES[s].padEnd(18)).join('')}`);
  for (const [label, value] of rows) {
    console.log(
      `  ${label.padEnd(width)}  ${stores.map((s) => (results[s] ? value(results[s]) : '—').padEnd(18)).join('')}`,
    );
  }
  if (results.postgres && results.sqlite) {
    console.log(
      `  ${'PostgreSQL ÷ SQLite, elapsed'.padEnd(width)}  ${ratio(results.postgres.elapsedMs, results.sqlite.elapsedMs)}`,
    );
  }
  for (const r of Object.values(results)) {
    if (r.sent !== r.messages || r.duplicates > 0) {
      console.error(`fan-out on ${STORE_NAMES[r.store]} delivered wrongly`);
      process.exitCode = 1;
    }
  }
}

async function throughputBench(stores: BenchStore[]): Promise<void> {
  console.log(
    '\nclosed loop: submit (report.submit invoke) and hjelp (Teams message), 1, 10 and 100 clients;' +
      '\n  Skate-boten (real HTTP, CloudAdapter, the store as configured) and the botbuilder echo bot alternating,' +
      `\n  2 runs each of max(200, 3 × clients) requests; one process (${load()})…`,
  );
  const results = await runSubmitThroughputBench({ stores, log: (line) => console.log(line) });
  const find = (store: BenchStore, command: string, target: string, clients: number) =>
    results.find((r) => r.store === store && r.command === command && r.target === target && r.clients === clients);
  const keys = [...new Map(results.map((r) => [`${r.command} ${r.clients}`, r])).values()];
  console.log('\n  ratios: Skate-boten ÷ echo bot (requests per second) on each store; PostgreSQL ÷ SQLite (the bot)');
  console.log('  command  clients  bot÷echo SQLite  bot÷echo PostgreSQL  PG÷SQLite /s  PG÷SQLite p50  PG÷SQLite p99');
  for (const { command, clients } of keys) {
    const bot = (store: BenchStore) => find(store, command, 'bot', clients);
    const botOverEcho = (store: BenchStore) =>
      ratio(bot(store)?.perSecond, find(store, command, 'echo', clients)?.perSecond);
    const pg = bot('postgres');
    const sqlite = bot('sqlite');
    console.log(
      `  ${command.padEnd(7)}  ${String(clients).padStart(7)}  ${botOverEcho('sqlite').padStart(15)}  ${botOverEcho('postgres').padStart(19)}  ${ratio(pg?.perSecond, sqlite?.perSecond).padStart(12)}  ${ratio(pg?.p50Ms, sqlite?.p50Ms).padStart(13)}  ${ratio(pg?.p99Ms, sqlite?.p99Ms).padStart(13)}`,
    );
  }
  const refused = results.filter((r: ThroughputResult) => r.refused > 0);
  for (const r of refused) {
    console.log(
      `  note: ${STORE_NAMES[r.store]} ${r.command} at ${r.clients} clients: ${r.refused} of ${r.requests} answered with an error`,
    );
  }
}

async function openLoopBench(stores: BenchStore[]): Promise<void> {
  console.log(
    `\nopen loop: submissions offered at 50, 100 and 200 per second, 5 s each, sent on schedule whether or not answered;` +
      `\n  latency from each request's due time (goal: p99 < ${OPEN_LOOP_GOAL.p99Ms} ms at ${OPEN_LOOP_GOAL.perSecond}/s); one process (${load()})…`,
  );
  const results = await runOpenLoopBench({ stores, log: (line) => console.log(line) });
  if (!stores.includes('postgres')) return;
  for (const rate of [...new Set(results.map((r) => r.rate))]) {
    const pg = results.find((r) => r.store === 'postgres' && r.rate === rate);
    const sqlite = results.find((r) => r.store === 'sqlite' && r.rate === rate);
    console.log(
      `  PostgreSQL ÷ SQLite at ${String(rate).padStart(3)}/s: achieved ${ratio(pg?.achievedPerSecond, sqlite?.achievedPerSecond)}, p50 ${ratio(pg?.p50Ms, sqlite?.p50Ms)}, p99 ${ratio(pg?.p99Ms, sqlite?.p99Ms)}`,
    );
  }
}

async function stallBench(): Promise<void> {
  console.log('\nevent-loop stall while the 1,000-initiative paper renders in every format…');
  for (const t of await runStallBench()) {
    const goal = `goal < ${STALL_GOAL_MS} ms: ${t.maxStallMs < STALL_GOAL_MS ? 'met' : 'MISSED'}`;
    console.log(
      `  ${t.name.padEnd(13)}  rendered in ${(t.elapsedMs / 1_000).toFixed(2)} s, longest stall ${t.maxStallMs.toFixed(0)} ms (${goal})`,
    );
  }
}

async function slackBench(): Promise<void> {
  console.log('\nfan-out (Slack): 500 owners, 100 without a DM yet; Slack limits enforced by the Web API double…');
  const r = await runSlackFanoutBench();
  const seconds = (ms: number) => `${(ms / 1_000).toFixed(2)} s`;
  const rows: [string, string][] = [
    ['messages sent / failed', `${r.sent} / ${r.failed} of ${r.owners} (${r.opened} DMs opened first)`],
    ['elapsed', seconds(r.elapsedMs)],
    ['lower bound (300 posts per min, 50 opens per min)', seconds(r.lowerBoundMs)],
    [
      'elapsed / bound',
      `${r.ratio.toFixed(3)} (goal ≤ ${RATIO_GOAL.toFixed(2)}: ${r.ratio <= RATIO_GOAL ? 'met' : 'MISSED'})`,
    ],
    ['429s from the double', `${r.throttled} (goal 0: ${r.throttled === 0 ? 'met' : 'MISSED'})`],
    ['DMs posted more than once', String(r.duplicates)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
  if (r.sent !== r.owners || r.duplicates > 0) {
    console.error('Slack fan-out delivered wrongly');
    process.exitCode = 1;
  }
}

async function compileBench(): Promise<void> {
  console.log('\ncompile: 1,000 initiatives, eight quarters of reports each; median of 5 runs (Word and PNG: 3)…');
  const c = await runCompileBench();
  console.log(`  ${c.initiatives} initiatives, ${c.quarters} quarters, ${c.reports} reports`);
  const width = Math.max(...c.timings.map((t) => t.name.length));
  for (const t of c.timings) {
    const goal =
      t.goalMs === null ? 'no goal' : `goal < ${t.goalMs / 1_000} s: ${t.medianMs < t.goalMs ? 'met' : 'MISSED'}`;
    const size = t.size >= 1_000_000 ? `${(t.size / 1_000_000).toFixed(1)} M` : `${(t.size / 1_000).toFixed(0)} k`;
    console.log(`  ${t.name.padEnd(width)}  ${(t.medianMs / 1_000).toFixed(3)} s  (${goal}; output ${size})`);
  }
  console.log('\ncompose at scale: eight quarters each; median of 3 runs…');
  for (const t of runComposeScaleBench()) {
    const goal =
      t.initiatives === 5_000
        ? ` (goal < ${COMPOSE_5000_GOAL_MS / 1_000} s: ${t.medianMs < COMPOSE_5000_GOAL_MS ? 'met' : 'MISSED'})`
        : '';
    console.log(`  ${String(t.initiatives).padStart(5)} initiatives  ${(t.medianMs / 1_000).toFixed(3)} s${goal}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

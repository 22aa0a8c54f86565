/**
 * `npm run bench`: runs the benchmarks once and prints their figures. Exits
 * non-zero only when a run delivered wrongly (a message lost or duplicated);
 * missing a speed goal is reported, not failed, as it depends on the machine.
 */
import { runCompileBench } from './compile.bench';
import { COMPOSE_5000_GOAL_MS, runComposeScaleBench } from './compose-scale.bench';
import { runFanoutBench } from './fanout.bench';
import { runSlackFanoutBench } from './fanout-slack.bench';
import { runStallBench, STALL_GOAL_MS } from './stall.bench';
import { runStoreBench } from './store.bench';
import { runSubmitThroughputBench } from './submit-throughput.bench';

const RATIO_GOAL = 1.1;

async function main(): Promise<void> {
  console.log('fan-out: 1,000 owners, Teams limits enforced by a loopback server, real clock…');
  const r = await runFanoutBench();
  const seconds = (ms: number) => `${(ms / 1_000).toFixed(2)} s`;
  const rows: [string, string][] = [
    ['messages sent / failed', `${r.sent} / ${r.failed} of ${r.messages}`],
    ['elapsed', seconds(r.elapsedMs)],
    ['lower bound (30 per 1 s sliding)', seconds(r.lowerBoundMs)],
    [
      'elapsed / bound',
      `${r.ratio.toFixed(3)} (goal ≤ ${RATIO_GOAL.toFixed(2)}: ${r.ratio <= RATIO_GOAL ? 'met' : 'MISSED'})`,
    ],
    ['429s from the server', `${r.throttled} (goal 0: ${r.throttled === 0 ? 'met' : 'MISSED'})`],
    ['server span, first to last accepted', seconds(r.serverSpanMs)],
    ['messages delivered more than once', String(r.duplicates)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
  if (r.sent !== r.messages || r.duplicates > 0) {
    console.error('fan-out delivered wrongly');
    process.exitCode = 1;
  }
  await slackBench();
  await compileBench();
  await stallBench();
  console.log('\nsubmit throughput, closed loop, 200 submissions per run (bot: real HTTP, CloudAdapter, SQLite FULL)…');
  for (const r of await runSubmitThroughputBench()) {
    const target = r.target === 'bot' ? 'Skate-boten' : 'botbuilder echo bot';
    console.log(
      `  ${target.padEnd(19)} ${String(r.clients).padStart(2)} client(s)  ${r.perSecond.toFixed(0)} per second`,
    );
  }
  const store = await runStoreBench();
  console.log(`\nstore: a submission's look-ups in one read transaction  ${store.microsPerLookup.toFixed(1)} µs`);
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

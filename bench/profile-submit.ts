/**
 * The submit path under a profiler: `n` report submissions from `clients` closed loops against the
 * bot alone (SQLite, local mode), after `WARM` (default 50) unmeasured ones. With `PROF=file`, a
 * CPU profile of the measured part only is written there (open it in Chrome's DevTools).
 *
 *   WARM=1000 PROF=/tmp/submit.cpuprofile npx tsx bench/profile-submit.ts 3000 10
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { benchDir, seedSubmitters, startBenchBot, startBenchConnector, submitRequest } from './bench-bot';
import { closedLoop } from './submit-throughput.bench';

async function main() {
  const n = Number(process.argv[2] ?? 2000);
  const clients = Number(process.argv[3] ?? 10);
  const warm = Number(process.env.WARM ?? 50);
  const dir = benchDir('prof');
  const seeded = dir.file('seeded.db');
  await seedSubmitters(seeded, n + warm);
  const connector = await startBenchConnector();
  const bot = await startBenchBot('sqlite', seeded, dir.file('sqlite.db'));
  const request = (i: number) => submitRequest(connector.serviceUrl, i);
  await closedLoop(bot.port, request, 0, warm, clients);
  const session = new Session();
  if (process.env.PROF) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const run = await closedLoop(bot.port, request, warm, n, clients);
  if (process.env.PROF) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(process.env.PROF, JSON.stringify(profile));
  }
  if (run.refused.length > 0) throw new Error(`refused: ${run.refused[0]}`);
  console.log(`${n} submits, ${clients} clients: ${((n * 1000) / run.elapsedMs).toFixed(0)}/s`);
  await bot.stop();
  await connector.close();
  dir.cleanup();
}
void main();

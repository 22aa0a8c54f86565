/**
 * The submit path under a profiler: `n` report submissions from `clients` closed loops against the
 * bot alone (SQLite, local mode), after `WARM` (default 50) unmeasured ones. With `PROF=file`, a
 * CPU profile of the measured part only is written there (open it in Chrome's DevTools).
 *
 *   WARM=1000 PROF=/tmp/submit.cpuprofile npx tsx bench/profile-submit.ts 3000 10
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { benchDir, post, seedSubmitters, startBenchBot, startBenchConnector, submitRequest } from './bench-bot';

async function main() {
  const n = Number(process.argv[2] ?? 2000);
  const clients = Number(process.argv[3] ?? 10);
  const dir = benchDir('prof');
  const seeded = dir.file('seeded.db');
  await seedSubmitters(seeded, n + Number(process.env.WARM ?? 50));
  const connector = await startBenchConnector();
  const bot = await startBenchBot('sqlite', seeded, dir.file('sqlite.db'));
  let next = 0;
  const loop = async (end: number) => {
    for (let i = next++; i < end; i = next++) {
      const r = submitRequest(connector.serviceUrl, i);
      const { status, text } = await post(bot.port, r.body);
      if (!r.accepted(status, text)) throw new Error(text);
    }
  };
  await loop(Number(process.env.WARM ?? 50));
  const session = new Session();
  if (process.env.PROF) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const start = performance.now();
  await Promise.all(Array.from({ length: clients }, () => loop(n + Number(process.env.WARM ?? 50))));
  const ms = performance.now() - start;
  if (process.env.PROF) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(process.env.PROF, JSON.stringify(profile));
  }
  console.log(`${n} submits, ${clients} clients: ${((n * 1000) / ms).toFixed(0)}/s`);
  await bot.stop();
  await connector.close();
  dir.cleanup();
}
void main();

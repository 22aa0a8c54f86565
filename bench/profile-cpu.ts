/**
 * CPU time per request (the whole process: main thread, GC and pool threads) of report
 * submissions to the bot and of the echo bot's invoke, 10 clients, alternating in rounds of
 * `n / 2` requests each, so that the JIT's warm-up shows as the rounds go on.
 *
 *   npx tsx bench/profile-cpu.ts 800 8
 */
import { performance } from 'node:perf_hooks';
import {
  benchDir,
  echoSubmitRequest,
  post,
  seedSubmitters,
  startBenchBot,
  startBenchConnector,
  startBenchEchoBot,
  submitRequest,
} from './bench-bot';

async function main() {
  const n = Number(process.argv[2] ?? 2000);
  const clients = 10;
  const dir = benchDir('prof');
  const seeded = dir.file('seeded.db');
  await seedSubmitters(seeded, Number(process.argv[3] ?? 3) * n + 600);
  const connector = await startBenchConnector();
  const bot = await startBenchBot('sqlite', seeded, dir.file('sqlite.db'));
  const echo = await startBenchEchoBot();
  let next = 0;
  const run = async (port: number, make: typeof submitRequest, count: number) => {
    const end = next + count;
    const loop = async () => {
      for (let i = next++; i < end; i = next++) {
        const r = make(connector.serviceUrl, i);
        const { status, text } = await post(port, r.body);
        if (!r.accepted(status, text)) throw new Error(text);
      }
    };
    const cpu = process.cpuUsage();
    const t = performance.now();
    await Promise.all(Array.from({ length: clients }, loop));
    const ms = performance.now() - t;
    const c = process.cpuUsage(cpu);
    return { perS: (count * 1000) / ms, cpuMs: (c.user + c.system) / 1000 / count };
  };
  await run(bot.port, submitRequest, 300);
  await run(echo.port, echoSubmitRequest, 300);
  for (let k = 0; k < Number(process.argv[3] ?? 3); k++) {
    const b = await run(bot.port, submitRequest, n / 2);
    const e = await run(echo.port, echoSubmitRequest, n / 2);
    console.log(
      `bot ${b.perS.toFixed(0)}/s ${b.cpuMs.toFixed(2)} ms CPU/req | echo ${e.perS.toFixed(0)}/s ${e.cpuMs.toFixed(2)} ms CPU/req | ratio ${(b.perS / e.perS).toFixed(2)}`,
    );
  }
  await bot.stop();
  await echo.stop();
  await connector.close();
  dir.cleanup();
}
void main();

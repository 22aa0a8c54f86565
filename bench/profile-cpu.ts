/**
 * CPU time per request (the whole process: main thread, GC and pool threads) of report
 * submissions to the bot and of the echo bot's invoke, 10 clients, alternating in rounds of
 * `n / 2` requests each, so that the JIT's warm-up shows as the rounds go on.
 *
 *   npx tsx bench/profile-cpu.ts 800 8
 */
import {
  benchDir,
  echoSubmitRequest,
  seedSubmitters,
  startBenchBot,
  startBenchConnector,
  startBenchEchoBot,
  submitRequest,
} from './bench-bot';
import { closedLoop } from './submit-throughput.bench';

const CLIENTS = 10;

async function main() {
  const n = Number(process.argv[2] ?? 2000);
  const rounds = Number(process.argv[3] ?? 3);
  const dir = benchDir('prof');
  const seeded = dir.file('seeded.db');
  await seedSubmitters(seeded, rounds * n + 600);
  const connector = await startBenchConnector();
  const bot = await startBenchBot('sqlite', seeded, dir.file('sqlite.db'));
  const echo = await startBenchEchoBot();
  let next = 0;
  const run = async (port: number, make: typeof submitRequest, count: number) => {
    const cpu = process.cpuUsage();
    const done = await closedLoop(port, (i) => make(connector.serviceUrl, i), next, count, CLIENTS);
    next += count;
    const c = process.cpuUsage(cpu);
    if (done.refused.length > 0) throw new Error(`refused: ${done.refused[0]}`);
    return { perS: (count * 1000) / done.elapsedMs, cpuMs: (c.user + c.system) / 1000 / count };
  };
  await run(bot.port, submitRequest, 300);
  await run(echo.port, echoSubmitRequest, 300);
  for (let k = 0; k < rounds; k++) {
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

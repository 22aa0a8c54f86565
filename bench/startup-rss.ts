/**
 * Start-up memory: starts the bot from the environment (local mode, a fresh
 * database in a temporary directory, no playground), waits for the first
 * engine run to settle and prints the resident set size and whether the
 * document-only modules were loaded. Under tsx the figure includes tsx and its
 * transpiled sources (some 40 MB more than `start:prod` from `dist/`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFromEnvironment } from '../src/startup';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'skate-rss-'));
  const { bot } = await startFromEnvironment({
    ...process.env,
    DATABASE_PATH: join(dir, 'bot.db'),
    PORT: '0',
    LOG_LEVEL: 'silent',
  });
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  global.gc?.();
  const mb = (n: number) => `${(n / 1_048_576).toFixed(0)} MB`;
  const m = process.memoryUsage();
  const loaded = ['docx', '@resvg/resvg-js'].filter((name) =>
    Object.keys(require.cache).some((k) => k.includes(`/node_modules/${name}/`)),
  );
  console.log(
    `RSS after start: ${mb(m.rss)} (heap used ${mb(m.heapUsed)}); document modules loaded: ${loaded.join(', ') || 'none'}`,
  );
  await bot.stop();
  rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

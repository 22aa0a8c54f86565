/**
 * Start-up memory: starts the bot from the environment (local mode, a fresh
 * database in a temporary directory, no playground) in a fresh process, waits
 * for the first engine run to settle and prints the resident set size, the
 * heap, and which of the heavy optional modules were loaded.
 *
 *   npx tsx bench/startup-rss.ts               the sources under tsx (tsx and its
 *                                              transpiled sources add some 40 MB)
 *   npx tsx bench/startup-rss.ts --dist        the build (`npm run build` first) under
 *                                              plain `node`: what `start:prod` uses
 *   npx tsx bench/startup-rss.ts --runs 5      five fresh processes, then the median
 *
 * The environment passes through: `TRANSPORT=local` measures the local transport,
 * `MICROSOFT_APP_ID` (with its password, tenant, `LINK_SECRET` and
 * `PUBLIC_BASE_URL`) a deployed Teams bot.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Modules a bot should load only when it needs them (a platform's SDK, the document renderers). */
const WATCHED = ['botbuilder', '@slack/bolt', 'adaptivecards-templating', 'date-holidays', 'docx', '@resvg/resvg-js'];
const DOCUMENT_MODULES = ['docx', '@resvg/resvg-js'];

export interface Measurement {
  rss: number;
  heapUsed: number;
  loaded: string[];
}

/**
 * What each fresh process runs, as plain JavaScript so that `--dist` measures
 * `node` alone; `STARTUP` is the module that exports `startFromEnvironment`.
 */
const CHILD = `
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { startFromEnvironment } = require(process.env.SKATE_RSS_STARTUP);
(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'skate-rss-'));
  const { bot } = await startFromEnvironment({
    ...process.env,
    DATABASE_PATH: join(dir, 'bot.db'),
    PORT: '0',
    LOG_LEVEL: 'silent',
  });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  global.gc?.();
  const m = process.memoryUsage();
  const watched = ${JSON.stringify(WATCHED)};
  const loaded = watched.filter((name) =>
    Object.keys(require.cache).some((k) => k.includes('/node_modules/' + name + '/')),
  );
  process.stdout.write('\\n' + JSON.stringify({ rss: m.rss, heapUsed: m.heapUsed, loaded }) + '\\n');
  await bot.stop();
  rmSync(dir, { recursive: true, force: true });
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
`;

export function measureOnce(dist: boolean): Measurement {
  const root = join(__dirname, '..');
  const startup = dist ? join(root, 'dist', 'startup.js') : join(root, 'src', 'startup.ts');
  // Under tsx, `process.execArgv` holds its hooks; the build runs without them.
  const args = dist ? ['-e', CHILD] : [...process.execArgv, '-e', CHILD];
  const out = execFileSync(process.execPath, args, {
    env: { ...process.env, SKATE_RSS_STARTUP: startup },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const last = out.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as Measurement;
}

const mb = (n: number) => `${(n / 1_048_576).toFixed(0)} MB`;

function describe(m: Measurement): string {
  const documents = m.loaded.filter((name) => DOCUMENT_MODULES.includes(name));
  const others = m.loaded.filter((name) => !DOCUMENT_MODULES.includes(name));
  return (
    `RSS after start: ${mb(m.rss)} (heap used ${mb(m.heapUsed)}); ` +
    `loaded: ${others.join(', ') || 'none of the watched'}; document modules loaded: ${documents.join(', ') || 'none'}`
  );
}

function main(): void {
  const argv = process.argv.slice(2);
  const dist = argv.includes('--dist');
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 1;
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of at least 1');
  const results: Measurement[] = [];
  for (let i = 0; i < runs; i++) {
    const m = measureOnce(dist);
    results.push(m);
    console.log(runs > 1 ? `run ${i + 1}: ${describe(m)}` : describe(m));
  }
  if (runs > 1) {
    const sorted = results.map((r) => r.rss).sort((a, b) => a - b);
    const at = (i: number) => sorted[i] ?? 0;
    const half = Math.floor(sorted.length / 2);
    const mid = sorted.length % 2 ? at(half) : (at(half - 1) + at(half)) / 2;
    console.log(
      `median RSS after start (${dist ? 'build, node' : 'sources, tsx'}, ${runs} runs): ${mb(mid)} ` +
        `(min ${mb(at(0))}, max ${mb(at(sorted.length - 1))})`,
    );
  }
}

if (require.main === module) main();

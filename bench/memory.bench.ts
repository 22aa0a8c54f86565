/**
 * Memory, in fresh processes so that one figure does not inherit another's heap:
 *
 * - after start: the bot started from the environment (local mode, a fresh database), settled
 *   (`startup-rss.ts`; the build under plain `node` when `dist/` exists, else the sources under tsx);
 * - after 10,000 submissions: the bot on SQLite and its load generator in one process, 10,000
 *   report submissions from 10 clients, then the resident set and the peak;
 * - at the compile peak: the bot started from the environment, then the 1,000-initiative,
 *   eight-quarter paper rendered in every format by the render worker the bot uses; the
 *   process's peak resident set (`maxRSS`, the worker's heap included);
 *
 * and the peak of the process that runs `npm run bench` itself, read at its end.
 *
 *   npx tsx bench/memory.bench.ts [submissions]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { measureOnce } from './startup-rss';

const MB = 1_048_576;

export interface MemoryResult {
  afterStartMb: number;
  startMode: 'build' | 'sources';
  submissions: number;
  afterSubmissionsMb: number;
  /** The JavaScript heap in use after a full collection. */
  afterSubmissionsHeapMb: number;
  submissionsPeakMb: number;
  compileBeforeMb: number;
  compilePeakMb: number;
  compileMs: number;
}

/** Runs `phase` of this file in a fresh tsx process and returns the JSON it prints last. */
function child<T>(phase: string, ...args: string[]): T {
  const out = execFileSync(process.execPath, [...process.execArgv, __filename, phase, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * MB,
  });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '') as T;
}

const peakMb = () => (process.resourceUsage().maxRSS * 1024) / MB;
const rssMb = () => process.memoryUsage().rss / MB;

async function seedPhase(file: string, count: number): Promise<void> {
  const { seedSubmitters } = await import('./bench-bot');
  await seedSubmitters(file, count);
  process.stdout.write('\n{}\n');
}

async function submissionsPhase(seeded: string, count: number): Promise<void> {
  const { benchDir, post, startBenchBot, startBenchConnector, submitRequest } = await import('./bench-bot');
  const dir = benchDir('memory');
  try {
    const connector = await startBenchConnector();
    const bot = await startBenchBot('sqlite', seeded, dir.file('bot.db'));
    let next = 0;
    let refused = 0;
    let firstRefusal = '';
    const client = async () => {
      for (let i = next++; i < count; i = next++) {
        const r = submitRequest(connector.serviceUrl, i);
        const { status, text } = await post(bot.port, r.body);
        if (!r.accepted(status, text)) {
          refused += 1;
          firstRefusal ||= `${status} ${text.slice(0, 300)}`;
        }
      }
    };
    await Promise.all(Array.from({ length: 10 }, client));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const peak = peakMb();
    // What stays after a full collection: garbage not yet collected is not a leak.
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
    const result = { rss: rssMb(), heapUsed: process.memoryUsage().heapUsed / MB, peak, refused, firstRefusal };
    await bot.stop();
    await connector.close();
    process.stdout.write(`\n${JSON.stringify(result)}\n`);
  } finally {
    dir.cleanup();
  }
}

async function compilePhase(): Promise<void> {
  const { startFromEnvironment } = await import('../src/startup');
  const { composeAgenda } = await import('../src/domain/agenda/compose-agenda');
  const { RenderWorker } = await import('../src/render/worker-renderers');
  const { benchAgendaInput } = await import('./compile.bench');
  const dir = mkdtempSync(join(tmpdir(), 'skate-memory-'));
  try {
    const { bot } = await startFromEnvironment({
      ...process.env,
      DATABASE_PATH: join(dir, 'bot.db'),
      PORT: '0',
      LOG_LEVEL: 'silent',
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const before = rssMb();
    const worker = new RenderWorker();
    const doc = composeAgenda(benchAgendaInput());
    const started = performance.now();
    await worker.render(doc);
    const ms = performance.now() - started;
    const result = { before, peak: peakMb(), ms };
    await worker.close();
    await bot.stop();
    process.stdout.write(`\n${JSON.stringify(result)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function runMemoryBench(submissions = 10_000): MemoryResult {
  const dist = existsSync(join(__dirname, '..', 'dist', 'startup.js'));
  const start = measureOnce(dist);
  // Seeded in a process of its own: the bot's process holds only the bot and its load generator.
  const dir = mkdtempSync(join(tmpdir(), 'skate-memory-'));
  let sub: { rss: number; heapUsed: number; peak: number; refused: number; firstRefusal: string };
  try {
    child<object>('seed', join(dir, 'seeded.db'), String(submissions));
    sub = child('submissions', join(dir, 'seeded.db'), String(submissions));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (sub.refused > 0)
    throw new Error(`${sub.refused} of ${submissions} submissions were refused (first: ${sub.firstRefusal})`);
  const compile = child<{ before: number; peak: number; ms: number }>('compile');
  return {
    afterStartMb: start.rss / MB,
    startMode: dist ? 'build' : 'sources',
    submissions,
    afterSubmissionsMb: sub.rss,
    afterSubmissionsHeapMb: sub.heapUsed,
    submissionsPeakMb: sub.peak,
    compileBeforeMb: compile.before,
    compilePeakMb: compile.peak,
    compileMs: compile.ms,
  };
}

/** The peak resident set of this process so far, in MB. */
export const processPeakMb = peakMb;

if (require.main === module) {
  const [phase, arg, count] = process.argv.slice(2);
  if (phase === 'seed') void seedPhase(arg ?? '', Number(count));
  else if (phase === 'submissions') void submissionsPhase(arg ?? '', Number(count));
  else if (phase === 'compile') void compilePhase();
  else {
    const r = runMemoryBench(Number(phase ?? 10_000));
    console.log(JSON.stringify(r, null, 2));
  }
}

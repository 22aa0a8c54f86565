/**
 * `npm run test:e2e`: runs the end-to-end checks one after the other, each in its own process with a
 * time limit, and exits non-zero if any fails.
 *
 * - test/e2e/walk.e2e.ts — the reporting round in the Agents Playground (see docs/e2e.md);
 * - test/e2e/agenda-pdf.e2e.ts — the agenda item as Word → PDF → PNG, when that file is present.
 *
 * Extra arguments are names to run only some: `npm run test:e2e -- walk`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

interface Suite {
  name: string;
  file: string;
  timeoutMs: number;
}

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const SUITES: Suite[] = [
  { name: 'walk', file: 'test/e2e/walk.e2e.ts', timeoutMs: 6 * 60_000 },
  { name: 'agenda-pdf', file: 'test/e2e/agenda-pdf.e2e.ts', timeoutMs: 5 * 60_000 },
];

/** Stops the suite's process group (it was started detached, so its children go with it). */
function stopGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

function run(suite: Suite): Promise<{ code: number; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(TSX, [suite.file], { cwd: ROOT, stdio: 'inherit', detached: true });
    current = child;
    const onExit = () => stopGroup(child, 'SIGKILL');
    process.once('exit', onExit);
    let killTimer: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      process.stderr.write(`\n${suite.name}: no result within ${suite.timeoutMs} ms; stopping it\n`);
      stopGroup(child, 'SIGTERM');
      killTimer = setTimeout(() => stopGroup(child, 'SIGKILL'), 10_000);
    }, suite.timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      process.removeListener('exit', onExit);
      resolve({ code: code ?? (signal ? 1 : 0), ms: Date.now() - started });
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      process.removeListener('exit', onExit);
      process.stderr.write(`${suite.name}: ${error.message}\n`);
      resolve({ code: 1, ms: Date.now() - started });
    });
  });
}

let current: ChildProcess | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (current) stopGroup(current, 'SIGTERM');
    process.exit(130);
  });
}

async function main(): Promise<number> {
  const only = process.argv.slice(2);
  const results: { name: string; ok: boolean; ms: number; note?: string }[] = [];
  for (const suite of SUITES) {
    if (only.length > 0 && !only.includes(suite.name)) continue;
    if (!existsSync(path.join(ROOT, suite.file))) {
      process.stdout.write(`\n== ${suite.name}: ${suite.file} is not there; skipped\n`);
      continue;
    }
    process.stdout.write(`\n== ${suite.name}: ${suite.file}\n`);
    const { code, ms } = await run(suite);
    results.push({ name: suite.name, ok: code === 0, ms, note: code === 0 ? undefined : `exit ${code}` });
  }
  process.stdout.write('\n');
  for (const r of results) {
    process.stdout.write(
      `${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${(r.ms / 1000).toFixed(1)} s)${r.note ? ` ${r.note}` : ''}\n`,
    );
  }
  const failed = results.filter((r) => !r.ok).length;
  process.stdout.write(`test:e2e: ${results.length - failed} passed, ${failed} failed\n`);
  return failed === 0 && results.length > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);

/**
 * Runs dependency-cruiser with the project's `.dependency-cruiser.cjs` and
 * returns the rules each import breaks. dependency-cruiser is ESM-only and
 * jest's module system is CommonJS here, so it runs in a child process (the
 * same command as `npm run deps`, with JSON output) rather than in-process.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The repository root. */
export const ROOT = join(__dirname, '../..');

const BIN = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

/** One broken rule: which module imports what. Paths are relative to the cruise's directory. */
export interface Violation {
  rule: string;
  from: string;
  to: string;
}

/** What a cruise found: every rule of the configuration, and the violations. */
export interface CruiseResult {
  rules: string[];
  violations: Violation[];
}

interface JsonOutput {
  summary: {
    violations: { from: string; to: string; rule: { name: string } }[];
    ruleSetUsed: { forbidden?: { name: string }[] };
  };
}

/**
 * Cruises `targets` (files or folders) from `cwd` with the configuration file
 * `config` (relative to `cwd`). Throws when dependency-cruiser itself fails,
 * so a broken configuration is not mistaken for a clean tree.
 */
export function cruise(targets: string[], options: { cwd?: string; config?: string } = {}): CruiseResult {
  const cwd = options.cwd ?? ROOT;
  const run = spawnSync(
    process.execPath,
    [BIN, '--config', options.config ?? '.dependency-cruiser.cjs', '--output-type', 'json', ...targets],
    { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (run.error) throw run.error;
  let output: JsonOutput;
  try {
    output = JSON.parse(run.stdout) as JsonOutput;
  } catch {
    throw new Error(`dependency-cruiser failed (exit ${run.status}):\n${run.stderr}`);
  }
  return {
    rules: (output.summary.ruleSetUsed.forbidden ?? []).map((r) => r.name),
    violations: output.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to })),
  };
}

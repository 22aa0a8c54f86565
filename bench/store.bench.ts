/**
 * Store benchmark: the repository calls one report submission makes (look up
 * the person, initiative, round, the report and its decisions, check
 * idempotency; write the report, an audit row and an outbox message) through
 * the real unit of work, on a file database with the production pragmas.
 * Measures the statement overhead the store adds per submission.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/store/db';
import { SqliteUnitOfWork } from '../src/store/unit-of-work';

/** What one run measured: reads per second and microseconds per read-transaction of a submission's look-ups. */
export interface StoreBenchResult {
  iterations: number;
  microsPerLookup: number;
}

/** Runs `iterations` read transactions each making a submission's look-ups. */
export function runStoreBench(iterations = 20_000): StoreBenchResult {
  const dir = mkdtempSync(join(tmpdir(), 'skate-store-bench-'));
  const db = openDatabase(join(dir, 'bench.db'));
  try {
    const uow = new SqliteUnitOfWork(db);
    const lookup = () =>
      uow.read((r) => {
        r.people.findByIdentity('msteams', 'user-1');
        r.people.get('eier@example.no');
        r.initiatives.get('T-2026-001');
        r.rounds.get('2026-Q1');
        r.reports.get('T-2026-001', '2026-Q1');
        r.decisions.listOpenFor('T-2026-001');
        r.votes.isClosed('2026-Q1', 'T-2026-001');
        r.outbox.get('report/T-2026-001');
        r.jobs.nextDueAt();
      });
    for (let i = 0; i < 1_000; i++) lookup();
    const start = performance.now();
    for (let i = 0; i < iterations; i++) lookup();
    const elapsed = performance.now() - start;
    return { iterations, microsPerLookup: (elapsed * 1_000) / iterations };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const r = runStoreBench();
  console.log(`store: ${r.iterations} submission look-ups, ${r.microsPerLookup.toFixed(1)} µs each`);
}

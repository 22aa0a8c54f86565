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
export async function runStoreBench(iterations = 20_000): Promise<StoreBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'skate-store-bench-'));
  const db = openDatabase(join(dir, 'bench.db'));
  try {
    const uow = new SqliteUnitOfWork(db);
    const lookup = async () =>
      await uow.read(async (r) => {
        await r.people.findByIdentity('msteams', 'user-1');
        await r.people.get('eier@example.no');
        await r.initiatives.get('T-2026-001');
        await r.rounds.get('2026-Q1');
        await r.reports.get('T-2026-001', '2026-Q1');
        await r.decisions.listOpenFor('T-2026-001');
        await r.votes.isClosed('2026-Q1', 'T-2026-001');
        await r.outbox.get('report/T-2026-001');
        await r.jobs.nextDueAt();
      });
    for (let i = 0; i < 1_000; i++) await lookup();
    const start = performance.now();
    for (let i = 0; i < iterations; i++) await lookup();
    const elapsed = performance.now() - start;
    return { iterations, microsPerLookup: (elapsed * 1_000) / iterations };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void runStoreBench().then((r) => {
    console.log(`store: ${r.iterations} submission look-ups, ${r.microsPerLookup.toFixed(1)} µs each`);
  });
}

/**
 * Composition at scale: `composeAgenda` for 1,000 and 5,000 initiatives with
 * eight quarters each (the compile bench's generator), median of a few runs.
 * The goal is linear growth: 5,000 initiatives compose in under a second.
 */
import { performance } from 'node:perf_hooks';
import { composeAgenda } from '../src/domain/agenda/compose-agenda';
import { BENCH_QUARTERS, benchAgendaInput } from './compile.bench';

/** One size's composition time. */
export interface ComposeScaleTiming {
  initiatives: number;
  medianMs: number;
}

/** The goal for 5,000 initiatives × 8 quarters, in milliseconds. */
export const COMPOSE_5000_GOAL_MS = 1_000;

/** Times `composeAgenda` for each size (median of `runs`, after one warm-up). */
export function runComposeScaleBench(sizes = [1_000, 5_000], runs = 3): ComposeScaleTiming[] {
  return sizes.map((initiatives) => {
    const input = benchAgendaInput(initiatives, BENCH_QUARTERS);
    composeAgenda(input);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      composeAgenda(input);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { initiatives, medianMs: times[Math.floor(times.length / 2)] ?? 0 };
  });
}

if (require.main === module) {
  for (const t of runComposeScaleBench())
    console.log(`compose ${t.initiatives} initiatives: ${t.medianMs.toFixed(0)} ms`);
}

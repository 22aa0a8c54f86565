/**
 * Event-loop stall during a compile: renders the 1,000-initiative paper in
 * every format, once in process and once through the render worker, while a
 * 10 ms heartbeat measures how late the event loop answers. The longest delay
 * is what a request arriving mid-compile waits, at worst.
 */
import { performance } from 'node:perf_hooks';
import type { AgendaRenderers } from '../src/app/agenda/compile-agenda';
import { composeAgenda } from '../src/domain/agenda/compose-agenda';
import { agendaRenderers } from '../src/render';
import { RenderWorker } from '../src/render/worker-renderers';
import { BENCH_INITIATIVES, BENCH_QUARTERS, benchAgendaInput } from './compile.bench';

/** One way of rendering: how long it took and the longest the event loop was held. */
export interface StallTiming {
  name: string;
  elapsedMs: number;
  maxStallMs: number;
}

/** The goal: a request mid-compile is answered within this. */
export const STALL_GOAL_MS = 100;

const TICK_MS = 10;

async function measure(name: string, renderers: AgendaRenderers, initiatives: number): Promise<StallTiming> {
  const doc = composeAgenda(benchAgendaInput(initiatives, BENCH_QUARTERS));
  let last = performance.now();
  let maxStallMs = 0;
  const beat = setInterval(() => {
    const t = performance.now();
    maxStallMs = Math.max(maxStallMs, t - last - TICK_MS);
    last = t;
  }, TICK_MS);
  const start = performance.now();
  await Promise.all([renderers.docx(doc), renderers.heatmapPng(doc), renderers.markdown(doc), renderers.html(doc)]);
  const elapsedMs = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, TICK_MS * 2));
  clearInterval(beat);
  return { name, elapsedMs, maxStallMs };
}

/** Renders the paper in process, then in the worker (warmed up first, as in a running bot). */
export async function runStallBench(initiatives = BENCH_INITIATIVES): Promise<StallTiming[]> {
  const inProcess = await measure('in process', agendaRenderers, initiatives);
  const worker = new RenderWorker();
  try {
    await worker.render(composeAgenda(benchAgendaInput(10, 2)));
    const inWorker = await measure('render worker', worker.renderers(), initiatives);
    return [inProcess, inWorker];
  } finally {
    await worker.close();
  }
}

if (require.main === module) {
  void runStallBench(Number(process.argv[2] ?? BENCH_INITIATIVES)).then((timings) => {
    for (const t of timings) {
      console.log(
        `${t.name}: rendered in ${t.elapsedMs.toFixed(0)} ms, longest event-loop stall ${t.maxStallMs.toFixed(0)} ms`,
      );
    }
  });
}

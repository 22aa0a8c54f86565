import type { CycleEngine, WorkSummary } from '../../../src/app/cycle/engine';
import { Scheduler, WAKE_COALESCE_MS } from '../../../src/scheduler/scheduler';

/** An engine that counts its runs and finishes each when told to. */
function countingEngine() {
  const finishers: (() => void)[] = [];
  let runs = 0;
  const engine = {
    runDueWork: () =>
      new Promise<WorkSummary>((resolve) => {
        runs++;
        finishers.push(() => resolve({} as WorkSummary));
      }),
    nextDueAt: () => null,
  } as unknown as CycleEngine;
  const finishAll = () => {
    for (const finish of finishers.splice(0)) finish();
  };
  return { engine, runs: () => runs, finishAll };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('Scheduler.wake', () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate'] }));
  afterEach(() => jest.useRealTimers());

  it('runs the engine once for a burst of wake-ups', async () => {
    const e = countingEngine();
    const scheduler = new Scheduler(e.engine, () => new Date());
    for (let i = 0; i < 100; i++) scheduler.wake();
    expect(e.runs()).toBe(0);
    jest.advanceTimersByTime(WAKE_COALESCE_MS);
    expect(e.runs()).toBe(1);
    e.finishAll();
    await settle();
    expect(e.runs()).toBe(1);
    await scheduler.stop();
  });

  it('runs once more after the run in progress when woken during it', async () => {
    const e = countingEngine();
    const scheduler = new Scheduler(e.engine, () => new Date());
    scheduler.wake();
    jest.advanceTimersByTime(WAKE_COALESCE_MS);
    expect(e.runs()).toBe(1);
    for (let i = 0; i < 10; i++) {
      scheduler.wake();
      jest.advanceTimersByTime(WAKE_COALESCE_MS);
    }
    expect(e.runs()).toBe(1);
    e.finishAll();
    await settle();
    expect(e.runs()).toBe(2);
    e.finishAll();
    await settle();
    expect(e.runs()).toBe(2);
    await scheduler.stop();
  });

  it('does not run after stop', async () => {
    const e = countingEngine();
    const scheduler = new Scheduler(e.engine, () => new Date());
    scheduler.wake();
    await scheduler.stop();
    jest.advanceTimersByTime(WAKE_COALESCE_MS * 2);
    expect(e.runs()).toBe(0);
  });
});

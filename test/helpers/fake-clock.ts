import type { DispatchClock } from '../../src/app/dispatch/dispatcher';

/** A clock the test moves: `sleep` advances it at once, so a quarter runs in milliseconds. */
export class FakeClock implements DispatchClock {
  private t: number;

  constructor(start: Date | string) {
    this.t = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.t);
  }

  set(to: Date | string): void {
    const next = new Date(to).getTime();
    if (next < this.t) throw new Error(`the clock cannot go back from ${this.now().toISOString()} to ${String(to)}`);
    this.t = next;
  }

  advance(ms: number): void {
    this.t += ms;
  }

  async sleep(ms: number): Promise<void> {
    this.t += Math.max(ms, 0);
  }
}

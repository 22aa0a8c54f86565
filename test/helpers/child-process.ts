/**
 * Runs test/helpers/child-writer.ts in a child node process with tsx's CommonJS
 * hook preloaded (one process, so SIGKILL hits the writer itself, not a wrapper),
 * and collects its stdout lines.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

const SCRIPT = path.join(__dirname, 'child-writer.ts');

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class ChildWriter {
  readonly lines: string[] = [];
  readonly exit: Promise<ChildExit>;
  private stderrText = '';
  private exited: ChildExit | null = null;
  private readonly listeners = new Set<() => void>();

  private constructor(readonly child: ChildProcess) {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (l) => {
      this.lines.push(l);
      this.notify();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderrText += chunk.toString();
    });
    this.exit = new Promise((resolve) => {
      child.on('exit', (code, signal) => {
        this.exited = { code, signal };
        this.notify();
        resolve(this.exited);
      });
    });
  }

  /** Starts child-writer.ts with `args` (mode first). */
  static start(args: readonly string[]): ChildWriter {
    const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), SCRIPT, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new ChildWriter(child);
  }

  get stderr(): string {
    return this.stderrText;
  }

  /** Calls `onLine` for every line, past and future (synchronously as each arrives). */
  each(onLine: (line: string) => void): void {
    let seen = 0;
    const drain = () => {
      while (seen < this.lines.length) onLine(this.lines[seen++] ?? '');
    };
    this.listeners.add(drain);
    drain();
  }

  /** The first line matching `predicate`; rejects when the child exits first or after `timeoutMs`. */
  waitFor(predicate: (line: string) => boolean, timeoutMs: number): Promise<string> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.lines.find(predicate);
        if (found !== undefined) return finish(() => resolve(found));
        if (this.exited)
          finish(() => reject(new Error(`child exited (${JSON.stringify(this.exited)}): ${this.stderrText}`)));
      };
      const timer = setTimeout(
        () => finish(() => reject(new Error(`no matching line in ${timeoutMs} ms: ${this.stderrText}`))),
        timeoutMs,
      );
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        this.listeners.delete(check);
        settle();
      };
      this.listeners.add(check);
      check();
    });
  }

  /** Kills the child if it is still running, and waits for it to exit. */
  async stop(): Promise<ChildExit> {
    if (this.exited === null) this.child.kill('SIGKILL');
    return this.exit;
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

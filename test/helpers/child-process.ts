/**
 * Test scripts run in a child node process with tsx's CommonJS hook preloaded
 * (one process, so SIGKILL hits the script itself, not a wrapper): their
 * stdout lines are collected and can be waited for.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A TypeScript script running in a child process, with its output lines. */
export class TsChildProcess {
  readonly lines: string[] = [];
  readonly exit: Promise<ChildExit>;
  private stderrText = '';
  private exited: ChildExit | null = null;
  private readonly listeners = new Set<() => void>();

  protected constructor(
    script: string,
    args: readonly string[],
    private readonly label: string,
    withStdin = false,
  ) {
    this.child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), script, ...args], {
      stdio: [withStdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    createInterface({ input: this.child.stdout as NodeJS.ReadableStream }).on('line', (l) => {
      this.lines.push(l);
      this.onLine(l);
      this.notify();
    });
    this.child.stderr?.on('data', (chunk: Buffer) => {
      this.stderrText += chunk.toString();
    });
    this.exit = new Promise((resolve) => {
      this.child.on('exit', (code, signal) => {
        this.exited = { code, signal };
        this.notify();
        resolve(this.exited);
      });
    });
  }

  protected readonly child: ChildProcess;

  /** Hook for subclasses that keep their own view of the lines. */
  protected onLine(_line: string): void {}

  get stderr(): string {
    return this.stderrText;
  }

  get hasExited(): boolean {
    return this.exited !== null;
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

  /** Resolves true once `condition` holds (checked on every line), false if the child exits first. */
  waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (condition()) finish(() => resolve(true));
        else if (this.exited) finish(() => resolve(false));
      };
      const timer = setTimeout(
        () => finish(() => reject(new Error(`${this.label}: still waiting after ${timeoutMs} ms: ${this.stderrText}`))),
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

  /** Sends SIGKILL unless the child has exited; true when the signal was sent. */
  kill(): boolean {
    if (this.exited !== null) return false;
    return this.child.kill('SIGKILL');
  }

  /** Kills the child if it is still running, and waits for it to exit. */
  async stop(): Promise<ChildExit> {
    this.kill();
    return this.exit;
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/** test/helpers/child-writer.ts: writes to a database and reports each commit. */
export class ChildWriter extends TsChildProcess {
  /** Starts child-writer.ts with `args` (mode first). */
  static start(args: readonly string[]): ChildWriter {
    return new ChildWriter(path.join(__dirname, 'child-writer.ts'), args, 'child-writer');
  }

  /** The first line matching `predicate`; rejects when the child exits first or after `timeoutMs`. */
  async waitFor(predicate: (line: string) => boolean, timeoutMs: number): Promise<string> {
    const found = await this.waitUntil(() => this.lines.some(predicate), timeoutMs);
    const line = this.lines.find(predicate);
    if (!found || line === undefined)
      throw new Error(`child exited (${JSON.stringify(await this.exit)}): ${this.stderr}`);
    return line;
  }
}

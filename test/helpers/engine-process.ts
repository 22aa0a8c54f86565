/**
 * Starts test/helpers/engine-child.ts in a node process of its own with tsx's
 * CommonJS hook preloaded (one process, so SIGKILL hits the engine, not a
 * wrapper), collects its stdout lines, and can kill it or tell it to go.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

const SCRIPT = path.join(__dirname, 'engine-child.ts');

export interface EngineExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface EngineArgs {
  db: string;
  url: string;
  /** The lease owner: unique per process. */
  owner: string;
  leaseMs: number;
  /** `system`, or an instant for a fixed fake clock. */
  clock: string;
  /** Wait for {@link EngineProcess.go} before starting. */
  waitGo?: boolean;
}

export class EngineProcess {
  readonly lines: string[] = [];
  /** Dedupe keys the engine reported as sent, i.e. marked sent in a committed transaction. */
  readonly sent: string[] = [];
  readonly exit: Promise<EngineExit>;
  private stderrText = '';
  private exited: EngineExit | null = null;
  private readonly listeners = new Set<() => void>();

  private constructor(
    readonly owner: string,
    private readonly child: ChildProcess,
  ) {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (l) => {
      this.lines.push(l);
      if (l.startsWith('sent ')) this.sent.push(l.slice('sent '.length));
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

  static start(args: EngineArgs): EngineProcess {
    const argv = [args.db, args.url, args.owner, String(args.leaseMs), args.clock];
    if (args.waitGo) argv.push('wait-go');
    const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), SCRIPT, ...argv], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    return new EngineProcess(args.owner, child);
  }

  get stderr(): string {
    return this.stderrText;
  }

  get hasExited(): boolean {
    return this.exited !== null;
  }

  /** Resolves true once `condition` holds (checked on every line), false if the child exits first. */
  waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (condition()) finish(() => resolve(true));
        else if (this.exited) finish(() => resolve(false));
      };
      const timer = setTimeout(
        () => finish(() => reject(new Error(`${this.owner}: still waiting after ${timeoutMs} ms: ${this.stderrText}`))),
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

  /** Resolves true once a line equal to `line` has arrived, false if the child exits first. */
  waitForLine(line: string, timeoutMs: number): Promise<boolean> {
    return this.waitUntil(() => this.lines.includes(line), timeoutMs);
  }

  /** Lets an engine started with `waitGo` begin. */
  go(): void {
    this.child.stdin?.write('go\n');
  }

  /** Sends SIGKILL unless the child has exited; true when the signal was sent. */
  kill(): boolean {
    if (this.exited !== null) return false;
    return this.child.kill('SIGKILL');
  }

  /** Kills the child if it is still running, and waits for it to exit. */
  async stop(): Promise<EngineExit> {
    this.kill();
    return this.exit;
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

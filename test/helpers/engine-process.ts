/**
 * Starts test/helpers/engine-child.ts in a node process of its own with tsx's
 * CommonJS hook preloaded (one process, so SIGKILL hits the engine, not a
 * wrapper), collects its stdout lines, and can kill it or tell it to go.
 */
import path from 'node:path';
import { type ChildExit, TsChildProcess } from './child-process';

const SCRIPT = path.join(__dirname, 'engine-child.ts');

export type EngineExit = ChildExit;

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

export class EngineProcess extends TsChildProcess {
  /** Dedupe keys the engine reported as sent, i.e. marked sent in a committed transaction. */
  readonly sent: string[] = [];

  private constructor(
    readonly owner: string,
    argv: readonly string[],
  ) {
    super(SCRIPT, argv, owner, true);
  }

  protected override onLine(line: string): void {
    if (line.startsWith('sent ')) this.sent.push(line.slice('sent '.length));
  }

  static start(args: EngineArgs): EngineProcess {
    const argv = [args.db, args.url, args.owner, String(args.leaseMs), args.clock];
    if (args.waitGo) argv.push('wait-go');
    return new EngineProcess(args.owner, argv);
  }

  /** Resolves true once a line equal to `line` has arrived, false if the child exits first. */
  waitForLine(line: string, timeoutMs: number): Promise<boolean> {
    return this.waitUntil(() => this.lines.includes(line), timeoutMs);
  }

  /** Lets an engine started with `waitGo` begin. */
  go(): void {
    this.child.stdin?.write('go\n');
  }
}

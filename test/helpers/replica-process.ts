/**
 * Starts test/helpers/replica-child.ts (one bot replica's cycle on a shared
 * PostgreSQL database) in a node process of its own, collects its stdout
 * lines, and can wake it, stop it or kill it.
 */
import path from 'node:path';
import type { RateLimitPolicy } from '../../src/app/dispatch/rate-limiter';
import { type ChildExit, TsChildProcess } from './child-process';

const SCRIPT = path.join(__dirname, 'replica-child.ts');

export interface ReplicaArgs {
  /** The PostgreSQL database every replica shares. */
  databaseUrl: string;
  /** The loopback platform (RateLimitedCounterServer.url). */
  platformUrl: string;
  /** The lease owner and sender name: unique per process. */
  owner: string;
  leaseMs: number;
  /** The Messenger's global requests per second (TEAMS_GLOBAL_RPS). */
  globalPerSecond: number;
}

/** A line the send locks logged, with the child's Date.now() when it did. */
export interface LockEvent {
  at: number;
  text: string;
}

export class ReplicaProcess extends TsChildProcess {
  /** Dedupe keys the replica reported as sent, i.e. marked sent in a committed transaction. */
  readonly sent: string[] = [];
  readonly lockEvents: LockEvent[] = [];
  readonly errors: string[] = [];
  /** When (Date.now() here) each `run` line arrived: the end of each of its scheduler's runs. */
  readonly runsEndedAt: number[] = [];
  /** The rate limits its Messenger declared. */
  limits: RateLimitPolicy | null = null;

  private constructor(
    readonly owner: string,
    argv: readonly string[],
  ) {
    super(SCRIPT, argv, owner, true);
  }

  protected override onLine(line: string): void {
    if (line.startsWith('sent ')) this.sent.push(line.slice('sent '.length));
    else if (line.startsWith('limits ')) this.limits = JSON.parse(line.slice('limits '.length)) as RateLimitPolicy;
    else if (line.startsWith('error ')) this.errors.push(line.slice('error '.length));
    else if (line.startsWith('run ')) this.runsEndedAt.push(Date.now());
    else if (line.startsWith('lock ')) {
      const [, at, ...text] = line.split(' ');
      this.lockEvents.push({ at: Number(at), text: text.join(' ') });
    }
  }

  static start(args: ReplicaArgs): ReplicaProcess {
    return new ReplicaProcess(args.owner, [
      args.databaseUrl,
      args.platformUrl,
      args.owner,
      String(args.leaseMs),
      String(args.globalPerSecond),
    ]);
  }

  /** When it took the send lock of `platform` first, if it did. */
  lockTakenAt(platform: string): number | null {
    return this.lockEvents.find((e) => e.text === `send lock for ${platform} taken`)?.at ?? null;
  }

  /** Resolves true once a line equal to `line` has arrived, false if the child exits first. */
  waitForLine(line: string, timeoutMs: number): Promise<boolean> {
    return this.waitUntil(() => this.lines.includes(line), timeoutMs);
  }

  /** Asks its scheduler for a run, as a command that enqueued messages does. */
  wake(): void {
    this.child.stdin?.write('wake\n');
  }

  /** Stops it cleanly (scheduler, send locks, store); kills it if it has not exited within `timeoutMs`. */
  async shutdown(timeoutMs: number): Promise<ChildExit> {
    if (this.hasExited) return this.exit;
    this.child.stdin?.write('stop\n');
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), timeoutMs);
    });
    const exit = await Promise.race([this.exit, timeout]);
    clearTimeout(timer);
    return exit ?? (await this.stop());
  }
}

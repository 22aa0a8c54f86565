import path from 'node:path';
import { TsChildProcess } from './child-process';

/** test/helpers/bot-child.ts: the real bot in a child process, to be SIGKILLed. */
export class BotProcess extends TsChildProcess {
  static start(databasePath: string, now: Date): BotProcess {
    return new BotProcess(path.join(__dirname, 'bot-child.ts'), [databasePath, now.toISOString()], 'bot-child');
  }

  /** The port it listens on, once it says so; rejects when it exits first or after `timeoutMs`. */
  async port(timeoutMs: number): Promise<number> {
    const ready = await this.waitUntil(() => this.lines.some((l) => l.startsWith('listening ')), timeoutMs);
    const line = this.lines.find((l) => l.startsWith('listening '));
    if (!ready || !line) throw new Error(`bot-child exited (${JSON.stringify(await this.exit)}): ${this.stderr}`);
    return Number(line.split(' ')[1]);
  }
}

/**
 * The real Skate-boten for the end-to-end walk: `startBot` on 127.0.0.1:3978 (where the Agents
 * Playground sends activities) with a fresh SQLite database in a temp directory, the demo data, local
 * mode (no credentials), the Teams transport, the system clock and the scheduler on. Its log (pino,
 * level warn) goes to a file so the walk's own output stays readable; the walk prints it on failure.
 * A second connection to the database lets the walk check what the bot stored and pick the round.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { planOpening } from '../../src/app/rounds/open-round';
import { appSettings } from '../../src/compose';
import { type Config, loadConfig } from '../../src/config';
import { nextQuarter, quarterOf, type RoundSchedule, todayInOslo } from '../../src/domain/calendar';
import type { Meeting, Quarter } from '../../src/domain/model';
import type { Repositories } from '../../src/domain/ports';
import { type RunningBot, startBot } from '../../src/server';
import { type Db, openDatabase } from '../../src/store/db';
import { SqliteUnitOfWork } from '../../src/store/unit-of-work';

export interface E2eBot {
  bot: RunningBot;
  config: Config;
  /** `http://127.0.0.1:3978/api/messages` */
  endpoint: string;
  databasePath: string;
  logPath: string;
  read<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
  stop(): Promise<void>;
}

export async function startE2eBot(opts: { logPath: string; port?: number }): Promise<E2eBot> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'skate-e2e-'));
  const databasePath = path.join(dir, 'skate.db');
  const config = loadConfig({
    DATABASE_PATH: databasePath,
    DEMO_DATA: 'on',
    TRANSPORT: 'teams',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: String(opts.port ?? 3978),
  });
  const log = pino(
    { level: config.logLevel, base: { service: 'skate-bot' } },
    pino.destination({ dest: opts.logPath, sync: true, mkdir: true }),
  );
  let bot: RunningBot;
  try {
    // The system clock (no `now`), and the scheduler on: the engine is woken after each command.
    bot = await startBot(config, log, { schedule: true });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(
        `127.0.0.1:${config.port} is in use (is \`npm start\` running?): the walk runs its own bot there`,
      );
    }
    throw error;
  }
  const db: Db = openDatabase(databasePath);
  const uow = new SqliteUnitOfWork(db);
  let stopped = false;
  return {
    bot,
    config,
    endpoint: `http://127.0.0.1:${bot.port}/api/messages`,
    databasePath,
    logPath: opts.logPath,
    read: async (work) => await uow.read(work),
    async stop() {
      if (stopped) return;
      stopped = true;
      await bot.stop();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface RoundChoice {
  quarter: Quarter;
  skateMeeting: Meeting;
  schedule: RoundSchedule;
}

/**
 * The round the walk opens. The demo data is built around the real date (meetings for the previous,
 * the current and the next three quarters), so the quarter is not fixed: it is the first from the
 * current one that `runde åpne` would open today as derived (a free Skate meeting, and a deadline at
 * least OPEN_LEAD_BUSINESS_DAYS business days ahead), by the same rule the bot applies. So the walk
 * never opens a round whose deadline has passed, whatever the day of the year.
 */
export async function pickRound(e2e: E2eBot, now: Date): Promise<RoundChoice> {
  const settings = appSettings(e2e.config);
  return await e2e.read(async (repos) => {
    let quarter = quarterOf(todayInOslo(now));
    for (let i = 0; i < 5; i++, quarter = nextQuarter(quarter)) {
      try {
        const plan = await planOpening(repos, settings, { quarter }, now);
        return { quarter, skateMeeting: plan.skateMeeting, schedule: plan.schedule };
      } catch {
        // Not openable today (no free meeting, or its deadline is too close): try the next quarter.
      }
    }
    throw new Error(`no quarter from ${quarterOf(todayInOslo(now))} on can be opened today`);
  });
}

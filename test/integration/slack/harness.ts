/**
 * The Slack integration harness: the real bot (`startBot`: one HTTP server, the Bolt app behind
 * our receiver, SQLite in a temp file) on loopback, with the Web API pointed at the loopback
 * double; a second connection to the database to look at what the bot wrote; and helpers that
 * talk to the bot as Slack does, with correctly signed, real-shape requests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../src/config';
import type { Repositories } from '../../../src/domain/ports';
import { createLogger, type Logger } from '../../../src/logger';
import { type RunningBot, startBot } from '../../../src/server';
import { type Db, openDatabase } from '../../../src/store/db';
import { SqliteUnitOfWork } from '../../../src/store/unit-of-work';
import { BOT_TOKEN, SlackApiDouble } from '../../helpers/slack-api-double';
import type { DoubleUser, Json } from '../../helpers/slack-double-state';
import { SIGNING_SECRET, type SlackRequest, signedHeaders, TEAM } from '../../helpers/slack-requests';
import { RunningClock } from '../teams/harness';

/** The demo people the tests speak as in Slack, and two who are not in the registry. */
export const SLACK_USERS = {
  ingrid: { id: 'U0INGRID', email: 'ingrid.haugland@example.no', name: 'Ingrid Haugland' },
  kristin: { id: 'U0KRISTIN', email: 'kristin.hovland@example.no', name: 'Kristin Hovland' },
  sindre: { id: 'U0SINDRE', email: 'sindre.aune@example.no', name: 'Sindre Aune' },
  hanne: { id: 'U0HANNE', email: 'hanne.moen@example.no', name: 'Hanne Moen' },
  per: { id: 'U0PER', email: 'per.lunde@example.no', name: 'Per Kristian Lunde' },
  ragnhild: { id: 'U0RAGNHILD', email: 'ragnhild.tveit@example.no', name: 'Ragnhild Tveit' },
  siri: { id: 'U0SIRI', email: 'siri.myklebust@example.no', name: 'Siri Myklebust' },
  /** Proposed as the owner of an initiative he has not accepted yet. */
  erik: { id: 'U0ERIK', email: 'erik.nygard@example.no', name: 'Erik Nygård' },
  /** In the workspace, not in the registry. */
  outsider: { id: 'U0OUTSIDER', email: 'ola.nordmann@example.com', name: 'Ola Nordmann' },
} as const;
export type SlackPerson = keyof typeof SLACK_USERS;

/** Channels in the test workspace. */
export const CHANNELS = { au: 'C0AU', skate: 'C0SKATE', general: 'C0GENERAL' } as const;

export interface HttpAnswer {
  status: number;
  text: string;
  json: Json | null;
}

export type Snapshot = Record<string, string>;

export interface SlackHarness {
  bot: RunningBot;
  double: SlackApiDouble;
  clock: RunningClock;
  url: string;
  read<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
  snapshot(): Snapshot;
  changedSince(before: Snapshot): string[];
  /** Sends a request as Slack would (signed now, by the bot's clock), or as told. */
  send(
    request: SlackRequest,
    options?: { headers?: Record<string, string>; atSeconds?: number; unsigned?: boolean },
  ): Promise<HttpAnswer>;
  /** Seconds since the epoch on the bot's clock: what a signature's timestamp must be near. */
  nowSeconds(): number;
  /** A fresh id (trigger ids, action timestamps, event ids). */
  id(prefix: string): string;
  /** Runs the cycle engine: delivers what is due. */
  deliver(): Promise<void>;
  stop(): Promise<void>;
}

function snapshotOf(db: Db): Snapshot {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
  return Object.fromEntries(tables.map((t) => [t.name, JSON.stringify(db.prepare(`SELECT * FROM "${t.name}"`).all())]));
}

/** Posts a request to the bot's `/slack/events` as Slack would: signed at `nowSeconds()`, unless told otherwise. */
export async function sendToSlackRoute(
  url: string,
  request: SlackRequest,
  nowSeconds: () => number,
  opts: { headers?: Record<string, string>; atSeconds?: number; unsigned?: boolean } = {},
): Promise<HttpAnswer> {
  const signed = opts.unsigned ? {} : signedHeaders(request.body, opts.atSeconds ?? nowSeconds());
  const response = await fetch(`${url}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': request.contentType, ...signed, ...(opts.headers ?? {}) },
    body: request.body,
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  let json: Json | null = null;
  try {
    json = text ? (JSON.parse(text) as Json) : null;
  } catch {
    json = null;
  }
  return { status: response.status, text, json };
}

/** Starts the double and the bot with Slack configured (and whatever `env` adds). */
export async function startSlackHarness(
  env: Record<string, string> = {},
  options: { log?: Logger; users?: DoubleUser[]; start?: Date; socketUrl?: string } = {},
): Promise<SlackHarness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skate-slack-'));
  const databasePath = path.join(dir, 'skate.db');
  const users: DoubleUser[] = [
    ...Object.values(SLACK_USERS).map((u) => ({ ...u, teamId: TEAM })),
    ...(options.users ?? []),
  ];
  const double = await SlackApiDouble.start(users);
  if (options.socketUrl) double.socketUrl = options.socketUrl;
  const config = loadConfig({
    DATABASE_PATH: databasePath,
    DEMO_DATA: 'on',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    PORT: '0',
    OPEN_LEAD_BUSINESS_DAYS: '3',
    PUBLIC_BASE_URL: 'https://skate-bot.example.no',
    LINK_SECRET: 'a-long-enough-link-secret-for-tests',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: double.apiUrl,
    ...env,
  });
  const clock = new RunningClock(options.start);
  const bot = await startBot(config, options.log ?? createLogger(config), { now: clock.now, schedule: false }).catch(
    async (error: unknown) => {
      await double.close();
      fs.rmSync(dir, { recursive: true, force: true });
      throw error;
    },
  );
  const db: Db = openDatabase(databasePath);
  const uow = new SqliteUnitOfWork(db);
  const url = `http://127.0.0.1:${bot.port}`;
  let seq = 0;
  const nowSeconds = () => Math.floor(clock.now().getTime() / 1000);
  return {
    bot,
    double,
    clock,
    url,
    read: async (work) => await uow.read(work),
    snapshot: () => snapshotOf(db),
    changedSince(before) {
      const after = snapshotOf(db);
      const tables = new Set([...Object.keys(before), ...Object.keys(after)]);
      return [...tables].filter((t) => before[t] !== after[t]).sort();
    },
    send: (request, opts = {}) => sendToSlackRoute(url, request, nowSeconds, opts),
    nowSeconds,
    id: (prefix) => {
      seq += 1;
      return `${prefix}${Date.now()}${seq}`;
    },
    async deliver() {
      await bot.engine.runDueWork();
    },
    async stop() {
      await bot.engine.runDueWork();
      await bot.stop();
      db.close();
      await double.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

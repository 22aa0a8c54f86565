/**
 * The Teams integration harness: the real bot (`startBot`: HTTP server,
 * CloudAdapter, SQLite in a temp file) on loopback, the mock connector as its
 * `serviceUrl`, a second connection to the same database to look at what the
 * bot wrote, and helpers to talk to the bot as a Teams user would.
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
import { type ConnectorCall, MockConnector } from '../../helpers/mock-connector';
import {
  cardInvoke,
  channelMention,
  memberOf,
  personalMessage,
  type TeamsActivity,
  type TeamsChannel,
  type TeamsUser,
  teamsUser,
} from '../../helpers/teams-activities';
import { shownInTeams } from '../../helpers/teams-text';
import { DEMO_NOW } from '../../helpers/test-app';

/** The demo people the tests speak as, and two strangers (see `startHarness`). */
export const USERS = {
  ingrid: teamsUser('ingrid.haugland@example.no', 'Ingrid Haugland'),
  kristin: teamsUser('kristin.hovland@example.no', 'Kristin Hovland'),
  sindre: teamsUser('sindre.aune@example.no', 'Sindre Aune'),
  hanne: teamsUser('hanne.moen@example.no', 'Hanne Moen'),
  per: teamsUser('per.lunde@example.no', 'Per Kristian Lunde'),
  ragnhild: teamsUser('ragnhild.tveit@example.no', 'Ragnhild Tveit'),
  /** In the tenant (the connector knows them) but not in the registry. */
  outsider: teamsUser('ola.nordmann@example.com', 'Ola Nordmann'),
  /** Not even in the tenant's member list: the connector answers 404. */
  stranger: teamsUser('kari.ukjent@example.com', 'Kari Ukjent'),
} as const satisfies Record<string, TeamsUser>;

/**
 * The demo's clock, running from DEMO_NOW at real speed. It cannot stand still: startBot's engine sleeps
 * on real timers when Teams' rate limits say wait (8 messages per 2 s in AU's thread), and under a frozen
 * `now` the wait never ends.
 */
export class RunningClock {
  private offset = 0;
  private readonly started = Date.now();

  /** `from`: where the clock starts (the demo's now unless a test sets another day). */
  constructor(private readonly from: Date = DEMO_NOW) {}

  now = (): Date => new Date(this.from.getTime() + (Date.now() - this.started) + this.offset);

  advance(ms: number): void {
    this.offset += ms;
  }
}

export interface HttpAnswer {
  status: number;
  text: string;
}

/** An `adaptiveCard/action` invoke's answer: the card that replaces the one pressed. */
export interface InvokeAnswer {
  status: number;
  card: Card;
}

export type Card = Record<string, unknown>;

/** Each table's rows as JSON. */
export type Snapshot = Record<string, string>;

function snapshotOf(db: Db): Snapshot {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
  return Object.fromEntries(tables.map((t) => [t.name, JSON.stringify(db.prepare(`SELECT * FROM "${t.name}"`).all())]));
}

export interface Harness {
  bot: RunningBot;
  connector: MockConnector;
  url: string;
  clock: RunningClock;
  databasePath: string;
  read<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
  /** Every row of every table, by table: what `changedSince` compares. */
  snapshot(): Snapshot;
  /** The tables whose rows differ from `before`: `[]` proves that a request wrote nothing. */
  changedSince(before: Snapshot): string[];
  count(sql: string, ...params: (string | number)[]): number;
  post(body: TeamsActivity | string, headers?: Record<string, string>): Promise<HttpAnswer>;
  /** A personal message; returns the connector calls it caused (the replies). */
  say(user: TeamsUser, text: string): Promise<ConnectorCall[]>;
  /** A channel post that @mentions the bot; returns the connector calls it caused. */
  sayInChannel(user: TeamsUser, text: string, channel: TeamsChannel): Promise<ConnectorCall[]>;
  invoke(
    user: TeamsUser,
    verb: string,
    data: Record<string, unknown>,
    options?: { id?: string; in?: { channel: TeamsChannel; messageId: string } },
  ): Promise<InvokeAnswer>;
  stop(): Promise<void>;
}

/** Starts connector and bot; the connector knows every user in USERS but `stranger`. `log` replaces the silent logger. */
export async function startHarness(
  env: Record<string, string> = {},
  options: { log?: Logger; start?: Date } = {},
): Promise<Harness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skate-teams-'));
  const databasePath = path.join(dir, 'skate.db');
  const connector = await MockConnector.start(
    Object.values(USERS)
      .filter((u) => u !== USERS.stranger)
      .map(memberOf),
  );
  const config = loadConfig({
    DATABASE_PATH: databasePath,
    DEMO_DATA: 'on',
    LOG_LEVEL: 'silent',
    TRANSPORT: 'teams',
    HOST: '127.0.0.1',
    PORT: '0',
    TEAMS_GLOBAL_RPS: '50',
    // The demo clock stands four business days before the 2026-Q4 deadline; the default lead is five.
    OPEN_LEAD_BUSINESS_DAYS: '3',
    ...env,
  });
  const clock = new RunningClock(options.start);
  const bot = await startBot(config, options.log ?? createLogger(config), { now: clock.now, schedule: false });
  const db: Db = openDatabase(databasePath);
  const uow = new SqliteUnitOfWork(db);
  const url = `http://127.0.0.1:${bot.port}`;

  const post = async (body: TeamsActivity | string, headers: Record<string, string> = {}): Promise<HttpAnswer> => {
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    return { status: response.status, text: await response.text() };
  };
  const replies = async (activity: TeamsActivity): Promise<ConnectorCall[]> => {
    const mark = connector.calls.length;
    const answer = await post(activity);
    if (answer.status !== 200) throw new Error(`the bot answered ${answer.status}: ${answer.text}`);
    return connector.since(mark).filter((c) => c.kind === 'send' || c.kind === 'reply');
  };
  const { serviceUrl } = connector;

  return {
    bot,
    connector,
    url,
    clock,
    databasePath,
    read: async (work) => await uow.read(work),
    snapshot: () => snapshotOf(db),
    changedSince(before) {
      const after = snapshotOf(db);
      const tables = new Set([...Object.keys(before), ...Object.keys(after)]);
      return [...tables].filter((t) => before[t] !== after[t]).sort();
    },
    count: (sql, ...params) => (db.prepare(sql).get(...params) as { n: number }).n,
    post,
    say: (user, text) => replies(personalMessage({ serviceUrl, user, text })),
    sayInChannel: (user, text, channel) => replies(channelMention({ serviceUrl, user, text, channel })),
    async invoke(user, verb, data, options = {}) {
      const answer = await post(cardInvoke({ serviceUrl, user, verb, data, ...options }));
      const body = JSON.parse(answer.text) as { statusCode?: number; type?: string; value?: Card };
      if (body.type !== 'application/vnd.microsoft.card.adaptive' || !body.value) {
        throw new Error(`not a card: ${answer.status} ${answer.text}`);
      }
      return { status: answer.status, card: body.value };
    },
    async stop() {
      // Let a pass the test started finish before the database closes under it.
      await bot.engine.runDueWork();
      await bot.stop();
      db.close();
      await connector.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every text a card shows: text blocks, fact titles and values, input labels and choice titles. */
export function cardTexts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) walk(n);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.type === 'TextBlock' && typeof o.text === 'string') out.push(shownInTeams(o.text));
    if (typeof o.title === 'string' && typeof o.value === 'string') out.push(shownInTeams(`${o.title}: ${o.value}`));
    for (const value of Object.values(o)) walk(value);
  };
  walk(card);
  return out;
}

/** The element with `id`, and the one that follows it in its container (where the card puts a field's error). */
export function elementById(card: unknown, id: string): { element: Card; next: Card | null } | null {
  const search = (node: unknown): { element: Card; next: Card | null } | null => {
    if (Array.isArray(node)) {
      const index = node.findIndex((n) => n && typeof n === 'object' && (n as Card).id === id);
      if (index >= 0) return { element: node[index] as Card, next: (node[index + 1] as Card | undefined) ?? null };
      for (const n of node) {
        const found = search(n);
        if (found) return found;
      }
      return null;
    }
    if (!node || typeof node !== 'object') return null;
    for (const value of Object.values(node)) {
      const found = search(value);
      if (found) return found;
    }
    return null;
  };
  return search(card);
}

/** The `Action.Execute` verbs a card offers. */
export function verbsOf(card: Card): string[] {
  return ((card.actions ?? []) as Card[]).map((a) => String(a.verb ?? ''));
}

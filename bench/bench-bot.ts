/**
 * What the request benchmarks share: a seeded registry of owners with an open
 * round, the real bot started on it (HTTP server, CloudAdapter, the store as
 * configured: an SQLite file through DATABASE_PATH or a fresh PostgreSQL
 * database through DATABASE_URL, both holding the same seeded data), a bare
 * botbuilder echo bot (`test/e2e/echo-bot.ts`) and a connector double for the
 * replies to message activities.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { startBot } from '../src/server';
import { startEchoBot } from '../test/e2e/echo-bot';
import { seedOwnersWithInitiatives } from '../test/helpers/seed-owners';
import { cardInvoke, personalMessage, type TeamsUser, teamsUser } from '../test/helpers/teams-activities';
import { DEMO_NOW } from '../test/helpers/test-app';
import { copiedBenchDatabase } from './bench-postgres';

export type BenchStore = 'sqlite' | 'postgres';
export const STORE_NAMES: Record<BenchStore, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

export const ROUND = '2026-Q4';
/** Initiative `i`'s id: T-2030-01 … T-2030-9000, then T-2031-01 … (an id's number has at most four digits). */
export const idOf = (i: number) => `T-${2030 + Math.floor(i / 9_000)}-${String((i % 9_000) + 1).padStart(2, '0')}`;
export const ownerOf = (i: number): TeamsUser => teamsUser(`eier${i + 1}@bench.example.no`, `Eier ${i + 1}`);

/** A directory of its own for a bench's files, removed by `cleanup`. */
export function benchDir(prefix: string): { file(name: string): string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), `skate-${prefix}-`));
  return { file: (name) => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * An SQLite file with the demo data, `owners` more owners each with a linked
 * Teams identity and an accepted initiative, and the round ROUND open for
 * them. Copied, never used in place, so every run starts from the same data.
 */
export async function seedSubmitters(file: string, owners: number): Promise<void> {
  await seedOwnersWithInitiatives(file, owners, { idOf, ownerOf, round: ROUND, actor: 'bench' });
}

export const submission = (i: number) => ({
  roundId: ROUND,
  initiativeId: idOf(i),
  baseVersion: '0',
  overall: 'green',
  result: 'green',
  schedule: 'green',
  cost: 'green',
  forecastCompletionDate: '2027-06-30',
  forecastCostNok: '1000000',
  progress: `Tiltak ${i + 1} går etter planen.`,
});

/** A request to post to `/api/messages`, and whether its answer is the one expected. */
export interface BenchRequest {
  body: string;
  accepted(status: number, text: string): boolean;
}

/** Owner `i` submits their report (`report.submit`, the Teams invoke); the bot answers with the receipt card. */
export function submitRequest(serviceUrl: string, i: number): BenchRequest {
  const activity = cardInvoke({ serviceUrl, user: ownerOf(i), verb: 'report.submit', data: submission(i) });
  return {
    body: JSON.stringify(activity),
    accepted: (status, text) => status === 200 && text.includes('"verb":"report.edit"'),
  };
}

/** The same invoke with the echo bot's verb: it answers with a card, as the bot does. */
export function echoSubmitRequest(serviceUrl: string, i: number): BenchRequest {
  const activity = cardInvoke({ serviceUrl, user: ownerOf(i), verb: 'echo.submit', data: submission(i) });
  return { body: JSON.stringify(activity), accepted: (status) => status === 200 };
}

/** Owner `i` writes `hjelp` in their personal chat; the answer goes to the connector, the POST is answered after it. */
export function helpRequest(serviceUrl: string, i: number): BenchRequest {
  const activity = personalMessage({ serviceUrl, user: ownerOf(i), text: 'hjelp' });
  return { body: JSON.stringify(activity), accepted: (status) => status >= 200 && status < 300 };
}

/** Posts one request; resolves with the answer's status and text, or throws after `timeoutMs`. */
export async function post(port: number, body: string, timeoutMs = 10_000): Promise<{ status: number; text: string }> {
  const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  return { status: response.status, text: await response.text() };
}

/** A running target: the port of its `/api/messages`. */
export interface BenchTarget {
  port: number;
  stop(): Promise<void>;
}

/**
 * The bot on a copy of the seeded file `seeded`: SQLite through DATABASE_PATH
 * (a copy in `dir`), or PostgreSQL through DATABASE_URL (a fresh database the
 * file is copied into, dropped at `stop`). Local mode, Teams, no schedule.
 */
export async function startBenchBot(store: BenchStore, seeded: string, copyTo: string): Promise<BenchTarget> {
  let database: { url: string; drop(): Promise<void> } | null = null;
  let env: Record<string, string>;
  if (store === 'sqlite') {
    copyFileSync(seeded, copyTo);
    env = { DATABASE_PATH: copyTo };
  } else {
    database = await copiedBenchDatabase(seeded);
    env = { DATABASE_URL: database.url };
  }
  try {
    const config = loadConfig({
      ...env,
      DEMO_DATA: 'off',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'silent',
      TRANSPORT: 'teams',
      HOST: '127.0.0.1',
      PORT: '0',
    });
    const started = Date.now();
    const bot = await startBot(config, createLogger(config), {
      now: () => new Date(DEMO_NOW.getTime() + Date.now() - started),
      schedule: false,
    });
    return {
      port: bot.port,
      stop: async () => {
        try {
          await bot.stop();
        } finally {
          await database?.drop();
        }
      },
    };
  } catch (error) {
    await database?.drop().catch(() => undefined);
    throw error;
  }
}

export async function startBenchEchoBot(): Promise<BenchTarget> {
  const echo: Server = await startEchoBot({ port: 0 });
  return {
    port: (echo.address() as AddressInfo).port,
    stop: () => {
      echo.closeAllConnections();
      return new Promise<void>((resolve) => echo.close(() => resolve()));
    },
  };
}

/**
 * The Bot Framework connector as far as a reply needs it: every POST is
 * answered 201 with a fresh message id, every PUT 200, and only a count and the
 * last body are kept (test/helpers/mock-connector.ts records every call).
 */
export interface BenchConnector {
  serviceUrl: string;
  /** Activities posted to it. */
  readonly posted: number;
  /** The last activity posted, as text. */
  readonly last: string;
  /** Activities posted that were the bot's apology for an unexpected error. */
  readonly apologies: number;
  /** The first of those, as text. */
  readonly firstApology: string | null;
  close(): Promise<void>;
}

/** The words of the bot's answer to an unexpected error (nb, nn, en; src/i18n). */
const APOLOGY = /noko gjekk gale|noe gikk galt|something went wrong/i;

export async function startBenchConnector(): Promise<BenchConnector> {
  let posted = 0;
  let last = '';
  let apologies = 0;
  let firstApology: string | null = null;
  let id = 1_795_500_000_000;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const json = { 'content-type': 'application/json; charset=utf-8' };
      if (req.method === 'POST') {
        posted += 1;
        last = Buffer.concat(chunks).toString('utf8');
        if (APOLOGY.test(last)) {
          apologies += 1;
          firstApology ??= last;
        }
        res.writeHead(201, json).end(JSON.stringify({ id: String(id++) }));
      } else {
        res.writeHead(200, json).end('{}');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/emea/`,
    get posted() {
      return posted;
    },
    get last() {
      return last;
    },
    get apologies() {
      return apologies;
    },
    get firstApology() {
      return firstApology;
    },
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A refused answer, short: the card's fallback text when it has one (the bot's apology), else its start. */
export function describeRefusal(status: number, text: string): string {
  const fallback = /"fallbackText":"((?:[^"\\]|\\.)*)"/.exec(text)?.[1];
  return `${status} ${fallback ? `card «${fallback.slice(0, 120)}»` : text.slice(0, 160)}`;
}

/** The q-quantile (0…1) of `values` (nearest rank); NaN when empty. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

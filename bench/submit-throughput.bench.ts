/**
 * Closed-loop submit throughput: 1 and 10 clients each post a report
 * submission (`report.submit`, the Teams invoke) to the real bot (HTTP server,
 * CloudAdapter, SQLite with synchronous=FULL) and post the next as soon as the
 * answer arrives; the same against a bare botbuilder echo bot on the same stack
 * (`test/e2e/echo-bot.ts`), which bounds what the bot's own work costs.
 * Bot, echo bot and clients share one process, as a fair common handicap.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openRound } from '../src/app/rounds/open-round';
import { loadConfig } from '../src/config';
import type { Initiative } from '../src/domain/model';
import { createLogger } from '../src/logger';
import { startBot } from '../src/server';
import { startEchoBot } from '../test/e2e/echo-bot';
import { cardInvoke, type TeamsUser, teamsUser } from '../test/helpers/teams-activities';
import { DEMO_NOW, OPERATOR, testApp } from '../test/helpers/test-app';

const ROUND = '2026-Q4';
const idOf = (i: number) => `T-2030-${String(i + 1).padStart(2, '0')}`;
const ownerOf = (i: number): TeamsUser => teamsUser(`eier${i + 1}@bench.example.no`, `Eier ${i + 1}`);

/** Submissions per second for one target and number of clients. */
export interface ThroughputResult {
  target: 'bot' | 'echo';
  clients: number;
  requests: number;
  perSecond: number;
}

async function seed(file: string, owners: number): Promise<void> {
  const t = await testApp({ path: file });
  await t.app.uow.write({ actor: 'bench', now: DEMO_NOW }, async (repos) => {
    const template = (await repos.initiatives.list())[0];
    if (!template) throw new Error('no demo initiative');
    for (let i = 0; i < owners; i++) {
      const user = ownerOf(i);
      await repos.people.save({
        email: user.email,
        name: user.name,
        locale: 'nb',
        roles: ['owner'],
        organisationId: template.ownerOrganisationId,
        identities: [],
      });
      await repos.people.linkIdentity(user.email, { platform: 'msteams', userId: user.aadObjectId });
      const initiative: Initiative = {
        ...template,
        id: idOf(i),
        title: `Tiltak ${i + 1}`,
        contacts: [user.email],
        delegations: [],
        acceptance: 'accepted',
        agreedCompletionDate: '2027-06-30',
        agreedCostNok: 1_000_000,
      };
      await repos.initiatives.save(initiative);
    }
  });
  await openRound(t.app, { quarter: ROUND }, OPERATOR, DEMO_NOW);
  await t.close();
}

const submission = (i: number) => ({
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

/** Posts `count` invokes from `clients` closed loops, owners `first`…; returns requests per second. */
async function closedLoop(
  port: number,
  verb: string,
  first: number,
  count: number,
  clients: number,
  accepted: (text: string) => boolean,
): Promise<number> {
  let next = first;
  const end = first + count;
  const start = performance.now();
  const client = async () => {
    for (let i = next++; i < end; i = next++) {
      const activity = cardInvoke({
        serviceUrl: `http://127.0.0.1:${port}`,
        user: ownerOf(i),
        verb,
        data: submission(i),
      });
      const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      const text = await response.text();
      if (response.status !== 200 || !accepted(text))
        throw new Error(`submission ${i} refused: ${response.status} ${text.slice(0, 200)}`);
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return (count * 1_000) / (performance.now() - start);
}

/** Runs `perRun` submissions at each client count against the bot, then the echo bot. */
export async function runSubmitThroughputBench(perRun = 200, clientCounts = [1, 10]): Promise<ThroughputResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'skate-submit-bench-'));
  const results: ThroughputResult[] = [];
  const file = join(dir, 'skate.db');
  await seed(file, perRun * clientCounts.length);
  const config = loadConfig({
    DATABASE_PATH: file,
    DEMO_DATA: 'off',
    LOG_LEVEL: 'silent',
    TRANSPORT: 'teams',
    HOST: '127.0.0.1',
    PORT: '0',
  });
  const started = Date.now();
  const bot = await startBot(config, createLogger(config), {
    now: () => new Date(DEMO_NOW.getTime() + Date.now() - started),
    schedule: false,
  });
  try {
    for (const [k, clients] of clientCounts.entries()) {
      const perSecond = await closedLoop(bot.port, 'report.submit', k * perRun, perRun, clients, (t) =>
        t.includes('"verb":"report.edit"'),
      );
      results.push({ target: 'bot', clients, requests: perRun, perSecond });
    }
  } finally {
    await bot.stop();
  }
  const echo: Server = await startEchoBot({ port: 0 });
  try {
    const port = (echo.address() as AddressInfo).port;
    for (const clients of clientCounts) {
      const perSecond = await closedLoop(port, 'echo.submit', 0, perRun, clients, () => true);
      results.push({ target: 'echo', clients, requests: perRun, perSecond });
    }
  } finally {
    await new Promise((resolve) => echo.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

if (require.main === module) {
  void runSubmitThroughputBench(Number(process.argv[2] ?? 200)).then((results) => {
    for (const r of results) {
      console.log(
        `${r.target.padEnd(4)} ${String(r.clients).padStart(2)} client(s): ${r.perSecond.toFixed(0)} submissions/s`,
      );
    }
  });
}

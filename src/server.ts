import type { Server } from 'node:http';
import { hostname } from 'node:os';
import { CycleEngine, systemClock } from './app/cycle/engine';
import { loadDemoData } from './app/demo/load-demo';
import type { Messenger } from './app/ports';
import { createTeamsAdapter, teamsRoute } from './channels/teams/teams-adapter';
import { SkateTeamsBot } from './channels/teams/teams-bot';
import { TeamsMessenger } from './channels/teams/teams-messenger';
import { compose } from './compose';
import { type Config, isLocalMode } from './config';
import { agendaRoute } from './http/agenda-route';
import { createHttpServer, healthRoutes, listen } from './http/server';
import type { Logger } from './logger';
import { Scheduler } from './scheduler/scheduler';
import { schemaVersion } from './store/db';
import { MIGRATIONS } from './store/migrations';

export interface RunningBot {
  server: Server;
  port: number;
  scheduler: Scheduler;
  engine: CycleEngine;
  stop(): Promise<void>;
}

/**
 * Builds and starts the whole bot: database, use cases, the Teams adapter on
 * `POST /api/messages`, the health checks, the cycle engine and its scheduler.
 * Tests start it on port 0 with their own clock.
 */
export async function startBot(
  config: Config,
  log: Logger,
  options: { now?: () => Date; schedule?: boolean } = {},
): Promise<RunningBot> {
  const now = options.now ?? (() => new Date());
  const composition = compose(config, {
    now,
    log: (entry) => log.info({ to: entry.to, title: entry.title }, 'local transport delivered a message'),
  });
  const { db, app } = composition;
  if (config.demoData === 'on' || (config.demoData === 'auto' && isLocalMode(config))) {
    const loaded = loadDemoData(app, { kind: 'operator', name: 'demo' }, now());
    if (loaded) log.info(loaded, 'demo data loaded into the empty database');
  }
  const adapter = createTeamsAdapter(config, log);
  const auMembers = () =>
    app.uow
      .read((repos) => repos.people.withRole('au'))
      .flatMap((p) => p.identities.filter((i) => i.platform === 'msteams').map((i) => i.userId));
  const messenger: Messenger =
    config.transport === 'teams'
      ? new TeamsMessenger(adapter, config.microsoft?.appId ?? '', config.teamsGlobalRps, auMembers)
      : composition.messenger;
  const engine = new CycleEngine(
    app,
    messenger,
    { ...systemClock, now },
    {
      owner: `bot-${hostname()}-${process.pid}`,
      onFailed: (message, reason) => log.warn({ key: message.dedupeKey, reason }, 'message could not be delivered'),
    },
  );
  const scheduler = new Scheduler(engine, now, {
    onRun: (summary) => {
      if (summary.jobs.done + summary.jobs.dropped + summary.delivery.sent + summary.delivery.failed > 0) {
        log.info(summary, 'cycle work done');
      }
    },
    onError: (error) => log.error({ err: error }, 'cycle work failed'),
  });
  const bot = new SkateTeamsBot({
    app,
    messenger,
    now,
    log,
    // Without the schedule (tests) the engine runs only when asked, not behind the caller's back after a command.
    wake: () => {
      if (options.schedule !== false) scheduler.wake();
    },
    defaultLocale: config.defaultLocale,
  });
  const latest = Math.max(...MIGRATIONS.map((m) => m.version));
  const server = createHttpServer(
    [
      healthRoutes({ ready: () => db.open && schemaVersion(db) === latest }),
      teamsRoute(adapter, bot),
      agendaRoute(app.uow, config.links.secret, now),
    ],
    (error) => log.error({ err: error }, 'request failed'),
  );
  const port = await listen(server, config.host, config.port);
  if (options.schedule !== false) scheduler.start();
  return {
    server,
    port,
    scheduler,
    engine,
    async stop() {
      await scheduler.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      composition.close();
    },
  };
}

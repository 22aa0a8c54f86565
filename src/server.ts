import type { Server } from 'node:http';
import { hostname } from 'node:os';
import type { AppContext } from './app/app-context';
import { CycleEngine, systemClock } from './app/cycle/engine';
import { loadDemoData } from './app/demo/load-demo';
import { compose } from './compose';
import { channelAdapters, deliveryMessengers } from './compose-channels';
import { type Config, isLocalMode } from './config';
import type { Platform } from './domain/model';
import { agendaRoute } from './http/agenda-route';
import { createHttpServer, healthRoutes, listen, readinessGate } from './http/server';
import type { Logger } from './logger';
import { Scheduler } from './scheduler/scheduler';
import { checkReadiness } from './store/readiness';

export interface RunningBot {
  /** The use cases, for what the start script suggests. */
  app: AppContext;
  server: Server;
  port: number;
  scheduler: Scheduler;
  engine: CycleEngine;
  /** The platforms served, each with its routes and Messenger; none in local mode with TRANSPORT=local. */
  platforms: Platform[];
  stop(): Promise<void>;
}

/**
 * Builds and starts the whole bot: database, use cases, one channel adapter per
 * configured platform (Teams on `POST /api/messages`), the health checks, the
 * cycle engine with one dispatcher over every platform's Messenger, and its
 * scheduler. Tests start it on port 0 with their own clock.
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
  const adapters = channelAdapters(config, {
    app,
    log,
    now,
    // Without the schedule (tests) the engine runs only when asked, not behind the caller's back after a command.
    wake: () => {
      if (options.schedule !== false) scheduler.wake();
    },
    local: composition.messenger,
  });
  const messengers = deliveryMessengers(config, adapters, composition.messenger);
  if (adapters.length === 0 && config.transport !== 'local') {
    log.warn('no platform adapter is configured: the cycle delivers through the local transport only');
  }
  const engine = new CycleEngine(
    app,
    messengers,
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
  // Open, still the file it opened, writable and migrated: otherwise /readyz is 503 and new activities are refused.
  const readiness = { ready: () => checkReadiness(db, config.databasePath) };
  const server = createHttpServer(
    [
      healthRoutes(readiness),
      readinessGate(readiness, ['/api/messages']),
      ...adapters.flatMap((a) => a.routes),
      agendaRoute(app.uow, config.links.secret, now),
    ],
    (error) => log.error({ err: error }, 'request failed'),
  );
  const port = await listen(server, config.host, config.port);
  if (options.schedule !== false) scheduler.start();
  return {
    app,
    server,
    port,
    scheduler,
    engine,
    platforms: adapters.map((a) => a.platform),
    async stop() {
      await scheduler.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      composition.close();
    },
  };
}

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
import { metricsRoute, PromMetrics } from './http/metrics';
import { createHttpServer, healthRoutes, listen, readinessGate } from './http/server';
import { type Logger, withoutAddresses } from './logger';
import { useRenderWorker } from './render';
import { RenderWorker } from './render/worker-renderers';
import { Scheduler } from './scheduler/scheduler';
import type { Db } from './store/db';
import type { Store } from './store/store';

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
  /** The bot's SQLite connection: for tests that must reach under it (a full disk, a deleted file); null on PostgreSQL. */
  db: Db | null;
  store: Store;
}

/**
 * Builds and starts the whole bot: database, use cases, one channel adapter per
 * configured platform (Teams on `POST /api/messages`, Slack on `POST /slack/events`), the health checks, the
 * cycle engine with one dispatcher over every platform's Messenger, and its
 * scheduler. Tests start it on port 0 with their own clock; `renderInWorker`
 * (what `npm start` and `start:prod` use) renders compiled papers in a worker thread.
 */
export async function startBot(
  config: Config,
  log: Logger,
  options: { now?: () => Date; schedule?: boolean; renderInWorker?: boolean } = {},
): Promise<RunningBot> {
  const now = options.now ?? (() => new Date());
  // Off the event loop, a compilation's seconds of Word and PNG no longer hold up everyone else's answers.
  const renderWorker = options.renderInWorker ? new RenderWorker() : null;
  useRenderWorker(renderWorker);
  const composition = await compose(config, {
    now,
    // Ids only in the log: the recipient's address and the message's words stay in the database.
    log: (entry) => log.info({ to: destinationKind(entry.to) }, 'local transport delivered a message'),
  });
  const { store, app } = composition;
  // The use cases count into the bot's own registry, served on GET /metrics.
  const metrics = new PromMetrics(() => store.queueFigures(now()));
  app.metrics = metrics;
  if (config.demoData === 'on' || (config.demoData === 'auto' && isLocalMode(config))) {
    const loaded = await loadDemoData(app, { kind: 'operator', name: 'demo' }, now());
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
  // Replicas on one PostgreSQL: one sender per platform, so its rate limits hold for the whole deployment.
  const sendLocks = store.sendLocks((message, error) =>
    error ? log.warn({ err: error }, message) : log.info(message),
  );
  const engine = new CycleEngine(
    app,
    messengers,
    { ...systemClock, now },
    {
      owner: `bot-${hostname()}-${process.pid}`,
      ...(sendLocks ? { locks: sendLocks } : {}),
      // The dedupe key names the recipient; the log has the message's sequence number and kind instead.
      onFailed: (message, reason, platform, code) => {
        metrics.message(platform ?? 'none', 'failed', code ?? 'unknown');
        const detail = withoutAddresses(reason);
        log.warn({ seq: message.seq, to: message.destination.kind, platform, code, detail }, 'message not delivered');
      },
      onSent: (_message, platform) => metrics.message(platform ?? 'none', 'sent', 'ok'),
      onRetried: (_message, kind, platform) => metrics.message(platform, 'retried', kind),
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
  const readiness = { ready: () => store.ready() };
  const server = createHttpServer(
    [
      healthRoutes(readiness),
      readinessGate(readiness, ['/api/messages', '/slack/events']),
      ...adapters.flatMap((a) => a.routes),
      agendaRoute(app.uow, config.links.secret, now),
      metricsRoute(metrics),
    ],
    (error) => log.error({ err: error }, 'request failed'),
  );
  const port = await listen(server, config.host, config.port);
  if (options.schedule !== false) scheduler.start();
  return {
    app,
    db: store.sqlite,
    store,
    server,
    port,
    scheduler,
    engine,
    platforms: adapters.map((a) => a.platform),
    async stop() {
      await scheduler.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // Work a platform still does after answering (Slack's acknowledged requests), before the database closes.
      await Promise.all(adapters.map((a) => a.stop?.()));
      await sendLocks?.release();
      await composition.close();
      if (renderWorker) {
        useRenderWorker(null);
        await renderWorker.close();
      }
    },
  };
}

/** What kind of place a local delivery went to, without naming a person: `person` or the channel's name. */
function destinationKind(to: string): string {
  return to.includes('@') ? 'person' : to.replace(/[^a-z0-9:_-]/gi, '').slice(0, 32);
}

import 'dotenv/config';
import { hostname } from 'node:os';
import { CycleEngine, systemClock } from './app/cycle/engine';
import { loadDemoData } from './app/demo/load-demo';
import { compose } from './compose';
import { ConfigError, isLocalMode, loadConfig } from './config';
import { createHttpServer, healthRoutes, listen } from './http/server';
import { createLogger } from './logger';
import { Scheduler } from './scheduler/scheduler';
import { schemaVersion } from './store/db';
import { MIGRATIONS } from './store/migrations';

/**
 * The composition root: config → database → use cases → HTTP. The only place,
 * with the scheduler, that reads the clock.
 */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config);
  const local = isLocalMode(config);
  if (local) {
    log.warn(
      'LOCAL MODE: no MICROSOFT_APP_ID is set, so inbound requests are NOT authenticated. ' +
        `Listening on ${config.host} only. Set the Bot Framework credentials in .env to deploy.`,
    );
  }
  const { db, app, messenger, close } = compose(config, {
    log: (entry) => log.info({ to: entry.to, title: entry.title }, 'local transport delivered a message'),
  });
  log.info({ database: config.databasePath, schema: schemaVersion(db) }, 'database ready');

  if (config.demoData === 'on' || (config.demoData === 'auto' && local)) {
    const loaded = loadDemoData(app, { kind: 'operator', name: 'demo' }, new Date());
    if (loaded) log.info(loaded, 'demo data loaded into the empty database');
  }

  const owner = `bot-${hostname()}-${process.pid}`;
  const engine = new CycleEngine(app, messenger, systemClock, {
    owner,
    onFailed: (message, reason) => log.warn({ key: message.dedupeKey, reason }, 'message could not be delivered'),
  });
  const scheduler = new Scheduler(engine, () => new Date(), {
    onRun: (summary) => {
      if (summary.jobs.done + summary.jobs.dropped + summary.delivery.sent + summary.delivery.failed > 0) {
        log.info(summary, 'cycle work done');
      }
    },
    onError: (error) => log.error({ err: error }, 'cycle work failed'),
  });
  scheduler.start();

  const latest = Math.max(...MIGRATIONS.map((m) => m.version));
  const server = createHttpServer([healthRoutes({ ready: () => db.open && schemaVersion(db) === latest })], (error) =>
    log.error({ err: error }, 'request failed'),
  );
  const port = await listen(server, config.host, config.port);
  log.info(`Skate-boten is running on http://${config.host}:${port} (health: /healthz, readiness: /readyz)`);

  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down');
    void scheduler.stop().then(() =>
      server.close(() => {
        close();
        process.exit(0);
      }),
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Skate-boten could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

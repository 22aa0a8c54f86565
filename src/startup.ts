import { type Config, ConfigError, isLocalMode, loadConfig } from './config';
import { preloadHolidaysOutOfProcess } from './holiday-table';
import { createLogger, type Logger } from './logger';
import { type RunningBot, startBot } from './server';

/**
 * Reads the config (exiting with every bad key named and code 2 when it is
 * invalid), starts the bot and says where it runs. Shared by `main.ts` and
 * `npm start`'s script.
 */
export async function startFromEnvironment(
  env: NodeJS.ProcessEnv,
): Promise<{ config: Config; log: Logger; bot: RunningBot }> {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config);
  if (isLocalMode(config)) {
    log.warn(
      'LOCAL MODE: no platform credentials are set (neither MICROSOFT_APP_ID nor SLACK_SIGNING_SECRET/SLACK_BOT_TOKEN), ' +
        `so inbound requests are NOT authenticated. Listening on ${config.host} (loopback) only. ` +
        'Set a platform’s credentials in .env to deploy.',
    );
  }
  await preloadHolidaysOutOfProcess(new Date(), log);
  const bot = await startBot(config, log, { renderInWorker: true });
  const endpoints = bot.platforms.map((p) => (p === 'msteams' ? 'Teams endpoint: /api/messages, ' : `${p}, `)).join('');
  log.info(
    { platforms: bot.platforms, transport: config.transport },
    `Skate-boten is running on http://${config.host}:${bot.port} (${endpoints}health: /healthz, readiness: /readyz)`,
  );
  return { config, log, bot };
}

/** Stops cleanly on SIGINT and SIGTERM, after `stop` has finished. */
export function stopOnSignal(log: Logger, stop: () => Promise<unknown>): void {
  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down');
    void stop().then(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

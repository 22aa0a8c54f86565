import 'dotenv/config';
import { ConfigError, isLocalMode, loadConfig } from './config';
import { createLogger } from './logger';
import { startBot } from './server';

/** The composition root's entry: read the config, start the bot, stop cleanly on a signal. */
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
  if (isLocalMode(config)) {
    log.warn(
      'LOCAL MODE: no MICROSOFT_APP_ID is set, so inbound requests are NOT authenticated. ' +
        `Listening on ${config.host} only. Set the Bot Framework credentials in .env to deploy.`,
    );
  }
  const bot = await startBot(config, log);
  log.info(
    `Skate-boten is running on http://${config.host}:${bot.port} ` +
      '(Teams endpoint: /api/messages, health: /healthz, readiness: /readyz)',
  );
  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down');
    void bot.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Skate-boten could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

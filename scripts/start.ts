/**
 * `npm start`: the newcomer's path. Starts the bot on its embedded defaults
 * (SQLite file, demo data) and, in local mode, the Microsoft 365 Agents
 * Playground as a secretariat member, and prints the URL to open.
 * Deployed bots run `npm run start:prod` (the compiled `dist/main.js`) instead.
 */
import 'dotenv/config';
import path from 'node:path';
import { ConfigError, isLocalMode, loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { startBot } from '../src/server';
import { demoUsersFor, type RunningPlayground, startPlayground } from './playground/start-playground';

const PLAYGROUND_PORT = Number(process.env.PLAYGROUND_PORT ?? 56150);

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
      `LOCAL MODE: no MICROSOFT_APP_ID is set, so requests are NOT authenticated. Listening on ${config.host} only.`,
    );
  }
  const bot = await startBot(config, log);
  const endpoint = `http://${config.host}:${bot.port}/api/messages`;
  log.info(`Skate-boten is running: ${endpoint} (health: /healthz, readiness: /readyz)`);

  let playground: RunningPlayground | null = null;
  const wanted = (process.env.PLAYGROUND ?? 'auto') !== 'off' && local && config.transport === 'teams';
  if (wanted) {
    try {
      playground = await startPlayground({
        workDir: path.resolve(__dirname, '../test-output/playground/secretariat'),
        botEndpoint: endpoint,
        port: PLAYGROUND_PORT,
        ...(await demoUsersFor('secretariat')),
      });
      process.stdout.write(
        `\n  Open ${playground.url} to talk to Skate-boten as Ingrid Haugland (Skatesekretariatet).\n` +
          '  Try «hjelp», «status» or «runde åpne 2026-Q4».\n' +
          '  As an owner and an AU member: `npm run playground:others` in another terminal.\n\n',
      );
    } catch (error) {
      log.warn({ err: error }, 'the Agents Playground did not start; the bot runs without it');
    }
  }

  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down');
    void Promise.all([playground?.stop(), bot.stop()]).then(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Skate-boten could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

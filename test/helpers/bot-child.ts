/**
 * The real bot in a child process, for crash tests: `startBot` on a database file the parent
 * prepared, listening on 127.0.0.1 port 0, its clock starting at the instant given. Prints
 * `listening <port>` once it takes requests; then runs until it is killed.
 *
 *   bot-child <db> <now-iso>
 */
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { startBot } from '../../src/server';

async function main(argv: readonly string[]): Promise<void> {
  const [databasePath, nowIso] = argv;
  if (!databasePath || !nowIso) throw new Error(`usage: bot-child <db> <now-iso>, got ${argv.join(' ')}`);
  const config = loadConfig({
    DATABASE_PATH: databasePath,
    DEMO_DATA: 'off',
    LOG_LEVEL: 'silent',
    TRANSPORT: 'teams',
    HOST: '127.0.0.1',
    PORT: '0',
  });
  const started = Date.now();
  const from = Date.parse(nowIso);
  const bot = await startBot(config, createLogger(config), {
    now: () => new Date(from + Date.now() - started),
    schedule: false,
  });
  process.stdout.write(`listening ${bot.port}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bot-child failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

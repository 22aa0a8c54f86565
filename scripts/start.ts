/**
 * `npm start`: the newcomer's path. Starts the bot on its embedded defaults
 * (SQLite file, demo data) and, in local mode, the Microsoft 365 Agents
 * Playground as a secretariat member, and prints the URL to open.
 * Deployed bots run `npm run start:prod` (the compiled `dist/main.js`) instead.
 */
import 'dotenv/config';
import path from 'node:path';
import { suggestOpening } from '../src/app/rounds/open-round';
import { isLocalMode } from '../src/config';
import { quarterOfInstant } from '../src/domain/calendar';
import { startFromEnvironment, stopOnSignal } from '../src/startup';
import { demoUsersFor, type RunningPlayground, startPlayground } from './playground/start-playground';

const PLAYGROUND_PORT = Number(process.env.PLAYGROUND_PORT ?? 56150);

async function main(): Promise<void> {
  const { config, log, bot } = await startFromEnvironment(process.env);
  const endpoint = `http://${config.host}:${bot.port}/api/messages`;

  let playground: RunningPlayground | null = null;
  const wanted = (process.env.PLAYGROUND ?? 'auto') !== 'off' && isLocalMode(config) && config.transport === 'teams';
  // A round that can be opened today with its derived dates: never one whose deadline has passed.
  const today = new Date();
  const plan = await suggestOpening(bot.app, today, quarterOfInstant(today));
  const openable = plan ? `runde åpne ${plan.quarter}` : 'kanal au';
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
          `  Try «hjelp», «sjekk», «status» or «${openable}».\n` +
          '  As an owner and an AU member: `npm run playground:others` in another terminal.\n\n',
      );
    } catch (error) {
      log.warn({ err: error }, 'the Agents Playground did not start; the bot runs without it');
    }
  }

  stopOnSignal(log, () => Promise.all([playground?.stop(), bot.stop()]));
}

main().catch((error: unknown) => {
  process.stderr.write(`Skate-boten could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

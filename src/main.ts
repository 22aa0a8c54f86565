import 'dotenv/config';
import { startFromEnvironment, stopOnSignal } from './startup';

/** The deployed entry point (`npm run start:prod`): start the bot, stop cleanly on a signal. */
startFromEnvironment(process.env)
  .then(({ log, bot }) => stopOnSignal(log, () => bot.stop()))
  .catch((error: unknown) => {
    process.stderr.write(`Skate-boten could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });

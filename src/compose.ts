import type { AppContext, AppSettings } from './app/app-context';
import type { Messenger } from './app/ports';
import { LocalMessenger } from './channels/local/local-messenger';
import type { Config } from './config';
import { type Db, openDatabase } from './store/db';
import { SqliteUnitOfWork } from './store/unit-of-work';

/** The application wired to its database: what both the bot and the CLI run on. */
export interface Composition {
  db: Db;
  app: AppContext;
  /** The local transport: what the CLI's `tick` delivers through, and the bot with TRANSPORT=local. */
  messenger: Messenger;
  close(): void;
}

/** The use cases' settings, taken from the config. */
export function appSettings(config: Config): AppSettings {
  return {
    roundCalendar: config.roundCalendar,
    voting: config.voting,
    cycle: {
      escalateAfterOverdueReminders: config.escalateAfterOverdueReminders,
      openLeadBusinessDays: config.openLeadBusinessDays,
      defaultLocale: config.defaultLocale,
    },
    agenda: {
      place: config.agenda.place,
      presenter: config.agenda.presenter,
      caseNumberStart: config.agenda.caseNumberStart,
      feedbackBusinessDays: config.agenda.feedbackBusinessDays,
      links: config.links,
    },
  };
}

/** Opens the database (applying migrations) and builds the use-case context from the config. */
export function compose(
  config: Config,
  options: { now?: () => Date; log?: (entry: { to: string; title: string; text: string }) => void } = {},
): Composition {
  const db = openDatabase(config.databasePath);
  const app: AppContext = { settings: appSettings(config), uow: new SqliteUnitOfWork(db) };
  const messenger = new LocalMessenger(app, options.now ?? (() => new Date()), options.log);
  return { db, app, messenger, close: () => db.close() };
}

import type { AppContext, AppSettings } from './app/app-context';
import type { Messenger } from './app/ports';
import { LocalMessenger } from './channels/local/local-messenger';
import type { Config } from './config';
import { openStore, type Store, type StoreLocation } from './store/store';

/** The application wired to its database: what both the bot and the CLI run on. */
export interface Composition {
  store: Store;
  app: AppContext;
  /** The local transport: what the CLI's `tick` delivers through, and the bot with TRANSPORT=local. */
  messenger: Messenger;
  close(): Promise<void>;
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

/** Where the config puts the data: PostgreSQL when DATABASE_URL is set, else the SQLite file. */
export function storeLocation(config: Config): StoreLocation {
  const pg = config.postgres;
  if (!pg) return { kind: 'sqlite', path: config.databasePath };
  return {
    kind: 'postgres',
    url: pg.url,
    pool: {
      max: pg.poolMax,
      connectionTimeoutMillis: pg.connectTimeoutMs,
      statementTimeoutMillis: pg.statementTimeoutMs,
    },
  };
}

/** Opens the database (applying migrations) and builds the use-case context from the config. */
export async function compose(
  config: Config,
  options: { now?: () => Date; log?: (entry: { to: string; title: string; text: string }) => void } = {},
): Promise<Composition> {
  const store = await openStore(storeLocation(config));
  const app: AppContext = { settings: appSettings(config), uow: store.uow };
  const messenger = new LocalMessenger(app, options.now ?? (() => new Date()), options.log);
  return { store, app, messenger, close: () => store.close() };
}

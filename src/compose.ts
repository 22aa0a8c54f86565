import type { AppContext } from './app/app-context';
import type { Config } from './config';
import { type Db, openDatabase } from './store/db';
import { SqliteUnitOfWork } from './store/unit-of-work';

/** The application wired to its database: what both the bot and the CLI run on. */
export interface Composition {
  db: Db;
  app: AppContext;
  close(): void;
}

/** Opens the database (applying migrations) and builds the use-case context from the config. */
export function compose(config: Config): Composition {
  const db = openDatabase(config.databasePath);
  return {
    db,
    app: {
      uow: new SqliteUnitOfWork(db),
      settings: { roundCalendar: config.roundCalendar, voting: config.voting },
    },
    close: () => db.close(),
  };
}

import type { Db } from './db';
import type { Sql, SqlParams, SqlRunResult } from './sql';
import { statement } from './statement-cache';

type Bindable = {
  all(...args: unknown[]): unknown[];
  get(...args: unknown[]): unknown;
  run(...args: unknown[]): { changes: number };
};

function bound<K extends 'all' | 'get' | 'run'>(
  s: Bindable,
  method: K,
  params: SqlParams | undefined,
): ReturnType<Bindable[K]> {
  if (params === undefined) return s[method]() as ReturnType<Bindable[K]>;
  if (Array.isArray(params)) return s[method](...params) as ReturnType<Bindable[K]>;
  return s[method](params) as ReturnType<Bindable[K]>;
}

/**
 * The repositories' executor on better-sqlite3. The statements run
 * synchronously (SQLite is in-process); the Promise only gives the ports their
 * common shape. Statements are prepared once per connection.
 */
export class SqliteSql implements Sql {
  readonly dialect = 'sqlite' as const;

  constructor(readonly db: Db) {}

  async all<R>(text: string, params?: SqlParams): Promise<R[]> {
    return bound(statement(this.db, text) as unknown as Bindable, 'all', params) as R[];
  }

  async get<R>(text: string, params?: SqlParams): Promise<R | undefined> {
    return bound(statement(this.db, text) as unknown as Bindable, 'get', params) as R | undefined;
  }

  async run(text: string, params?: SqlParams): Promise<SqlRunResult> {
    const result = bound(statement(this.db, text) as unknown as Bindable, 'run', params);
    return { changes: result.changes };
  }
}

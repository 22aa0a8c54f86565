import type { Statement } from 'better-sqlite3';
import type { Db } from './db';

/**
 * Past this many distinct SQL texts on one connection the cache stops growing:
 * the repositories' SQL is a fixed set, so more means generated SQL (e.g. an
 * `IN (?, ?, …)` list per length) that would otherwise pin memory for ever.
 */
const MAX_STATEMENTS = 500;

/** One statement cache per connection; a closed connection's entry goes with it. */
const caches = new WeakMap<Db, Map<string, Statement>>();

/**
 * The prepared statement for `sql` on `db`, compiled the first time and reused
 * afterwards. Compiling is a measurable share of each small query's cost
 * (SQLite parses and plans the text every time). Behaviour is the same as
 * `db.prepare(sql)`: better-sqlite3 statements are reusable and rebind on each
 * call, and none of the repositories changes a statement's mode (`pluck`,
 * `raw`, `expand`), which would leak into the next caller.
 */
export function statement(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const cached = cache.get(sql);
  if (cached) return cached;
  const prepared = db.prepare(sql);
  if (cache.size < MAX_STATEMENTS) cache.set(sql, prepared);
  return prepared;
}

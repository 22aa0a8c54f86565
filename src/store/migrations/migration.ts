/**
 * One numbered schema change, applied once, in order, inside a transaction, in
 * both engines' dialects: `sql` for SQLite, `postgres` for PostgreSQL. The two
 * must leave the same schema (tables, columns, constraints, indexes, defaults);
 * test/unit/store/pg-foundation.test.ts compares them after every migration.
 */
export interface Migration {
  version: number;
  name: string;
  /** The change in SQLite's dialect. */
  sql: string;
  /**
   * The same change in PostgreSQL's dialect. Every TEXT column is `COLLATE "C"`,
   * so text compares and sorts bytewise as SQLite's BINARY collation does;
   * `INTEGER PRIMARY KEY AUTOINCREMENT` becomes a BIGINT identity column, BLOB
   * BYTEA and REAL DOUBLE PRECISION. A SQLite table rebuild may be a plain
   * ALTER TABLE here, as long as the resulting schema is the same.
   */
  postgres: string;
}

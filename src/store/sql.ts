/**
 * The one way the repositories reach a database: SQL text with `?`
 * placeholders and positional parameters (or `@name` and an object), run on whatever engine the
 * deployment chose. The repositories' SQL is written in the subset SQLite and
 * PostgreSQL share (standard DML, `ON CONFLICT`, `RETURNING`, text timestamps
 * in ISO 8601, integers for booleans), so one set of statements serves both;
 * each adapter translates what little differs (PostgreSQL's `$1` placeholders).
 */

/** A parameter value both engines store the same way. */
export type SqlValue = string | number | bigint | null | Buffer | Uint8Array;

/**
 * Positional parameters for `?`, or named ones for `@name` (an object whose
 * other members are ignored, so a domain object can be passed as it is).
 */
export type SqlParams = readonly SqlValue[] | object;

export type SqlDialect = 'sqlite' | 'postgres';

export interface SqlRunResult {
  /** Rows the statement inserted, updated or deleted. */
  changes: number;
}

/** A connection (or the transaction it is in): what a repository runs its statements on. */
export interface Sql {
  readonly dialect: SqlDialect;
  /** Every row of a query. */
  all<R>(text: string, params?: SqlParams): Promise<R[]>;
  /** The first row of a query, or undefined. */
  get<R>(text: string, params?: SqlParams): Promise<R | undefined>;
  /** A statement that returns no rows. */
  run(text: string, params?: SqlParams): Promise<SqlRunResult>;
}

import { type CustomTypesConfig, type QueryConfig, type QueryResult, type QueryResultRow, types } from 'pg';
import type { Sql, SqlParams, SqlRunResult, SqlValue } from '../sql';

/** Type OIDs whose default parsing differs from what the repositories expect of SQLite. */
const OID = { bool: 16, int8: 20, numeric: 1700 } as const;

/** BIGINT and COUNT(*)/SUM(integer) come as strings by default (they may exceed 2^53); here they are numbers. */
function parseInt8(text: string): number {
  const n = Number(text);
  // A wrong number would be worse than an error: the identity sequences and counts never get near 2^53.
  if (!Number.isSafeInteger(n)) throw new RangeError(`BIGINT ${text} does not fit in a JavaScript number`);
  return n;
}

/**
 * How result columns become JavaScript values, given to the pool (and to each
 * query) rather than set on `pg.types`, which would change every other user of
 * `pg` in the process. BIGINT (int8) and NUMERIC become numbers, as SQLite's
 * INTEGER and REAL are; BOOLEAN (only ever the result of an expression such as
 * `EXISTS (…)` or `a = b`, the schema has none) becomes 1 or 0, as SQLite
 * returns it; BYTEA stays the default, a Buffer, like SQLite's BLOB.
 */
export const PG_TYPES: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (format === undefined || format === 'text') {
      if (oid === OID.int8) return parseInt8;
      if (oid === OID.numeric) return Number;
      if (oid === OID.bool) return (text: string) => (text === 't' ? 1 : 0);
    }
    return types.getTypeParser(oid, format);
  }) as CustomTypesConfig['getTypeParser'],
};

/** What {@link PgSql} runs its statements on: a `pg` Pool, Client or PoolClient. */
export interface PgQueryable {
  query<R extends QueryResultRow>(config: QueryConfig<unknown[]>): Promise<QueryResult<R>>;
}

/** A statement's text for PostgreSQL and how to order its parameters. */
export interface Translation {
  text: string;
  /** The `@name` parameters in `$n` order, or null when the statement uses `?`. */
  names: readonly string[] | null;
  /** How many parameters the statement takes. */
  count: number;
}

/**
 * Past this many distinct texts the cache stops growing: the repositories' SQL
 * is a fixed set, so more means generated SQL (an `IN (?, ?, …)` per length).
 */
const MAX_TRANSLATIONS = 1000;
const translations = new Map<string, Translation>();

const isIdentStart = (c: string): boolean => /[A-Za-z_]/.test(c);
const isIdentPart = (c: string): boolean => /[A-Za-z0-9_]/.test(c);

/**
 * Rewrites SQLite-style placeholders as PostgreSQL's: each `?` becomes the next
 * `$n`, and each distinct `@name` gets one `$n` (used wherever the name
 * appears). Text inside single-quoted literals, double-quoted identifiers and
 * comments is copied as it is, so `'?'` and `'a@b'` stay literals. Only the
 * standard quoting the shared subset uses is understood: PostgreSQL's `E'…'`
 * backslash escapes and `$$…$$` strings are not.
 */
export function translatePlaceholders(sql: string): Translation {
  const cached = translations.get(sql);
  if (cached) return cached;
  let out = '';
  let positional = 0;
  const names: string[] = [];
  let i = 0;
  const copyUntil = (end: number): void => {
    out += sql.slice(i, end);
    i = end;
  };
  while (i < sql.length) {
    const c = sql.charAt(i);
    const next = sql.charAt(i + 1);
    if (c === "'" || c === '"') {
      // A doubled quote inside the literal is an escaped quote: the scan goes on past it.
      let j = i + 1;
      for (;;) {
        const k = sql.indexOf(c, j);
        if (k === -1) {
          j = sql.length;
          break;
        }
        if (sql.charAt(k + 1) === c) {
          j = k + 2;
          continue;
        }
        j = k + 1;
        break;
      }
      copyUntil(j);
    } else if (c === '-' && next === '-') {
      const k = sql.indexOf('\n', i);
      copyUntil(k === -1 ? sql.length : k);
    } else if (c === '/' && next === '*') {
      const k = sql.indexOf('*/', i + 2);
      copyUntil(k === -1 ? sql.length : k + 2);
    } else if (c === '?') {
      if (/[0-9]/.test(next)) throw new Error(`numbered placeholders (?NNN) are not supported: ${sql}`);
      positional += 1;
      out += `$${positional}`;
      i += 1;
    } else if (c === '@' && isIdentStart(next)) {
      let j = i + 1;
      while (j < sql.length && isIdentPart(sql.charAt(j))) j += 1;
      const name = sql.slice(i + 1, j);
      let index = names.indexOf(name);
      if (index === -1) index = names.push(name) - 1;
      out += `$${index + 1}`;
      i = j;
    } else {
      out += c;
      i += 1;
    }
  }
  if (positional > 0 && names.length > 0) throw new Error(`a statement cannot mix ? and @name placeholders: ${sql}`);
  const translation: Translation = {
    text: out,
    names: names.length > 0 ? names : null,
    count: positional + names.length,
  };
  if (translations.size < MAX_TRANSLATIONS) translations.set(sql, translation);
  return translation;
}

const isBinary = (v: unknown): v is Buffer | Uint8Array => v instanceof Uint8Array;

/** A value as `pg` sends it, refusing what better-sqlite3 would refuse, so both engines accept the same calls. */
function bindable(value: unknown, what: string): SqlValue {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') {
    return value;
  }
  if (Buffer.isBuffer(value)) return value;
  if (isBinary(value)) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  throw new TypeError(
    `${what}: only numbers, strings, bigints, buffers and null can be bound (got ${value === undefined ? 'undefined' : typeof value})`,
  );
}

/** Whether `v` is an object of named parameters rather than a value. */
const isNamed = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === 'object' && v !== null && !isBinary(v) && !Array.isArray(v);

/** The `$n` values of a statement, from positional `?` values or an object of `@name` values. */
export function bindValues(translation: Translation, params: SqlParams | undefined, sql: string): SqlValue[] {
  if (translation.names) {
    // better-sqlite3 also takes the object as the only element of an array (`stmt.run(...[obj])`).
    const named = Array.isArray(params) && params.length === 1 ? params[0] : params;
    if (!isNamed(named)) throw new RangeError(`named parameters need an object of values: ${sql}`);
    return translation.names.map((name) => {
      if (!(name in named)) throw new RangeError(`Missing named parameter "${name}": ${sql}`);
      return bindable(named[name], `parameter @${name}`);
    });
  }
  const values = params === undefined ? [] : params;
  if (!Array.isArray(values)) throw new RangeError(`positional parameters need an array of values: ${sql}`);
  if (values.length !== translation.count) {
    throw new RangeError(`the statement takes ${translation.count} parameters, ${values.length} given: ${sql}`);
  }
  return values.map((v: unknown, i: number) => bindable(v, `parameter ${i + 1}`));
}

/**
 * The repositories' executor on PostgreSQL, over one `pg` client (in a
 * transaction: see runPgTransaction) or a pool. The SQLite-style placeholders
 * are rewritten once per distinct text.
 */
export class PgSql implements Sql {
  readonly dialect = 'postgres' as const;

  constructor(readonly client: PgQueryable) {}

  private async query<R extends QueryResultRow>(sql: string, params: SqlParams | undefined): Promise<QueryResult<R>> {
    const translation = translatePlaceholders(sql);
    const values = bindValues(translation, params, sql);
    return this.client.query<R>({ text: translation.text, values, types: PG_TYPES });
  }

  async all<R>(text: string, params?: SqlParams): Promise<R[]> {
    const result = await this.query<QueryResultRow>(text, params);
    return result.rows as R[];
  }

  async get<R>(text: string, params?: SqlParams): Promise<R | undefined> {
    const result = await this.query<QueryResultRow>(text, params);
    return result.rows[0] as R | undefined;
  }

  async run(text: string, params?: SqlParams): Promise<SqlRunResult> {
    const result = await this.query<QueryResultRow>(text, params);
    return { changes: result.rowCount ?? 0 };
  }
}

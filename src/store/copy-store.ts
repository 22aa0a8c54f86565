/**
 * Copying a whole store from one database to another: the embedded SQLite
 * file to PostgreSQL when a deployment outgrows it, and back. The copy reads
 * one consistent snapshot of the source, writes the target in one
 * transaction, and commits only after reading every table back and finding
 * the same rows (count and SHA-256 of the content) on both sides, so a target
 * is either a faithful copy or left as it was.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { Pool, PoolClient } from 'pg';
import { type Db, openDatabase } from './db';
import { MIGRATIONS } from './migrations';
import { migratePostgres, openPostgres } from './pg/pg-database';
import { PG_TYPES } from './pg/pg-sql';
import type { SqlDialect } from './sql';

/** A database to copy from or to: an SQLite file or a PostgreSQL URL (a StoreLocation will do). */
export type StoreEndpoint = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export type CopySide = 'source' | 'target';

/** Why a copy was refused or undone; the target holds what it held before. */
export type CopyProblem =
  | { reason: 'same-database' }
  /** The source SQLite file does not exist (nothing is created in its place). */
  | { reason: 'source-missing'; location: string }
  /** A database could not be opened, reached or migrated. */
  | { reason: 'cannot-open'; side: CopySide; location: string; detail: string }
  /** It has no `schema_migrations`: not a Skate-boten database. */
  | { reason: 'not-skate'; side: CopySide; location: string }
  /** Its schema is older or newer than this version of the bot's. */
  | { reason: 'schema-version'; side: CopySide; location: string; found: number; latest: number }
  /**
   * The two schemas differ: a table or column (`column` null: the table) only one side has
   * (`only`), or one both have with a different type or primary key (`only` null).
   */
  | { reason: 'schema-differs'; table: string; column: string | null; only: CopySide | null }
  | { reason: 'target-not-empty'; location: string; table: string; rows: number }
  /** Reading or writing a table failed (a constraint, a value one engine cannot hold, a lost connection). */
  | { reason: 'copy-failed'; table: string; detail: string }
  /** Reading the target back did not give what was read from the source. */
  | { reason: 'mismatch'; table: string; what: 'rows' | 'checksum'; source: string; target: string };

/** A copy that did not happen, with the reason as data for the caller to word. */
export class CopyRefused extends Error {
  constructor(readonly problem: CopyProblem) {
    super(`copy refused: ${JSON.stringify(problem)}`);
    this.name = 'CopyRefused';
  }
}

/** One table as copied: its rows and the SHA-256 of its content, equal on both sides. */
export interface TableCopy {
  table: string;
  rows: number;
  checksum: string;
}

export interface CopyReport {
  /** Every data table, in the order copied (parents before the tables that refer to them). */
  tables: TableCopy[];
  rows: number;
  schemaVersion: number;
  elapsedMs: number;
}

export interface CopyOptions {
  /** Rows per multi-row INSERT (default 500; fewer when the columns would exceed the engine's parameter limit). */
  batchRows?: number;
  /** How long to wait for a PostgreSQL connection (default 5 s). */
  connectTimeoutMs?: number;
}

const DEFAULT_BATCH_ROWS = 500;
/** A batch is also sent when its values reach this size, so tables of documents do not fill the memory. */
const MAX_BATCH_BYTES = 16 * 1024 * 1024;
/** Bound parameters per statement: SQLite's SQLITE_MAX_VARIABLE_NUMBER (since 3.32), PostgreSQL's protocol limit. */
const MAX_PARAMS: Record<SqlDialect, number> = { sqlite: 32_766, postgres: 65_535 };

const LATEST = Math.max(0, ...MIGRATIONS.map((m) => m.version));

/** `postgres://…` and `postgresql://…` are PostgreSQL; anything else is the path of an SQLite file. */
export function parseEndpoint(text: string): StoreEndpoint {
  return /^postgres(ql)?:\/\//i.test(text) ? { kind: 'postgres', url: text } : { kind: 'sqlite', path: text };
}

/** The endpoint as it may be shown: an SQLite file's absolute path, a URL without its password. */
export function describeEndpoint(endpoint: StoreEndpoint): string {
  if (endpoint.kind === 'sqlite') return resolve(endpoint.path);
  return endpoint.url
    .replace(/^(postgres(?:ql)?:\/\/[^:@/?#]*):[^@/?#]*@/i, '$1:***@')
    .replace(/([?&]password=)[^&#]*/gi, '$1***');
}

function sameDatabase(a: StoreEndpoint, b: StoreEndpoint): boolean {
  if (a.kind === 'sqlite' && b.kind === 'sqlite') return resolve(a.path) === resolve(b.path);
  if (a.kind === 'postgres' && b.kind === 'postgres') return a.url.trim() === b.url.trim();
  return false;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** An identifier quoted for both engines. */
const q = (name: string): string => `"${name.replace(/"/g, '""')}"`;

// --- the catalogue ------------------------------------------------------------------------------

/** A column's storage class, named alike for both engines. */
type ColumnKind = 'integer' | 'real' | 'text' | 'blob' | string;

interface TableInfo {
  name: string;
  /** Column name → kind. */
  columns: Map<string, ColumnKind>;
  primaryKey: string[];
  /** The column that numbers the rows (an AUTOINCREMENT rowid, an identity or serial column), or null. */
  identity: string | null;
  /** The tables its foreign keys refer to. */
  references: Set<string>;
}

type Catalog = Map<string, TableInfo>;

/** SQLite's type affinity rules (https://sqlite.org/datatype3.html, 3.1). */
function sqliteKind(declared: string): ColumnKind {
  const t = declared.toUpperCase();
  if (t.includes('INT')) return 'integer';
  if (t.includes('CHAR') || t.includes('CLOB') || t.includes('TEXT')) return 'text';
  if (t === '' || t.includes('BLOB')) return 'blob';
  return 'real';
}

function postgresKind(dataType: string): ColumnKind {
  if (['integer', 'bigint', 'smallint'].includes(dataType)) return 'integer';
  if (['double precision', 'real', 'numeric'].includes(dataType)) return 'real';
  if (['text', 'character varying', 'character'].includes(dataType)) return 'text';
  if (dataType === 'bytea') return 'blob';
  return dataType;
}

/** The first difference between the two catalogues, or null when they have the same tables, columns and keys. */
function schemaDifference(source: Catalog, target: Catalog): CopyProblem | null {
  const names = [...new Set([...source.keys(), ...target.keys()])].sort();
  for (const name of names) {
    const s = source.get(name);
    const t = target.get(name);
    if (!s || !t) return { reason: 'schema-differs', table: name, column: null, only: s ? 'source' : 'target' };
    const columns = [...new Set([...s.columns.keys(), ...t.columns.keys()])].sort();
    for (const column of columns) {
      const sk = s.columns.get(column);
      const tk = t.columns.get(column);
      if (sk === undefined || tk === undefined) {
        return { reason: 'schema-differs', table: name, column, only: sk === undefined ? 'target' : 'source' };
      }
      if (sk !== tk) return { reason: 'schema-differs', table: name, column, only: null };
    }
    if (s.primaryKey.join(',') !== t.primaryKey.join(',')) {
      return { reason: 'schema-differs', table: name, column: null, only: null };
    }
  }
  return null;
}

/**
 * The tables in an order in which every table comes after the tables its
 * foreign keys refer to (alphabetical where the keys leave a choice). The
 * constraints are not deferrable, so the order is what lets each INSERT pass.
 */
export function foreignKeyOrder(tables: ReadonlyMap<string, { references: ReadonlySet<string> }>): string[] {
  const placed = new Set<string>();
  const order: string[] = [];
  const waiting = [...tables.keys()].sort();
  while (waiting.length > 0) {
    const ready = waiting.find((name) =>
      [...(tables.get(name)?.references ?? [])].every((p) => p === name || placed.has(p) || !tables.has(p)),
    );
    if (ready === undefined) throw new Error(`the foreign keys of ${waiting.join(', ')} form a cycle`);
    waiting.splice(waiting.indexOf(ready), 1);
    placed.add(ready);
    order.push(ready);
  }
  return order;
}

// --- the checksum -------------------------------------------------------------------------------

/**
 * A value as both engines' drivers return the same stored value: numbers as
 * numbers (SQLite's INTEGER, possibly a BigInt, and PostgreSQL's INTEGER or
 * BIGINT alike; a REAL as the shortest text that reads back as the same
 * double, so 0.5 is 0.5 on both sides and 5.0 is 5), BLOB and BYTEA as hex,
 * text as text, NULL as null. Each is tagged with its kind, so the text '5'
 * and the number 5 differ.
 */
export function canonicalValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return `n:${value}`;
  if (typeof value === 'number') return `n:${Number.isInteger(value) ? BigInt(value).toString() : String(value)}`;
  if (typeof value === 'string') return `t:${value}`;
  if (value instanceof Uint8Array) {
    return `x:${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')}`;
  }
  if (typeof value === 'boolean') return `n:${value ? 1 : 0}`;
  throw new TypeError(`cannot checksum a value of type ${typeof value}`);
}

/** Adds one row (its values in the table's sorted column order) to a table's checksum. */
function hashRow(hash: Hash, row: readonly unknown[]): void {
  hash.update(JSON.stringify(row.map(canonicalValue)));
  hash.update('\n');
}

const approxBytes = (row: readonly unknown[]): number =>
  row.reduce<number>(
    (n, v) => n + (v instanceof Uint8Array ? v.byteLength : typeof v === 'string' ? v.length * 2 : 8),
    0,
  );

// --- the two engines ----------------------------------------------------------------------------

/** One open database in one transaction: what the copy reads and writes through. */
interface Side {
  readonly dialect: SqlDialect;
  /** The highest applied migration, or null when there is no `schema_migrations`. */
  schemaVersion(): Promise<number | null>;
  catalog(): Promise<Catalog>;
  count(table: string): Promise<number>;
  /** The rows of `table`, each as the values of `columns`, ordered by the primary key. */
  rows(table: TableInfo, columns: readonly string[], batchRows: number): AsyncIterable<unknown[]>;
  insert(table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<void>;
  /** The number the table's identity would hand out next, as far as this side knows it; null if it cannot tell. */
  nextIdentity(table: TableInfo): Promise<number | null>;
  maxOf(table: string, column: string): Promise<number | null>;
  /** Makes the identity hand out `next` (or more) next. */
  setNextIdentity(table: TableInfo, next: number): Promise<void>;
  /** Blocks other writers to these tables until the transaction ends (PostgreSQL; SQLite's write lock covers it). */
  lockForWriting(tables: readonly string[]): Promise<void>;
  commit(): Promise<void>;
  /** Ends the transaction (rolling back what was not committed) and closes the connection. */
  close(): Promise<void>;
}

/** Text columns order bytewise in both (BINARY, COLLATE "C"), whatever collation a column declares. */
function orderBy(table: TableInfo, dialect: SqlDialect): string {
  const keys = table.primaryKey.length > 0 ? table.primaryKey : [...table.columns.keys()].sort();
  const collate = dialect === 'sqlite' ? ' COLLATE BINARY' : ' COLLATE "C"';
  return keys.map((k) => `${q(k)}${table.columns.get(k) === 'text' ? collate : ''}`).join(', ');
}

class SqliteSide implements Side {
  readonly dialect = 'sqlite' as const;
  private inTransaction = false;

  private constructor(private readonly db: Db) {}

  /** The source: read-only, never created; one read transaction holds its snapshot. */
  static openSnapshot(path: string): SqliteSide {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      const side = new SqliteSide(db);
      db.exec('BEGIN DEFERRED');
      side.inTransaction = true;
      // The snapshot is taken at the first read: this one.
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      return side;
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /** The target: created and migrated if need be, in one write transaction. */
  static openForWriting(path: string): SqliteSide {
    const db = openDatabase(path);
    try {
      const side = new SqliteSide(db);
      db.exec('BEGIN IMMEDIATE');
      side.inTransaction = true;
      return side;
    } catch (error) {
      db.close();
      throw error;
    }
  }

  async schemaVersion(): Promise<number | null> {
    const exists = this.db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
      .get();
    if (!exists) return null;
    const row = this.db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
    return row.v ?? 0;
  }

  async catalog(): Promise<Catalog> {
    const tables = this.db
      .prepare(
        `SELECT name, sql FROM sqlite_master
         WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> 'schema_migrations'`,
      )
      .all() as { name: string; sql: string }[];
    const catalog: Catalog = new Map();
    for (const { name, sql } of tables) {
      const columns = this.db.prepare(`SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid`).all(name) as {
        name: string;
        type: string;
        pk: number;
      }[];
      const keys = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
      const references = this.db
        .prepare('SELECT DISTINCT "table" AS parent FROM pragma_foreign_key_list(?)')
        .all(name) as {
        parent: string;
      }[];
      // Only AUTOINCREMENT keeps a high-water mark (sqlite_sequence); a plain rowid alias reuses max + 1.
      const [key] = keys;
      const identity =
        keys.length === 1 && key && key.type.toUpperCase() === 'INTEGER' && /\bAUTOINCREMENT\b/i.test(sql)
          ? key.name
          : null;
      catalog.set(name, {
        name,
        columns: new Map(columns.map((c) => [c.name, sqliteKind(c.type)])),
        primaryKey: keys.map((c) => c.name),
        identity,
        references: new Set(references.map((r) => r.parent)),
      });
    }
    return catalog;
  }

  async count(table: string): Promise<number> {
    return (this.db.prepare(`SELECT count(*) AS n FROM ${q(table)}`).get() as { n: number }).n;
  }

  async *rows(table: TableInfo, columns: readonly string[]): AsyncIterable<unknown[]> {
    const statement = this.db.prepare(
      `SELECT ${columns.map(q).join(', ')} FROM ${q(table.name)} ORDER BY ${orderBy(table, 'sqlite')}`,
    );
    // BigInts, so that no INTEGER beyond 2^53 is silently rounded on its way to the target.
    statement.raw(true).safeIntegers(true);
    for (const row of statement.iterate()) yield row as unknown[];
  }

  async insert(table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<void> {
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const text = `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES ${rows.map(() => tuple).join(', ')}`;
    this.db.prepare(text).run(...rows.flat());
  }

  async nextIdentity(table: TableInfo): Promise<number | null> {
    if (!table.identity) return null;
    const row = this.db.prepare('SELECT seq FROM sqlite_sequence WHERE name = ?').get(table.name) as
      | { seq: number }
      | undefined;
    return row ? row.seq + 1 : null;
  }

  async maxOf(table: string, column: string): Promise<number | null> {
    return (this.db.prepare(`SELECT max(${q(column)}) AS m FROM ${q(table)}`).get() as { m: number | null }).m;
  }

  async setNextIdentity(table: TableInfo, next: number): Promise<void> {
    if (!table.identity) return;
    // The inserts moved sqlite_sequence to the highest copied number; this raises it to the source's mark.
    const last = next - 1;
    const updated = this.db
      .prepare('UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?')
      .run(last, table.name);
    if (updated.changes === 0 && last > 0) {
      this.db.prepare('INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)').run(table.name, last);
    }
  }

  async lockForWriting(): Promise<void> {
    // BEGIN IMMEDIATE already holds the database's write lock.
  }

  async commit(): Promise<void> {
    this.db.exec('COMMIT');
    this.inTransaction = false;
  }

  async close(): Promise<void> {
    try {
      if (this.inTransaction && this.db.inTransaction) this.db.exec('ROLLBACK');
    } finally {
      this.inTransaction = false;
      if (this.db.open) this.db.close();
    }
  }
}

/** A PostgreSQL column type for a cast, so that a VALUES list of only NULLs still has the column's type. */
const CASTABLE = /^[a-z ]+$/;

class PgSide implements Side {
  readonly dialect = 'postgres' as const;
  private inTransaction = false;
  private broken: Error | undefined;
  /** Table → column → PostgreSQL data type, from the catalogue. */
  private readonly types = new Map<string, Map<string, string>>();
  private cursors = 0;

  private constructor(
    private readonly pool: Pool,
    private readonly client: PoolClient,
  ) {
    client.on('error', (error) => {
      this.broken = error;
    });
  }

  private static async connect(url: string, options: CopyOptions, migrate: boolean): Promise<PgSide> {
    const pool = openPostgres(url, { max: 2, connectionTimeoutMillis: options.connectTimeoutMs ?? 5000 });
    try {
      if (migrate) await migratePostgres(pool);
      return new PgSide(pool, await pool.connect());
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
  }

  /** The source: one REPEATABLE READ READ ONLY transaction, a single snapshot of every table. */
  static async openSnapshot(url: string, options: CopyOptions): Promise<PgSide> {
    const side = await PgSide.connect(url, options, false);
    try {
      await side.begin('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      return side;
    } catch (error) {
      await side.close();
      throw error;
    }
  }

  /**
   * The target: migrated, then one write transaction. READ COMMITTED is enough: the copy takes an
   * EXCLUSIVE lock on every table before it looks, so nothing else writes to them until it commits.
   */
  static async openForWriting(url: string, options: CopyOptions): Promise<PgSide> {
    const side = await PgSide.connect(url, options, true);
    try {
      await side.begin('BEGIN ISOLATION LEVEL READ COMMITTED');
      // Rather a clear failure than waiting for ever on a bot that still has the tables open.
      await side.client.query(`SET LOCAL lock_timeout = '10s'`);
      return side;
    } catch (error) {
      await side.close();
      throw error;
    }
  }

  private async begin(statement: string): Promise<void> {
    await this.client.query(statement);
    this.inTransaction = true;
    await this.client.query('SET LOCAL statement_timeout = 0');
    // Every double as text that reads back as the same double, also on servers older than 12.
    await this.client.query('SET LOCAL extra_float_digits = 3');
  }

  private async query<R extends object>(text: string, values: unknown[] = []): Promise<R[]> {
    return (await this.client.query<R & object>({ text, values, types: PG_TYPES })).rows;
  }

  async schemaVersion(): Promise<number | null> {
    const [exists] = await this.query<{ t: string | null }>(`SELECT to_regclass('schema_migrations')::text AS t`);
    if (!exists?.t) return null;
    const [row] = await this.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
    return row?.v ?? 0;
  }

  async catalog(): Promise<Catalog> {
    // PG_TYPES returns booleans as 1 and 0.
    const columns = await this.query<{ table_name: string; column_name: string; data_type: string; identity: number }>(
      `SELECT c.table_name, c.column_name, c.data_type,
              (c.is_identity = 'YES' OR coalesce(c.column_default, '') LIKE 'nextval(%') AS identity
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
       WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.table_name <> 'schema_migrations'
       ORDER BY c.table_name, c.ordinal_position`,
    );
    const keys = await this.query<{ table_name: string; column_name: string }>(
      `SELECT tc.table_name, k.column_name
       FROM information_schema.table_constraints tc
       JOIN information_schema.key_column_usage k
         ON k.constraint_schema = tc.constraint_schema AND k.constraint_name = tc.constraint_name
            AND k.table_name = tc.table_name
       WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = current_schema()
       ORDER BY tc.table_name, k.ordinal_position`,
    );
    const references = await this.query<{ child: string; parent: string }>(
      `SELECT DISTINCT c.relname AS child, p.relname AS parent
       FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid
       JOIN pg_class p ON p.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE k.contype = 'f' AND n.nspname = current_schema()`,
    );
    const catalog: Catalog = new Map();
    for (const c of columns) {
      let table = catalog.get(c.table_name);
      if (!table) {
        table = { name: c.table_name, columns: new Map(), primaryKey: [], identity: null, references: new Set() };
        catalog.set(c.table_name, table);
        this.types.set(c.table_name, new Map());
      }
      table.columns.set(c.column_name, postgresKind(c.data_type));
      this.types.get(c.table_name)?.set(c.column_name, c.data_type);
      if (c.identity === 1) table.identity = c.column_name;
    }
    for (const k of keys) catalog.get(k.table_name)?.primaryKey.push(k.column_name);
    for (const r of references) catalog.get(r.child)?.references.add(r.parent);
    return catalog;
  }

  async count(table: string): Promise<number> {
    const [row] = await this.query<{ n: number }>(`SELECT count(*) AS n FROM ${q(table)}`);
    return row?.n ?? 0;
  }

  /** Through a cursor, `batchRows` at a time: a table of documents is never all in memory. */
  async *rows(table: TableInfo, columns: readonly string[], size: number): AsyncIterable<unknown[]> {
    const batchRows = Math.max(1, Math.floor(size));
    this.cursors += 1;
    const cursor = `skate_copy_${this.cursors}`;
    await this.client.query(
      `DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT ${columns.map(q).join(', ')} FROM ${q(table.name)} ORDER BY ${orderBy(table, 'postgres')}`,
    );
    let finished = false;
    try {
      for (;;) {
        const batch = await this.client.query<unknown[]>({
          text: `FETCH FORWARD ${batchRows} FROM ${cursor}`,
          rowMode: 'array',
          types: PG_TYPES,
        });
        for (const row of batch.rows) yield row;
        if (batch.rows.length < batchRows) break;
      }
      finished = true;
    } finally {
      // After a failed statement the transaction is aborted and the cursor gone with it.
      if (finished) await this.client.query(`CLOSE ${cursor}`);
    }
  }

  async insert(table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<void> {
    const types = this.types.get(table);
    const values: unknown[] = [];
    const tuples = rows.map((row) => {
      const placeholders = columns.map((column, i) => {
        values.push(row[i] ?? null);
        const type = types?.get(column);
        return type && CASTABLE.test(type) ? `$${values.length}::${type}` : `$${values.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    await this.client.query({
      text: `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES ${tuples.join(', ')}`,
      values,
    });
  }

  private async sequenceOf(table: TableInfo): Promise<string | null> {
    if (!table.identity) return null;
    const [row] = await this.query<{ s: string | null }>('SELECT pg_get_serial_sequence($1, $2) AS s', [
      q(table.name),
      table.identity,
    ]);
    return row?.s ?? null;
  }

  async nextIdentity(table: TableInfo): Promise<number | null> {
    const sequence = await this.sequenceOf(table);
    if (!sequence) return null;
    // A sequence is not part of the snapshot: this is its latest value, which is at least the snapshot's.
    const [row] = await this.query<{ last_value: number; is_called: number }>(
      `SELECT last_value, is_called FROM ${sequence}`,
    );
    if (!row) return null;
    return row.is_called ? row.last_value + 1 : row.last_value;
  }

  async maxOf(table: string, column: string): Promise<number | null> {
    const [row] = await this.query<{ m: number | null }>(`SELECT max(${q(column)}) AS m FROM ${q(table)}`);
    return row?.m ?? null;
  }

  /** setval is not transactional: it is called only after the copy has been verified, just before COMMIT. */
  async setNextIdentity(table: TableInfo, next: number): Promise<void> {
    const sequence = await this.sequenceOf(table);
    if (!sequence) return;
    await this.query('SELECT setval($1::regclass, $2, false)', [sequence, next]);
  }

  async lockForWriting(tables: readonly string[]): Promise<void> {
    if (tables.length === 0) return;
    await this.client.query(`LOCK TABLE ${tables.map(q).join(', ')} IN EXCLUSIVE MODE`);
  }

  async commit(): Promise<void> {
    await this.client.query('COMMIT');
    this.inTransaction = false;
  }

  async close(): Promise<void> {
    try {
      if (this.inTransaction && !this.broken) await this.client.query('ROLLBACK');
    } catch (error) {
      this.broken ??= error instanceof Error ? error : new Error(String(error));
    } finally {
      this.inTransaction = false;
      this.client.release(this.broken ?? false);
      await this.pool.end().catch(() => undefined);
    }
  }
}

// --- opening ------------------------------------------------------------------------------------

async function openSnapshot(endpoint: StoreEndpoint, side: CopySide, options: CopyOptions): Promise<Side> {
  const location = describeEndpoint(endpoint);
  // Checked first: opening a file that is not there must not create it.
  if (endpoint.kind === 'sqlite' && !existsSync(endpoint.path))
    throw new CopyRefused({ reason: 'source-missing', location });
  try {
    if (endpoint.kind === 'sqlite') return SqliteSide.openSnapshot(endpoint.path);
    return await PgSide.openSnapshot(endpoint.url, options);
  } catch (error) {
    throw new CopyRefused({ reason: 'cannot-open', side, location, detail: message(error) });
  }
}

async function openForWriting(endpoint: StoreEndpoint, options: CopyOptions): Promise<Side> {
  try {
    if (endpoint.kind === 'sqlite') return SqliteSide.openForWriting(endpoint.path);
    return await PgSide.openForWriting(endpoint.url, options);
  } catch (error) {
    throw new CopyRefused({
      reason: 'cannot-open',
      side: 'target',
      location: describeEndpoint(endpoint),
      detail: message(error),
    });
  }
}

async function requireLatestSchema(db: Side, side: CopySide, endpoint: StoreEndpoint): Promise<number> {
  const location = describeEndpoint(endpoint);
  const version = await db.schemaVersion();
  if (version === null) throw new CopyRefused({ reason: 'not-skate', side, location });
  if (version !== LATEST) {
    throw new CopyRefused({ reason: 'schema-version', side, location, found: version, latest: LATEST });
  }
  return version;
}

// --- copying ------------------------------------------------------------------------------------

const sortedColumns = (table: TableInfo): string[] => [...table.columns.keys()].sort();

async function copyTable(
  source: Side,
  target: Side,
  table: TableInfo,
  batchRows: number,
): Promise<{ rows: number; checksum: string }> {
  const columns = sortedColumns(table);
  const perBatch = Math.max(1, Math.min(batchRows, Math.floor(MAX_PARAMS[target.dialect] / columns.length)));
  const hash = createHash('sha256');
  let batch: unknown[][] = [];
  let bytes = 0;
  let rows = 0;
  for await (const row of source.rows(table, columns, perBatch)) {
    hashRow(hash, row);
    batch.push(row);
    rows += 1;
    bytes += approxBytes(row);
    if (batch.length >= perBatch || bytes >= MAX_BATCH_BYTES) {
      await target.insert(table.name, columns, batch);
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length > 0) await target.insert(table.name, columns, batch);
  return { rows, checksum: hash.digest('hex') };
}

/** The SHA-256 of a table's content as {@link copyTable} computes it while copying. */
async function checksumOf(db: Side, table: TableInfo, batchRows: number): Promise<string> {
  const hash = createHash('sha256');
  for await (const row of db.rows(table, sortedColumns(table), batchRows)) hashRow(hash, row);
  return hash.digest('hex');
}

/**
 * Copies every table of the store at `from` into the store at `to`:
 *
 * 1. opens `from` without writing to it, in one snapshot (a SQLite read
 *    transaction; a PostgreSQL REPEATABLE READ READ ONLY transaction), and
 *    refuses unless its schema is this version's;
 * 2. opens `to` (creating an SQLite file), applies the migrations and starts
 *    one write transaction holding every table against other writers;
 * 3. refuses unless both have the same tables, columns and keys, and every
 *    table of `to` is empty;
 * 4. copies each table, parents first (the foreign keys are not deferrable),
 *    in multi-row INSERTs, hashing the rows as it reads them;
 * 5. reads every table of `to` back: the count and the checksum must equal
 *    the source's, or everything is rolled back;
 * 6. sets each identity column to continue after the highest copied number
 *    (or the source's own high-water mark, if higher), and commits.
 *
 * Throws {@link CopyRefused} for every expected failure; `to` then holds what
 * it held before (an SQLite file it had to create stays, migrated and empty).
 */
export async function copyStore(
  from: StoreEndpoint,
  to: StoreEndpoint,
  options: CopyOptions = {},
): Promise<CopyReport> {
  const started = performance.now();
  if (sameDatabase(from, to)) throw new CopyRefused({ reason: 'same-database' });
  const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
  const source = await openSnapshot(from, 'source', options);
  try {
    const version = await requireLatestSchema(source, 'source', from);
    const target = await openForWriting(to, options);
    try {
      await requireLatestSchema(target, 'target', to);
      const sourceCatalog = await source.catalog();
      const targetCatalog = await target.catalog();
      const difference = schemaDifference(sourceCatalog, targetCatalog);
      if (difference) throw new CopyRefused(difference);
      const order = foreignKeyOrder(targetCatalog);
      try {
        await target.lockForWriting(order);
      } catch (error) {
        const detail = message(error);
        throw new CopyRefused({ reason: 'cannot-open', side: 'target', location: describeEndpoint(to), detail });
      }
      for (const table of order) {
        const rows = await target.count(table);
        if (rows > 0)
          throw new CopyRefused({ reason: 'target-not-empty', location: describeEndpoint(to), table, rows });
      }

      const copied: TableCopy[] = [];
      for (const name of order) {
        const table = sourceCatalog.get(name);
        if (!table) throw new Error(`no table ${name} in the source`);
        try {
          copied.push({ table: name, ...(await copyTable(source, target, table, batchRows)) });
        } catch (error) {
          if (error instanceof CopyRefused) throw error;
          throw new CopyRefused({ reason: 'copy-failed', table: name, detail: message(error) });
        }
      }

      for (const { table: name, rows, checksum } of copied) {
        const table = targetCatalog.get(name);
        if (!table) throw new Error(`no table ${name} in the target`);
        const sourceRows = await source.count(name);
        const targetRows = await target.count(name);
        if (sourceRows !== rows || targetRows !== sourceRows) {
          throw new CopyRefused({
            reason: 'mismatch',
            table: name,
            what: 'rows',
            source: String(sourceRows),
            target: String(targetRows),
          });
        }
        const readBack = await checksumOf(target, table, batchRows);
        if (readBack !== checksum) {
          throw new CopyRefused({
            reason: 'mismatch',
            table: name,
            what: 'checksum',
            source: checksum,
            target: readBack,
          });
        }
      }

      for (const name of order) {
        const table = targetCatalog.get(name);
        if (!table?.identity) continue;
        const sourceTable = sourceCatalog.get(name);
        const copiedMax = await target.maxOf(name, table.identity);
        const sourceNext = sourceTable ? await source.nextIdentity(sourceTable) : null;
        await target.setNextIdentity(table, Math.max((copiedMax ?? 0) + 1, sourceNext ?? 1));
      }
      await target.commit();
      return {
        tables: copied,
        rows: copied.reduce((n, t) => n + t.rows, 0),
        schemaVersion: version,
        elapsedMs: performance.now() - started,
      };
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}

/**
 * Every data table of the store at `endpoint` with its row count and
 * checksum, computed as {@link copyStore} computes them, from one snapshot and
 * without writing: to compare two stores, or a store before and after.
 */
export async function storeChecksums(endpoint: StoreEndpoint, options: CopyOptions = {}): Promise<TableCopy[]> {
  const db = await openSnapshot(endpoint, 'source', options);
  try {
    const catalog = await db.catalog();
    const tables: TableCopy[] = [];
    for (const name of [...catalog.keys()].sort()) {
      const table = catalog.get(name);
      if (!table) continue;
      tables.push({
        table: name,
        rows: await db.count(name),
        checksum: await checksumOf(db, table, options.batchRows ?? DEFAULT_BATCH_ROWS),
      });
    }
    return tables;
  } finally {
    await db.close();
  }
}

/**
 * The PostgreSQL store's foundation: its migrations leave the schema SQLite's
 * leave (so a migration that forgets its PostgreSQL twin fails here), the
 * executor's placeholders and value types, transactions with their retries
 * and nesting, and migrations run by replicas starting together.
 */
import type { Pool } from 'pg';
import { type Db, migrate, openDatabase } from '../../../src/store/db';
import { MIGRATIONS } from '../../../src/store/migrations';
import type { Migration } from '../../../src/store/migrations/migration';
import { migratePostgres, openPostgres, pingPostgres, postgresSchemaVersion } from '../../../src/store/pg/pg-database';
import { PgSql, translatePlaceholders } from '../../../src/store/pg/pg-sql';
import { isRetryable, MAX_RETRIES, runPgTransaction } from '../../../src/store/pg/pg-transaction';
import type { Sql, SqlValue } from '../../../src/store/sql';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../../helpers/postgres';

jest.setTimeout(60_000);

const SORTED = [...MIGRATIONS].sort((a, b) => a.version - b.version);
const LATEST = SORTED[SORTED.length - 1]?.version ?? 0;

// ---------------------------------------------------------------------------------------------
// A schema as both engines can describe it, in SQLite's terms.

type ColumnType = 'text' | 'integer' | 'real' | 'blob';

interface ColumnSchema {
  type: ColumnType | string;
  notNull: boolean;
  default: string | null;
}

interface TableSchema {
  columns: Record<string, ColumnSchema>;
  primaryKey: string[];
  /** Unique constraints and unique indexes other than the primary key: their columns, and the predicate of a partial one. */
  unique: string[];
  /** Other indexes, by name: their columns, and the predicate of a partial one. */
  indexes: Record<string, string>;
  foreignKeys: string[];
  /** How many CHECK constraints (their wording differs: PostgreSQL rewrites `IN (…)` as `= ANY (ARRAY[…])`). */
  checks: number;
}

type Schema = Record<string, TableSchema>;

/** A default expression without PostgreSQL's casts: `'[]'::text` → `'[]'`. */
const normaliseDefault = (d: string | null): string | null => (d === null ? null : d.replace(/::[a-z ]+$/i, ''));
/** A partial index's predicate, without the parentheses and spacing each engine adds. */
const normalisePredicate = (p: string): string => p.replace(/[()\s]/g, '').toLowerCase();
const indexKey = (cols: string[], predicate: string | null): string =>
  `(${cols.join(', ')})${predicate ? ` WHERE ${normalisePredicate(predicate)}` : ''}`;

const SQLITE_TYPES: Record<string, ColumnType> = { TEXT: 'text', INTEGER: 'integer', REAL: 'real', BLOB: 'blob' };
const PG_TYPES: Record<string, ColumnType> = {
  text: 'text',
  integer: 'integer',
  bigint: 'integer',
  'double precision': 'real',
  bytea: 'blob',
};
const PG_ON_DELETE: Record<string, string> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};

function sqliteSchema(db: Db): Schema {
  const schema: Schema = {};
  const tables = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .all() as { name: string; sql: string }[];
  for (const { name, sql } of tables) {
    const info = db.prepare(`PRAGMA table_info(${name})`).all() as {
      name: string;
      type: string;
      notnull: number;
      dflt_value: string | null;
      pk: number;
    }[];
    const columns: Record<string, ColumnSchema> = {};
    for (const c of info) {
      columns[c.name] = {
        type: SQLITE_TYPES[c.type.toUpperCase()] ?? c.type,
        // SQLite lets a non-INTEGER primary key column hold NULL (a legacy quirk); PostgreSQL never does.
        notNull: c.notnull === 1 || c.pk > 0,
        default: normaliseDefault(c.dflt_value),
      };
    }
    const primaryKey = info
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    const unique: string[] = [];
    const indexes: Record<string, string> = {};
    const list = db.prepare(`PRAGMA index_list(${name})`).all() as {
      name: string;
      unique: number;
      origin: string;
      partial: number;
    }[];
    for (const index of list) {
      if (index.origin === 'pk') continue;
      const cols = (db.prepare(`PRAGMA index_info(${index.name})`).all() as { seqno: number; name: string }[])
        .sort((a, b) => a.seqno - b.seqno)
        .map((c) => c.name);
      let predicate: string | null = null;
      if (index.partial) {
        const text = (
          db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?`).get(index.name) as {
            sql: string;
          }
        ).sql;
        predicate = text.replace(/^[\s\S]*?\bWHERE\b/i, '');
      }
      if (index.unique) unique.push(indexKey(cols, predicate));
      else indexes[index.name] = indexKey(cols, predicate);
    }
    const fkRows = db.prepare(`PRAGMA foreign_key_list(${name})`).all() as {
      id: number;
      seq: number;
      table: string;
      from: string;
      to: string;
      on_delete: string;
    }[];
    const foreignKeys = [...new Set(fkRows.map((r) => r.id))].map((id) => {
      const parts = fkRows.filter((r) => r.id === id).sort((a, b) => a.seq - b.seq);
      const first = parts[0];
      return `(${parts.map((p) => p.from).join(', ')}) -> ${first?.table}(${parts.map((p) => p.to).join(', ')}) ON DELETE ${first?.on_delete}`;
    });
    schema[name] = {
      columns,
      primaryKey,
      unique: unique.sort(),
      indexes,
      foreignKeys: foreignKeys.sort(),
      checks: (sql.match(/\bCHECK\s*\(/gi) ?? []).length,
    };
  }
  return schema;
}

async function pgSchema(pool: Pool): Promise<{ schema: Schema; collations: Record<string, string | null> }> {
  const schema: Schema = {};
  const collations: Record<string, string | null> = {};
  const tables = await pool.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`,
  );
  for (const { name } of tables.rows) {
    schema[name] = { columns: {}, primaryKey: [], unique: [], indexes: {}, foreignKeys: [], checks: 0 };
  }
  const columns = await pool.query<{
    tbl: string;
    name: string;
    type: string;
    not_null: number;
    dflt: string | null;
    collation: string | null;
  }>(`SELECT c.relname AS tbl, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
            a.attnotnull AS not_null, pg_get_expr(d.adbin, d.adrelid) AS dflt, co.collname AS collation
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        LEFT JOIN pg_collation co ON co.oid = a.attcollation
       WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`);
  for (const c of columns.rows) {
    const table = schema[c.tbl];
    if (!table) continue;
    table.columns[c.name] = {
      type: PG_TYPES[c.type] ?? c.type,
      notNull: Boolean(c.not_null),
      default: normaliseDefault(c.dflt),
    };
    if (c.type === 'text') collations[`${c.tbl}.${c.name}`] = c.collation;
  }
  const constraints = await pool.query<{
    tbl: string;
    type: string;
    cols: string[];
    ftable: string | null;
    fcols: string[] | null;
    on_delete: string;
  }>(`SELECT conrelid::regclass::text AS tbl, contype AS type,
            array(SELECT a.attname::text FROM unnest(conkey) WITH ORDINALITY k(n, o)
                  JOIN pg_attribute a ON a.attrelid = conrelid AND a.attnum = k.n ORDER BY k.o) AS cols,
            confrelid::regclass::text AS ftable,
            array(SELECT a.attname::text FROM unnest(confkey) WITH ORDINALITY k(n, o)
                  JOIN pg_attribute a ON a.attrelid = confrelid AND a.attnum = k.n ORDER BY k.o) AS fcols,
            confdeltype AS on_delete
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace`);
  for (const c of constraints.rows) {
    const table = schema[c.tbl];
    if (!table) continue;
    if (c.type === 'p') table.primaryKey = c.cols;
    if (c.type === 'c') table.checks += 1;
    if (c.type === 'f') {
      table.foreignKeys.push(
        `(${c.cols.join(', ')}) -> ${c.ftable}(${(c.fcols ?? []).join(', ')}) ON DELETE ${PG_ON_DELETE[c.on_delete]}`,
      );
    }
  }
  const indexes = await pool.query<{
    name: string;
    tbl: string;
    is_unique: number;
    is_primary: number;
    predicate: string | null;
    cols: string[];
  }>(`SELECT i.relname AS name, t.relname AS tbl, ix.indisunique AS is_unique, ix.indisprimary AS is_primary,
            pg_get_expr(ix.indpred, ix.indrelid) AS predicate,
            array(SELECT a.attname::text FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(n, o)
                  JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.n ORDER BY k.o) AS cols
        FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
       WHERE t.relnamespace = 'public'::regnamespace`);
  for (const index of indexes.rows) {
    const table = schema[index.tbl];
    if (!table || index.is_primary) continue;
    if (index.is_unique) table.unique.push(indexKey(index.cols, index.predicate));
    else table.indexes[index.name] = indexKey(index.cols, index.predicate);
  }
  for (const table of Object.values(schema)) {
    table.unique.sort();
    table.foreignKeys.sort();
  }
  return { schema, collations };
}

// ---------------------------------------------------------------------------------------------

describe('migrations in both dialects', () => {
  it('every migration has a PostgreSQL twin', () => {
    for (const m of SORTED) {
      expect({
        version: m.version,
        hasPostgres: typeof m.postgres === 'string' && m.postgres.trim().length > 0,
      }).toEqual({ version: m.version, hasPostgres: true });
    }
  });
});

describe('placeholder translation', () => {
  it('numbers each ? in order and leaves those in literals, quoted names and comments alone', () => {
    const t = translatePlaceholders(
      `SELECT ?, '?', 'it''s ?', "odd?col", ? -- what?\n, ? /* and ? here */ FROM t WHERE a = ?`,
    );
    expect(t.text).toBe(`SELECT $1, '?', 'it''s ?', "odd?col", $2 -- what?\n, $3 /* and ? here */ FROM t WHERE a = $4`);
    expect(t.count).toBe(4);
    expect(t.names).toBeNull();
  });

  it('gives each distinct @name one $n, wherever it appears, and not inside literals', () => {
    const t = translatePlaceholders(
      `SELECT * FROM t WHERE (@state IS NULL OR state = @state) AND x = @x AND y = 'a@b'`,
    );
    expect(t.text).toBe(`SELECT * FROM t WHERE ($1 IS NULL OR state = $1) AND x = $2 AND y = 'a@b'`);
    expect(t.names).toEqual(['state', 'x']);
  });

  it('caches the translation per text', () => {
    const text = 'SELECT ? AS cached';
    expect(translatePlaceholders(text)).toBe(translatePlaceholders(text));
  });

  it('refuses a statement that mixes ? and @name', () => {
    expect(() => translatePlaceholders('SELECT ?, @a')).toThrow(/mix/);
  });
});

describe('isRetryable', () => {
  it('is true for serialization failures and deadlocks only', () => {
    expect(isRetryable({ code: '40001' })).toBe(true);
    expect(isRetryable({ code: '40P01' })).toBe(true);
    expect(isRetryable({ code: '23505' })).toBe(false);
    expect(isRetryable(new Error('boom'))).toBe(false);
  });
});

describeWithPostgres('PostgreSQL foundation', () => {
  const databases: TestDatabase[] = [];
  const pools: Pool[] = [];
  const sqlites: Db[] = [];

  async function freshPool(max = 4, database?: TestDatabase): Promise<{ pool: Pool; db: TestDatabase }> {
    const db = database ?? (await createTestDatabase());
    if (!database) databases.push(db);
    const pool = openPostgres(db.url, { max, connectionTimeoutMillis: 5000 });
    pools.push(pool);
    return { pool, db };
  }

  function sqlite(migrations: readonly Migration[] = MIGRATIONS): Db {
    const db = openDatabase(':memory:', migrations);
    sqlites.push(db);
    return db;
  }

  afterAll(async () => {
    for (const db of sqlites) db.close();
    await Promise.all(pools.map((p) => p.end()));
    await Promise.all(databases.map((d) => d.drop()));
  });

  describe('schema', () => {
    it('after each migration, PostgreSQL has the tables, columns, keys, indexes and defaults SQLite has', async () => {
      const { pool } = await freshPool();
      for (let n = 1; n <= SORTED.length; n += 1) {
        const upTo = SORTED.slice(0, n);
        const version = upTo[n - 1]?.version;
        await migratePostgres(pool, upTo);
        const expected = sqliteSchema(sqlite(upTo));
        const { schema } = await pgSchema(pool);
        // The version is in both sides so that a failure names the migration at fault.
        expect({ version, schema }).toEqual({ version, schema: expected });
      }
      expect(await postgresSchemaVersion(pool)).toBe(LATEST);
    });

    it('collates every text column bytewise ("C"), and so sorts text as SQLite does', async () => {
      const { pool } = await freshPool();
      await migratePostgres(pool);
      const { collations } = await pgSchema(pool);
      expect(Object.keys(collations).length).toBeGreaterThan(50);
      const notC = Object.entries(collations).filter(([, c]) => c !== 'C');
      expect(notC).toEqual([]);

      const names = ['b', 'B', 'a', 'Å', 'å', 'Z', 'æ', '10', '9', 'ø'];
      const insert = 'INSERT INTO organisations (id, name, org_number) VALUES (?, ?, NULL)';
      const select = 'SELECT name FROM organisations ORDER BY name';
      const pg = new PgSql(pool);
      const lite = sqlite();
      for (const [i, name] of names.entries()) {
        await pg.run(insert, [`o${i}`, name]);
        lite.prepare(insert).run(`o${i}`, name);
      }
      const pgOrder = (await pg.all<{ name: string }>(select)).map((r) => r.name);
      const liteOrder = (lite.prepare(select).all() as { name: string }[]).map((r) => r.name);
      expect(pgOrder).toEqual(liteOrder);
      expect(pgOrder).toEqual(['10', '9', 'B', 'Z', 'a', 'b', 'Å', 'å', 'æ', 'ø']);
    });

    it('accepts and refuses the same e-mail addresses (lower() folds ASCII only in both)', async () => {
      const { pool } = await freshPool();
      await migratePostgres(pool);
      const pg = new PgSql(pool);
      const lite = sqlite();
      const insert = `INSERT INTO people (email, name, locale) VALUES (?, 'P', 'nb')`;
      for (const email of ['kari@x.no', 'Kari@x.no', 'ørjan@x.no', 'Ørjan@x.no']) {
        const liteOk = (() => {
          try {
            lite.prepare(insert).run(email);
            return true;
          } catch {
            return false;
          }
        })();
        const pgOk = await pg.run(insert, [email]).then(
          () => true,
          () => false,
        );
        expect({ email, pgOk }).toEqual({ email, pgOk: liteOk });
      }
    });

    it("migration 8 turns the old votes, recommendations and compiled agendas into the same rows as SQLite's rebuild", async () => {
      const before8 = SORTED.filter((m) => m.version < 8);
      const { pool } = await freshPool();
      await migratePostgres(pool, before8);
      const lite = sqlite(before8);
      const pg = new PgSql(pool);
      const seed: [string, SqlValue[]][] = [
        ['INSERT INTO organisations (id, name) VALUES (?, ?)', ['o1', 'Org']],
        ['INSERT INTO people (email, name, locale, organisation_id) VALUES (?, ?, ?, ?)', ['a@x.no', 'A', 'nb', 'o1']],
        ['INSERT INTO people (email, name, locale, organisation_id) VALUES (?, ?, ?, ?)', ['b@x.no', 'B', 'nn', 'o1']],
        ...['i1', 'i2'].map((id): [string, SqlValue[]] => [
          `INSERT INTO initiatives (id, title, owner_organisation_id, acceptance, focus_area, agreed_result,
               agreed_completion_date, agreed_cost_nok, tolerance_days, tolerance_percent, phase, track)
             VALUES (?, 'T', 'o1', 'accepted', 'f', 'r', '2026-12-31', 1000.5, 10, 5, 'execution', 'skate')`,
          [id],
        ]),
        ["INSERT INTO meetings (id, forum, date) VALUES ('m1', 'skate', '2026-11-01')", []],
        [
          `INSERT INTO rounds (id, skate_meeting_id, deadline, lock_at, state)
           VALUES ('r1', 'm1', '2026-10-01', '2026-10-02', 'open')`,
          [],
        ],
        ...(
          [
            ['a@x.no', 'i1', 'agree', 'fine', 0],
            ['b@x.no', 'i1', 'disagree', 'no', 0],
            ['a@x.no', 'i2', 'oral-briefing', 'tell us', 0],
            ['b@x.no', 'i2', 'separate-item', 'big one', 1],
          ] as const
        ).map((v): [string, SqlValue[]] => [
          `INSERT INTO votes (round_id, initiative_id, voter, choice, comment, recused, at)
           VALUES ('r1', ?, ?, ?, ?, ?, '2026-10-01T10:00:00.000Z')`,
          [v[1], v[0], v[2], v[3], v[4]],
        ]),
        [
          `INSERT INTO recommendations (round_id, initiative_id, text, author, updated_at, typed)
           VALUES ('r1', 'i1', 'typed words', 'a@x.no', '2026-10-01', 1)`,
          [],
        ],
        [
          `INSERT INTO recommendations (round_id, initiative_id, text, author, updated_at, typed)
           VALUES ('r1', 'i2', 'default words', 'system', '2026-10-01', 0)`,
          [],
        ],
        ...[1, 2].map((revision): [string, SqlValue[]] => [
          `INSERT INTO compiled_agendas (round_id, revision, hash, case_number, locale, created_at, created_by,
             markdown, html, docx, heatmap_png, summary) VALUES ('r1', ?, 'h', '26/1', 'nb', 'now', 'a@x.no', 'md', 'html', ?, ?, '{}')`,
          [revision, Buffer.from([0, revision, 255]), Buffer.from('png')],
        ]),
      ];
      for (const [text, params] of seed) {
        lite.prepare(text).run(...params);
        await pg.run(text, params);
      }
      migrate(lite, SORTED);
      expect(await migratePostgres(pool, SORTED)).toEqual([8]);
      for (const select of [
        'SELECT * FROM votes ORDER BY seq',
        'SELECT * FROM recommendations ORDER BY initiative_id',
        'SELECT * FROM compiled_agendas ORDER BY revision',
        'SELECT * FROM agenda_items',
        'SELECT * FROM decisions',
      ]) {
        expect({ select, rows: await pg.all(select) }).toEqual({ select, rows: lite.prepare(select).all() });
      }
      // Both go on numbering votes after the highest seq.
      const newVote = `INSERT INTO votes (round_id, initiative_id, voter, choice, at)
                       VALUES ('r1', 'i1', 'a@x.no', 'agree', 'later') RETURNING seq`;
      expect(await pg.get(newVote)).toEqual(lite.prepare(newVote).get());
      // And both refuse what the old CHECK allowed.
      const oldChoice = `UPDATE votes SET choice = 'oral-briefing' WHERE seq = 1`;
      expect(() => lite.prepare(oldChoice).run()).toThrow(/CHECK/);
      await expect(pg.run(oldChoice)).rejects.toThrow(/check constraint/);
    });
  });

  describe('PgSql', () => {
    let pool: Pool;
    let sql: PgSql;
    beforeAll(async () => {
      ({ pool } = await freshPool());
      await migratePostgres(pool);
      sql = new PgSql(pool);
    });

    it('is the postgres dialect', () => {
      expect(sql.dialect).toBe('postgres');
    });

    it('binds ? in order, leaving a ? inside a literal as text', async () => {
      const row = await sql.get(`SELECT ? AS a, '?' AS lit, 'it''s ?' AS lit2, ? AS b`, ['x', 'y']);
      expect(row).toEqual({ a: 'x', lit: '?', lit2: "it's ?", b: 'y' });
    });

    it('binds @name from an object, also given as the only element of an array', async () => {
      await sql.run(`INSERT INTO organisations (id, name, org_number) VALUES (@id, @name, @orgNumber)`, {
        id: 'named',
        name: 'Named',
        orgNumber: null,
        ignored: 'other members are ignored',
      });
      await sql.run(`INSERT INTO organisations (id, name, org_number) VALUES (@id, @name, @orgNumber)`, [
        { id: 'named2', name: 'Named 2', orgNumber: '123' } as unknown as SqlValue,
      ]);
      expect(await sql.all('SELECT id, org_number FROM organisations WHERE id LIKE ? ORDER BY id', ['named%'])).toEqual(
        [
          { id: 'named', org_number: null },
          { id: 'named2', org_number: '123' },
        ],
      );
      await expect(sql.run('SELECT @missing::text', {})).rejects.toThrow(/Missing named parameter "missing"/);
    });

    it('refuses values SQLite would refuse, and a wrong number of them', async () => {
      await expect(sql.get('SELECT ?::text AS a', [true as unknown as SqlValue])).rejects.toThrow(TypeError);
      await expect(sql.get('SELECT ?::text AS a', [])).rejects.toThrow(/takes 1 parameters, 0 given/);
    });

    it('returns BIGINT, COUNT(*), SUM and NUMERIC as numbers, and booleans as 1 or 0', async () => {
      const row = await sql.get<Record<string, unknown>>(
        `SELECT count(*) AS n, sum(x) AS s, 2::numeric / 4 AS q, 9007199254740991::bigint AS big,
                EXISTS (SELECT 1) AS yes, 1 = 2 AS no
           FROM (VALUES (1), (2), (3)) AS v(x)`,
      );
      expect(row).toEqual({ n: 3, s: 6, q: 0.5, big: Number.MAX_SAFE_INTEGER, yes: 1, no: 0 });
      await expect(sql.get('SELECT 9007199254740993::bigint AS too_big')).rejects.toThrow(RangeError);
      const inserted = await sql.get<{ seq: unknown }>(
        `INSERT INTO audit_log (at, actor, action, entity, entity_id) VALUES ('t', 'a', 'x', 'e', '1') RETURNING seq`,
      );
      expect(typeof inserted?.seq).toBe('number');
    });

    it('round-trips BYTEA as a Buffer, from a Buffer or a Uint8Array', async () => {
      const every = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
      const fromUint8 = new Uint8Array([9, 0, 8, 0, 7]);
      await sql.run(`INSERT INTO meetings (id, forum, date) VALUES ('mb', 'skate', '2026-01-01')`);
      await sql.run(
        `INSERT INTO rounds (id, skate_meeting_id, deadline, lock_at, state) VALUES ('rb', 'mb', 'd', 'l', 'open')`,
      );
      await sql.run(
        `INSERT INTO compiled_agendas (round_id, revision, hash, case_number, locale, created_at, created_by, markdown,
           html, docx, heatmap_png, summary) VALUES ('rb', 1, 'h', 'c', 'nb', 't', 'a', 'm', 'h', ?, ?, 's')`,
        [every, fromUint8],
      );
      const row = await sql.get<{ docx: unknown; heatmap_png: unknown }>(
        `SELECT docx, heatmap_png FROM compiled_agendas WHERE round_id = 'rb'`,
      );
      expect(Buffer.isBuffer(row?.docx)).toBe(true);
      expect(row?.docx).toEqual(every);
      expect(row?.heatmap_png).toEqual(Buffer.from(fromUint8));
    });

    it('reports the rows a statement changed', async () => {
      for (const id of ['c1', 'c2', 'c3']) {
        await sql.run('INSERT INTO organisations (id, name) VALUES (?, ?)', [id, 'before']);
      }
      expect(
        await sql.run(`UPDATE organisations SET name = 'after' WHERE id IN (?, ?, ?)`, ['c1', 'c2', 'c3']),
      ).toEqual({
        changes: 3,
      });
      expect(await sql.run(`DELETE FROM organisations WHERE id = ?`, ['none'])).toEqual({ changes: 0 });
      expect(await sql.get(`SELECT id FROM organisations WHERE id = ?`, ['none'])).toBeUndefined();
    });
  });

  describe('runPgTransaction', () => {
    let pool: Pool;
    let txDb: TestDatabase;
    beforeAll(async () => {
      ({ pool, db: txDb } = await freshPool(4));
      await pool.query('CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)');
      await pool.query('CREATE TABLE notes (text TEXT COLLATE "C" NOT NULL)');
    });
    beforeEach(async () => {
      await pool.query('TRUNCATE counter, notes');
      await pool.query('INSERT INTO counter VALUES (1, 0)');
    });
    const notes = async (): Promise<string[]> =>
      (await pool.query<{ text: string }>('SELECT text FROM notes ORDER BY text')).rows.map((r) => r.text);
    const note = async (sql: Sql, text: string) => await sql.run('INSERT INTO notes (text) VALUES (?)', [text]);

    it('commits what the work wrote and returns what it returned', async () => {
      const result = await runPgTransaction(pool, 'write', async (sql) => {
        await note(sql, 'kept');
        return 42;
      });
      expect(result).toBe(42);
      expect(await notes()).toEqual(['kept']);
    });

    it('rolls back everything when the work throws, and rethrows', async () => {
      const failure = new Error('gave up');
      await expect(
        runPgTransaction(pool, 'write', async (sql) => {
          await note(sql, 'undone');
          throw failure;
        }),
      ).rejects.toBe(failure);
      expect(await notes()).toEqual([]);
      expect(pool.totalCount - pool.idleCount).toBe(0);
    });

    it('writes READ COMMITTED under the write lock, and reads REPEATABLE READ READ ONLY', async () => {
      const level = async (sql: Sql) =>
        await sql.get<{ level: string; ro: string; locked: number }>(
          `SELECT current_setting('transaction_isolation') AS level, current_setting('transaction_read_only') AS ro,
             (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted) AS locked`,
        );
      expect(await runPgTransaction(pool, 'write', level)).toEqual({ level: 'read committed', ro: 'off', locked: 1 });
      expect(await runPgTransaction(pool, 'read', level)).toEqual({ level: 'repeatable read', ro: 'on', locked: 0 });
      await expect(runPgTransaction(pool, 'read', async (sql) => await note(sql, 'nope'))).rejects.toMatchObject({
        code: '25006',
      });
    });

    it('runs concurrent writes one at a time: two read-then-write increments both count, none conflicts', async () => {
      let attempts = 0;
      const spans: [number, number][] = [];
      const increment = () =>
        runPgTransaction(pool, 'write', async (sql) => {
          attempts += 1;
          const start = Date.now();
          const row = await sql.get<{ n: number }>('SELECT n FROM counter WHERE id = 1');
          // Time for the other to read the same value, were they not one at a time.
          await new Promise((resolve) => setTimeout(resolve, 50));
          await sql.run('UPDATE counter SET n = ? WHERE id = 1', [(row?.n ?? 0) + 1]);
          spans.push([start, Date.now()]);
        });
      await Promise.all([increment(), increment(), increment()]);
      expect((await pool.query('SELECT n FROM counter WHERE id = 1')).rows[0]).toEqual({ n: 3 });
      expect(attempts).toBe(3);
      const sorted = spans.sort((x, y) => x[0] - y[0]);
      for (let i = 1; i < sorted.length; i++) expect(sorted[i]?.[0]).toBeGreaterThanOrEqual(sorted[i - 1]?.[1] ?? 0);
    });

    it(`gives up after ${MAX_RETRIES} retries, and does not retry other errors`, async () => {
      let conflicts = 0;
      const conflict = Object.assign(new Error('could not serialize access'), { code: '40001' });
      await expect(
        runPgTransaction(pool, 'write', async () => {
          conflicts += 1;
          throw conflict;
        }),
      ).rejects.toBe(conflict);
      expect(conflicts).toBe(MAX_RETRIES + 1);

      let others = 0;
      await expect(
        runPgTransaction(pool, 'write', async (sql) => {
          others += 1;
          await sql.run('INSERT INTO counter VALUES (1, 1)'); // duplicate key: 23505
        }),
      ).rejects.toMatchObject({ code: '23505' });
      expect(others).toBe(1);
    });

    describe('nested', () => {
      let single: Pool;
      beforeAll(async () => {
        // One connection, quickly refused: a nested call that took a second one would fail instead of joining.
        single = openPostgres(txDb.url, { max: 1, connectionTimeoutMillis: 500 });
        pools.push(single);
      });

      it('a read inside a write runs in the same transaction and sees its uncommitted writes', async () => {
        const seen = await runPgTransaction(single, 'write', async (sql) => {
          await note(sql, 'inner');
          return runPgTransaction(single, 'read', async (inner) =>
            (await inner.all<{ text: string }>('SELECT text FROM notes')).map((r) => r.text),
          );
        });
        expect(seen).toEqual(['inner']);
      });

      it('a write inside a write is a savepoint: its failure undoes only its own writes', async () => {
        await runPgTransaction(single, 'write', async (sql) => {
          await note(sql, 'outer');
          await expect(
            runPgTransaction(single, 'write', async (inner) => {
              await note(inner, 'inner');
              throw new Error('inner failed');
            }),
          ).rejects.toThrow('inner failed');
          await runPgTransaction(single, 'write', async (inner) => await note(inner, 'inner ok'));
        });
        expect(await notes()).toEqual(['inner ok', 'outer']);
      });

      it('a write inside a read is refused', async () => {
        await expect(
          runPgTransaction(single, 'read', () =>
            runPgTransaction(single, 'write', async (sql) => await note(sql, 'no')),
          ),
        ).rejects.toThrow(/read-only/);
        expect(await notes()).toEqual([]);
      });

      it('work still running after its transaction ended opens a transaction of its own', async () => {
        let open!: () => void;
        const gate = new Promise<void>((resolve) => {
          open = resolve;
        });
        let later: Promise<unknown> | undefined;
        await runPgTransaction(single, 'write', async () => {
          later = (async () => {
            await gate;
            return runPgTransaction(
              single,
              'read',
              async (sql) => await sql.get(`SELECT current_setting('transaction_isolation') AS level`),
            );
          })();
        });
        open();
        await expect(later).resolves.toEqual({ level: 'repeatable read' });
      });
    });
  });

  describe('migratePostgres', () => {
    it('applied by two replicas at once, runs each migration once', async () => {
      const { pool: a, db } = await freshPool(2);
      const { pool: b } = await freshPool(2, db);
      const [doneA, doneB] = await Promise.all([migratePostgres(a), migratePostgres(b)]);
      expect([...doneA, ...doneB].sort((x, y) => x - y)).toEqual(SORTED.map((m) => m.version));
      const rows = await a.query<{ version: number; name: string }>(
        'SELECT version, name FROM schema_migrations ORDER BY version',
      );
      expect(rows.rows).toEqual(SORTED.map(({ version, name }) => ({ version, name })));
      expect(await migratePostgres(b)).toEqual([]);
      expect(await postgresSchemaVersion(b)).toBe(LATEST);
    });

    it('leaves no trace of a migration that fails, and says which one it was', async () => {
      const { pool } = await freshPool();
      expect(await postgresSchemaVersion(pool)).toBe(0);
      await migratePostgres(pool);
      const broken: Migration = {
        version: LATEST + 1,
        name: 'broken',
        sql: 'CREATE TABLE oops (id INTEGER); SELECT nope FROM oops;',
        postgres: 'CREATE TABLE oops (id INTEGER); SELECT nope FROM oops;',
      };
      await expect(migratePostgres(pool, [...SORTED, broken])).rejects.toThrow(
        `migration ${LATEST + 1} (broken) failed on PostgreSQL`,
      );
      expect((await pool.query(`SELECT to_regclass('oops') AS t`)).rows[0]).toEqual({ t: null });
      expect(await postgresSchemaVersion(pool)).toBe(LATEST);
    });
  });

  describe('pingPostgres', () => {
    it('answers for a live server, and says why for a database that is not there', async () => {
      const { pool, db } = await freshPool();
      expect(await pingPostgres(pool, 2000)).toEqual({ ok: true, latencyMs: expect.any(Number) });
      const nowhere = openPostgres(db.url.replace(/\/skate_test_\w+/, '/skate_no_such_db'));
      pools.push(nowhere);
      const result = await pingPostgres(nowhere, 2000);
      expect(result).toEqual({ ok: false, error: expect.stringMatching(/skate_no_such_db/) });
    });

    it('gives up after the timeout when the server does not answer', async () => {
      const { pool } = await freshPool(1);
      // The pool's only connection is busy, so the probe cannot even get one.
      const client = await pool.connect();
      try {
        expect(await pingPostgres(pool, 200)).toEqual({ ok: false, error: expect.stringMatching(/200 ms/) });
      } finally {
        client.release();
      }
    });
  });
});

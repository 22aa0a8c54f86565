/**
 * PostgreSQL for tests: whether a server is there, a fresh database per test
 * file, and a describe that skips without a server on a developer's machine
 * but fails in CI (CI=true) or when PG_REQUIRED=1, so a missing server is
 * never mistaken for a pass.
 *
 * The server is the local one over its Unix socket, as root (see .ci/run), or
 * the one PG_TEST_URL names (a URL of any database on it; the tests create and
 * drop their own databases next to it, so its user needs CREATEDB).
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Client, type ClientConfig } from 'pg';

/** The directory of the local server's socket (Debian's default). */
export const PG_SOCKET_DIR = '/var/run/postgresql';
const PG_SOCKET = `${PG_SOCKET_DIR}/.s.PGSQL.5432`;

/** Whether a PostgreSQL server is there to test against. */
export function postgresAvailable(): boolean {
  return Boolean(process.env.PG_TEST_URL) || existsSync(PG_SOCKET);
}

/** Whether a missing server fails the run instead of skipping its tests. */
export function postgresRequired(): boolean {
  return process.env.CI === 'true' || process.env.PG_REQUIRED === '1';
}

/** Where to connect to create and drop databases: the `postgres` database. */
function adminConfig(): ClientConfig {
  const url = process.env.PG_TEST_URL;
  if (url) return { connectionString: url };
  return { host: PG_SOCKET_DIR, user: 'root', database: 'postgres' };
}

/** The URL of database `name` on the test server. */
function urlOf(name: string): string {
  const url = process.env.PG_TEST_URL;
  if (!url) return `postgres://root@/${name}?host=${encodeURIComponent(PG_SOCKET_DIR)}`;
  // Not WHATWG URL: it rejects the empty host of a socket URL (`postgres://user@/db?host=/run/...`).
  const match = /^([a-z]+:\/\/[^/?#]*)(?:\/[^?#]*)?(.*)$/i.exec(url);
  if (!match) throw new Error(`PG_TEST_URL is not a postgres:// URL: ${url}`);
  return `${match[1]}/${name}${match[2]}`;
}

async function asAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client(adminConfig());
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  /** Its name. */
  name: string;
  /** A URL for openPostgres. */
  url: string;
  /** Drops it, ending any connection still open to it. */
  drop(): Promise<void>;
}

/**
 * Creates an empty, uniquely named database (UTF8, so that length() counts
 * characters as SQLite's does) and returns its URL and a way to drop it.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `${databasePrefix()}${process.pid}_${randomBytes(4).toString('hex')}`;
  await asAdmin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`));
  return {
    name,
    url: urlOf(name),
    drop: () => asAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/**
 * `describe` for tests that need PostgreSQL: as is when a server is there;
 * otherwise one failing test saying why (never a silent skip).
 */
export function describeWithPostgres(name: string, fn: () => void): void {
  if (postgresAvailable()) {
    describe(name, fn);
    return;
  }
  // These suites run only in `npm run test:postgres` (jest.postgres.config.js): there, no server is a failure.
  describe(name, () => {
    it('needs PostgreSQL', () => {
      throw new Error(
        `PostgreSQL is required here but there is no server: no socket at ${PG_SOCKET} and no PG_TEST_URL`,
      );
    });
  });
}

let template: Promise<string> | null = null;

/**
 * A fresh database with every migration applied, copied from a template this
 * process migrates once (CREATE DATABASE … TEMPLATE is a file copy: far
 * faster than migrating each test's database).
 */
export async function createMigratedTestDatabase(): Promise<TestDatabase> {
  template ??= (async () => {
    const { migratePostgres, openPostgres } = await import('../../src/store/pg/pg-database');
    const tpl = await createTestDatabase();
    const pool = openPostgres(tpl.url, { max: 1 });
    try {
      await migratePostgres(pool);
    } finally {
      await pool.end();
    }
    return tpl.name;
  })();
  const from = await template;
  const name = `${databasePrefix()}${process.pid}_${randomBytes(4).toString('hex')}`;
  await asAdmin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${from}`));
  return {
    name,
    url: urlOf(name),
    drop: () => asAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/**
 * The start of the names of the databases this run makes: `skate_test_<run>_`, where the run id
 * comes from the suite's global setup (SKATE_TEST_RUN), so that a run's teardown drops its own
 * databases and not those of another run on the same server.
 */
function databasePrefix(): string {
  const run = process.env.SKATE_TEST_RUN;
  return run ? `skate_test_${run}_` : 'skate_test_';
}

/** Drops the databases this run made (all skate_test_ ones when no run id is set): for the global teardown. */
export async function dropTestDatabases(): Promise<number> {
  return asAdmin(async (c) => {
    const { rows } = await c.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [databasePrefix()],
    );
    for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    return rows.length;
  });
}

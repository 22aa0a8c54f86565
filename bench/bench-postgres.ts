/**
 * PostgreSQL for the benchmarks: whether a server answers, and a fresh
 * database per run (`skate_bench_<pid>_<hex>`, so that no test suite's
 * teardown of `skate_test_…` databases takes it away mid-run), dropped
 * afterwards. The server is the local one over its Unix socket as root, or the
 * one BENCH_PG_URL or PG_TEST_URL names (any database on it; its user needs
 * CREATEDB).
 */
import { randomBytes } from 'node:crypto';
import { Client, type ClientConfig } from 'pg';
import { copyStore } from '../src/store/copy-store';
import { PG_SOCKET_DIR } from '../test/helpers/postgres';

const CONNECT_TIMEOUT_MS = 3_000;

function serverUrl(): string | undefined {
  return process.env.BENCH_PG_URL || process.env.PG_TEST_URL || undefined;
}

function adminConfig(): ClientConfig {
  const url = serverUrl();
  const base: ClientConfig = url
    ? { connectionString: url }
    : { host: PG_SOCKET_DIR, user: 'root', database: 'postgres' };
  return { ...base, connectionTimeoutMillis: CONNECT_TIMEOUT_MS };
}

/** The URL of database `name` on the bench's server. */
function urlOf(name: string): string {
  const url = serverUrl();
  if (!url) return `postgres://root@/${name}?host=${encodeURIComponent(PG_SOCKET_DIR)}`;
  // Not WHATWG URL: it rejects the empty host of a socket URL (`postgres://user@/db?host=/run/...`).
  const match = /^([a-z]+:\/\/[^/?#]*)(?:\/[^?#]*)?(.*)$/i.exec(url);
  if (!match) throw new Error(`not a postgres:// URL: ${url}`);
  return `${match[1]}/${name}${match[2]}`;
}

async function asAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client(adminConfig());
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Null when a server answers and may create databases; otherwise why not. */
export async function postgresUnavailable(): Promise<string | null> {
  try {
    const { rows } = await asAdmin((c) =>
      c.query<{ can: boolean }>('SELECT rolcreatedb OR rolsuper AS can FROM pg_roles WHERE rolname = current_user'),
    );
    return rows[0]?.can ? null : 'its user may not create databases';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export interface BenchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** The databases made and not yet dropped: dropped on Ctrl-C or SIGTERM too. */
const live = new Set<string>();
const dropDatabase = (name: string) =>
  asAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {
    live.delete(name);
  });
let signalsHandled = false;
function dropOnSignal(): void {
  if (signalsHandled) return;
  signalsHandled = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void Promise.allSettled([...live].map(dropDatabase)).then(() => process.exit(130));
    });
  }
}

/** An empty UTF8 database of its own; `drop` ends any connection still open to it. */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  const name = `skate_bench_${process.pid}_${randomBytes(4).toString('hex')}`;
  dropOnSignal();
  await asAdmin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`));
  live.add(name);
  return { name, url: urlOf(name), drop: () => dropDatabase(name) };
}

/**
 * A fresh database holding a copy of the seeded SQLite file `file` (migrated
 * and copied by the product's own `copyStore`, which checks every table
 * back), so both stores start from the same data.
 */
export async function copiedBenchDatabase(file: string): Promise<BenchDatabase> {
  const db = await createBenchDatabase();
  try {
    await copyStore({ kind: 'sqlite', path: file }, { kind: 'postgres', url: db.url });
  } catch (error) {
    await db.drop().catch(() => undefined);
    throw error;
  }
  return db;
}

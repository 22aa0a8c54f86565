import { Client } from 'pg';
import { PgSendLocks } from '../../../src/store/pg/pg-send-locks';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../../helpers/postgres';

describeWithPostgres('send locks on PostgreSQL (one sender per platform across replicas)', () => {
  let database: TestDatabase;
  const opened: PgSendLocks[] = [];
  const locks = () => {
    const l = new PgSendLocks({ connectionString: database.url });
    opened.push(l);
    return l;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((l) => l.release()));
  });
  afterAll(async () => {
    await database.drop();
  });

  it('gives each platform to one replica; the other gets the platforms nobody holds', async () => {
    const a = locks();
    const b = locks();
    expect([...(await a.hold(['msteams']))]).toEqual(['msteams']);
    expect([...(await b.hold(['msteams', 'slack']))]).toEqual(['slack']);
    // Asking again keeps what is held and still does not take what the other holds.
    expect([...(await a.hold(['msteams', 'slack']))]).toEqual(['msteams']);
    expect([...(await b.hold(['msteams', 'slack']))]).toEqual(['slack']);
  });

  it('hands a platform over when its holder releases it at stop', async () => {
    const a = locks();
    const b = locks();
    await a.hold(['msteams']);
    expect((await b.hold(['msteams'])).size).toBe(0);
    await a.release();
    expect([...(await b.hold(['msteams']))]).toEqual(['msteams']);
  });

  it('hands a platform over when its holder dies: the server frees the lock with the connection', async () => {
    const a = locks();
    const b = locks();
    await a.hold(['msteams']);
    // What a SIGKILL does to the holder, seen from the server: its sessions end.
    const admin = new Client({ connectionString: database.url });
    await admin.connect();
    try {
      await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND pid <> pg_backend_pid()",
      );
    } finally {
      await admin.end();
    }
    const until = Date.now() + 5000;
    let held = new Set<string>();
    while (held.size === 0 && Date.now() < until) {
      held = new Set(await b.hold(['msteams']));
      if (held.size === 0) await new Promise((r) => setTimeout(r, 50));
    }
    expect([...held]).toEqual(['msteams']);
    // The old holder notices its lock is gone and no longer sends.
    await new Promise((r) => setTimeout(r, 1100));
    expect((await a.hold(['msteams'])).size).toBe(0);
  });
});

import Database from 'better-sqlite3';
import { SqliteUnitOfWork } from '../../../src/store/unit-of-work';
import { ctxAt } from '../../helpers/store-fixtures';
import { useTempDbDir } from '../../helpers/temp-db';

const T1 = ctxAt('2026-11-20T10:00:00.000Z');
const org = (n: number) => ({ id: `org-${n}`, name: `Organisasjon ${n}`, orgNumber: null });

describe('group commit (SQLite)', () => {
  const tmp = useTempDbDir();

  /** A unit of work on a file, counting the COMMITs its connection runs. */
  function counted() {
    const db = tmp().open();
    const uow = new SqliteUnitOfWork(db);
    const exec = db.exec.bind(db);
    const statements: string[] = [];
    db.exec = (sql: string) => {
      statements.push(sql);
      return exec(sql);
    };
    return { db, uow, commits: () => statements.filter((s) => s === 'COMMIT').length };
  }

  it('commits the writes that arrive together once, and answers each only after that commit', async () => {
    const { uow, commits } = counted();
    const other = tmp().track(new Database(tmp().file(), { readonly: true }));
    const seenAtAnswer: number[] = [];
    const writes = Array.from({ length: 10 }, (_, n) =>
      uow
        .write(T1, async (r) => await r.organisations.save(org(n)))
        .then((result) => {
          // Another connection sees the row when the writer is told it is stored: it is committed.
          seenAtAnswer.push((other.prepare('SELECT count(*) AS n FROM organisations').get() as { n: number }).n);
          return result;
        }),
    );
    expect(await Promise.all(writes)).toEqual(Array(10).fill('created'));
    expect(commits()).toBe(1);
    expect(seenAtAnswer).toEqual(Array(10).fill(10));
  });

  it('fails one write of a group alone: its changes are undone, the others are stored', async () => {
    const { uow, db, commits } = counted();
    const results = await Promise.allSettled([
      uow.write(T1, async (r) => await r.organisations.save(org(1))),
      uow.write(T1, async (r) => {
        await r.organisations.save(org(2));
        throw new Error('the use case gave up');
      }),
      uow.write(T1, async (r) => await r.organisations.save(org(3))),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(db.prepare('SELECT id FROM organisations ORDER BY id').pluck().all()).toEqual(['org-1', 'org-3']);
    // Nor is the failed one's audit entry kept.
    expect(
      db.prepare("SELECT entity_id FROM audit_log WHERE entity = 'organisation' ORDER BY seq").pluck().all(),
    ).toEqual(['org-1', 'org-3']);
    expect(commits()).toBe(1);
  });

  it('runs writes that arrive one after another in transactions of their own', async () => {
    const { uow, commits } = counted();
    for (let n = 0; n < 3; n++) await uow.write(T1, async (r) => await r.organisations.save(org(n)));
    expect(commits()).toBe(3);
  });

  it('keeps a write that joins another (nested) inside the outer one, not in the group', async () => {
    const { uow, db } = counted();
    await uow.write(T1, async (r) => {
      await r.organisations.save(org(1));
      await uow.write(T1, async (inner) => await inner.organisations.save(org(2)));
    });
    expect(db.prepare('SELECT count(*) FROM organisations').pluck().get()).toBe(2);
  });

  it('fails every write of a group whose commit fails, and stores none of them', async () => {
    const { uow, db } = counted();
    const exec = db.exec.bind(db);
    db.exec = (sql: string) => {
      if (sql === 'COMMIT') throw Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' });
      return exec(sql);
    };
    const results = await Promise.allSettled(
      [1, 2, 3].map((n) => uow.write(T1, async (r) => await r.organisations.save(org(n)))),
    );
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    db.exec = exec;
    expect(db.prepare('SELECT count(*) FROM organisations').pluck().get()).toBe(0);
    // The connection is usable again.
    expect(await uow.write(T1, async (r) => await r.organisations.save(org(9)))).toBe('created');
  });
});

describe('durable before answered: the WAL synced off the event loop (SQLite)', () => {
  const tmp = useTempDbDir();

  /** A sync the test lets finish, one at a time; it counts how often it was asked for. */
  function heldSync() {
    const waiting: { resolve: () => void; reject: (error: unknown) => void }[] = [];
    return {
      sync: () => new Promise<void>((resolve, reject) => void waiting.push({ resolve, reject })),
      asked: () => waiting.length,
      finish: (error?: unknown) => {
        const next = waiting.shift();
        if (!next) throw new Error('no sync is waiting');
        if (error) next.reject(error);
        else next.resolve();
      },
    };
  }

  const until = async (ready: () => boolean) => {
    for (let i = 0; i < 200 && !ready(); i++) await new Promise((r) => setImmediate(r));
    if (!ready()) throw new Error('never happened');
  };

  const count = (db: Database.Database) => db.prepare('SELECT count(*) FROM organisations').pluck().get();

  it('commits without syncing (synchronous NORMAL) and answers the write only after the sync that followed', async () => {
    const db = tmp().open();
    const held = heldSync();
    const uow = new SqliteUnitOfWork(db, held.sync);
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    const other = tmp().track(new Database(tmp().file(), { readonly: true }));
    let answered = false;
    const write = uow
      .write(T1, async (r) => await r.organisations.save(org(1)))
      .then((result) => {
        answered = true;
        return result;
      });
    await until(() => held.asked() === 1);
    // Committed (another connection sees it), but the writer is not told before the disk has it.
    expect(count(other)).toBe(1);
    await new Promise((r) => setTimeout(r, 20));
    expect(answered).toBe(false);
    held.finish();
    expect(await write).toBe('created');
  });

  it('goes on reading while a sync runs, and the writes committed meanwhile share the next sync', async () => {
    const db = tmp().open();
    const held = heldSync();
    const uow = new SqliteUnitOfWork(db, held.sync);
    const first = uow.write(T1, async (r) => await r.organisations.save(org(1)));
    await until(() => held.asked() === 1);
    // A read is not held up by the sync in flight.
    expect(await uow.read(async (r) => (await r.organisations.list()).length)).toBe(1);
    const second = uow.write(T1, async (r) => await r.organisations.save(org(2)));
    const third = uow.write(T1, async (r) => await r.organisations.save(org(3)));
    await new Promise((r) => setTimeout(r, 20));
    // Committed while the first sync ran: they wait for one that begins after their commit.
    expect(held.asked()).toBe(1);
    held.finish();
    expect(await first).toBe('created');
    await until(() => held.asked() === 1);
    held.finish();
    expect(await Promise.all([second, third])).toEqual(['created', 'created']);
    expect(count(db)).toBe(3);
  });

  it('fails the writes whose sync failed, and syncs the next write again', async () => {
    const db = tmp().open();
    const held = heldSync();
    const uow = new SqliteUnitOfWork(db, held.sync);
    const write = uow.write(T1, async (r) => await r.organisations.save(org(1)));
    await until(() => held.asked() === 1);
    held.finish(Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' }));
    await expect(write).rejects.toThrow('fdatasync');
    const next = uow.write(T1, async (r) => await r.organisations.save(org(2)));
    await until(() => held.asked() === 1);
    held.finish();
    expect(await next).toBe('created');
  });

  it('answers a write whose WAL went with the last connection: closing checkpointed and synced it', async () => {
    const db = tmp().open();
    const held = heldSync();
    const uow = new SqliteUnitOfWork(db, held.sync);
    const write = uow.write(T1, async (r) => await r.organisations.save(org(1)));
    await until(() => held.asked() === 1);
    db.close();
    held.finish(Object.assign(new Error('ENOENT: no such file or directory'), { code: 'ENOENT' }));
    expect(await write).toBe('created');
    expect(count(tmp().open())).toBe(1);
  });

  it('does not sync a write that changed nothing', async () => {
    const db = tmp().open();
    const held = heldSync();
    const uow = new SqliteUnitOfWork(db, held.sync);
    expect(await uow.write(T1, async (r) => (await r.organisations.list()).length)).toBe(0);
    expect(held.asked()).toBe(0);
  });

  it('syncs the WAL file itself on a file in WAL mode, and leaves a database in memory to SQLite', async () => {
    const file = tmp().open();
    const uow = new SqliteUnitOfWork(file);
    expect(file.pragma('synchronous', { simple: true })).toBe(1);
    expect(await uow.write(T1, async (r) => await r.organisations.save(org(1)))).toBe('created');
    const memory = tmp().track(new Database(':memory:'));
    memory.pragma('synchronous = FULL');
    new SqliteUnitOfWork(memory);
    expect(memory.pragma('synchronous', { simple: true })).toBe(2);
  });
});

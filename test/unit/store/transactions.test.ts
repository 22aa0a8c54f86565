import Database from 'better-sqlite3';
import type { Repositories } from '../../../src/domain/ports';
import type { Db } from '../../../src/store/db';
import { SqliteUnitOfWork } from '../../../src/store/unit-of-work';
import { aDecision, anInitiative, aStatusReport, aVote } from '../../helpers/builders';
import { ctxAt, FOREIGN_KEY_VIOLATION, KARI, saying, seedBasics, useMemoryStore } from '../../helpers/store-fixtures';
import { useTempDbDir } from '../../helpers/temp-db';

const T1 = ctxAt('2026-11-20T10:00:00.000Z');
const T2 = ctxAt('2026-11-21T10:00:00.000Z', KARI);
const KEY_1 = { platform: 'msteams', actor: KARI, action: 'report.submit', requestId: 'key-1' } as const;

/** Row counts of the tables a failed write might have touched. */
function counts(db: Db): Record<string, number> {
  const tables = ['organisations', 'people', 'initiatives', 'reports', 'report_versions', 'votes', 'audit_log'];
  return Object.fromEntries(
    tables.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]),
  );
}

describe('unit of work', () => {
  const store = useMemoryStore();

  it('commits a write and returns what the work returns', async () => {
    const { uow } = store();
    expect(
      await uow.write(T1, async (r) => await r.organisations.save({ id: 'digdir', name: 'Digdir', orgNumber: null })),
    ).toBe('created');
    expect(await uow.read(async (r) => (await r.organisations.get('digdir'))?.name)).toBe('Digdir');
  });

  it('rolls back every write of a call that throws: no rows, no audit entries', async () => {
    const { db, uow } = store();
    await uow.write(T1, seedBasics);
    const before = counts(db);
    const failure = new Error('the use case gave up');

    await expect(
      async () =>
        await uow.write(T2, async (r) => {
          await r.organisations.save({ id: 'brreg', name: 'Brønnøysundregistrene', orgNumber: null });
          await r.initiatives.save(anInitiative({ title: 'Endret tittel' }));
          await r.reports.save(aStatusReport());
          await r.votes.record(aVote());
          await r.people.linkIdentity(KARI, { platform: 'slack', userId: 'U1' });
          await r.idempotency.remember(
            KEY_1,
            { payloadSha256: 'a'.repeat(64), resultJson: '{}' },
            T2.now.toISOString(),
          );
          throw failure;
        }),
    ).rejects.toThrow(failure);

    expect(counts(db)).toEqual(before);
    await uow.read(async (r) => {
      expect(await r.organisations.get('brreg')).toBeNull();
      expect(await r.initiatives.get('T-2026-03')).toEqual(anInitiative());
      expect(await r.reports.get('T-2026-03', '2026-Q4')).toBeNull();
      expect(await r.people.findByIdentity('slack', 'U1')).toBeNull();
      expect(await r.idempotency.find(KEY_1)).toBeNull();
      expect((await r.audit.list()).filter((e) => e.actor === KARI)).toEqual([]);
    });
    expect(db.inTransaction).toBe(false);
  });

  it('rolls back the earlier writes of a call when a later one breaks a constraint', async () => {
    const { db, uow } = store();
    await uow.write(T1, seedBasics);
    const before = counts(db);
    await expect(
      async () =>
        await uow.write(T2, async (r) => {
          await r.reports.save(aStatusReport());
          await r.votes.record(aVote({ voter: 'ukjent@digdir.example.no' }));
        }),
    ).rejects.toMatchObject(saying(FOREIGN_KEY_VIOLATION));
    expect(counts(db)).toEqual(before);
  });

  it('rejects a report for an unknown initiative or round (foreign keys are on)', async () => {
    const { db, uow } = store();
    await uow.write(T1, seedBasics);
    const before = counts(db);
    await expect(
      async () => await uow.write(T2, async (r) => await r.reports.save(aStatusReport({ initiativeId: 'T-1999-01' }))),
    ).rejects.toMatchObject(saying(FOREIGN_KEY_VIOLATION));
    await expect(
      async () => await uow.write(T2, async (r) => await r.reports.save(aStatusReport({ roundId: '1999-Q1' }))),
    ).rejects.toMatchObject(saying(FOREIGN_KEY_VIOLATION));
    await expect(
      async () => await uow.write(T2, async (r) => await r.decisions.save(aDecision({ initiativeId: 'T-1999-01' }))),
    ).rejects.toMatchObject(saying(FOREIGN_KEY_VIOLATION));
    expect(counts(db)).toEqual(before);
  });

  it('reads without writing to the audit log', async () => {
    const { db, uow } = store();
    await uow.write(T1, seedBasics);
    const before = counts(db);
    await uow.read(async (r: Repositories) => [
      await r.people.list(),
      await r.initiatives.list(),
      await r.rounds.listActive(),
    ]);
    expect(counts(db)).toEqual(before);
  });
});

describe('two connections to one file', () => {
  const tmp = useTempDbDir();

  it('shows a write committed on one connection to the other', async () => {
    const a = new SqliteUnitOfWork(tmp().open());
    const b = new SqliteUnitOfWork(tmp().open());
    await a.write(T1, seedBasics);
    expect(await b.read(async (r) => await r.initiatives.get('T-2026-03'))).toEqual(anInitiative());
    await b.write(T2, async (r) => await r.reports.save(aStatusReport()));
    expect(await a.read(async (r) => await r.reports.get('T-2026-03', '2026-Q4'))).toEqual(aStatusReport());
  });

  it('gives a read one snapshot, even while the other connection commits', async () => {
    const dbA = tmp().open();
    const a = new SqliteUnitOfWork(dbA);
    const b = new SqliteUnitOfWork(tmp().open());
    await a.write(T1, seedBasics);
    const seen = await b.read(async (r) => {
      const first = (await r.reports.listForRound('2026-Q4')).length;
      await a.write(T2, async (w) => await w.reports.save(aStatusReport()));
      return [first, (await r.reports.listForRound('2026-Q4')).length];
    });
    expect(seen).toEqual([0, 0]);
    expect(await b.read(async (r) => (await r.reports.listForRound('2026-Q4')).length)).toBe(1);
  });

  it('makes a second writer wait for the lock: it fails with SQLITE_BUSY only once its busy timeout is over', async () => {
    const holder = tmp().open();
    const waiter = tmp().open();
    const impatient = new SqliteUnitOfWork(waiter);
    holder.exec('BEGIN IMMEDIATE');
    try {
      // One thread cannot release the lock while it waits, so shorten the wait to see it.
      waiter.pragma('busy_timeout = 200');
      const started = Date.now();
      await expect(
        async () =>
          await impatient.write(
            T1,
            async (r) => await r.organisations.save({ id: 'nav', name: 'NAV', orgNumber: null }),
          ),
      ).rejects.toMatchObject({ code: 'SQLITE_BUSY' });
      expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    } finally {
      holder.exec('ROLLBACK');
    }
    expect(
      await impatient.write(T1, async (r) => await r.organisations.save({ id: 'nav', name: 'NAV', orgNumber: null })),
    ).toBe('created');
  });

  it('begins writes IMMEDIATE: the write lock is taken before the work runs', async () => {
    const a = tmp().open();
    const other = tmp().track(new Database(tmp().file(), { timeout: 0 }));
    await new SqliteUnitOfWork(a).write(T1, async () => {
      // No write has happened yet, but another writer is already locked out.
      expect(() => other.exec('BEGIN IMMEDIATE')).toThrow(expect.objectContaining({ code: 'SQLITE_BUSY' }));
    });
    // A read-only unit of work takes no write lock.
    await new SqliteUnitOfWork(a).read(async () => {
      other.exec('BEGIN IMMEDIATE');
      other.exec('ROLLBACK');
    });
  });
});

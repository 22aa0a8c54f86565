import Database from 'better-sqlite3';
import type { Repositories } from '../../../src/domain/ports';
import type { Db } from '../../../src/store/db';
import { SqliteUnitOfWork } from '../../../src/store/unit-of-work';
import { aDecision, anInitiative, aStatusReport, aVote } from '../../helpers/builders';
import { ctxAt, KARI, seedBasics, useMemoryStore } from '../../helpers/store-fixtures';
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

  it('commits a write and returns what the work returns', () => {
    const { uow } = store();
    expect(uow.write(T1, (r) => r.organisations.save({ id: 'digdir', name: 'Digdir', orgNumber: null }))).toBe(
      'created',
    );
    expect(uow.read((r) => r.organisations.get('digdir')?.name)).toBe('Digdir');
  });

  it('rolls back every write of a call that throws: no rows, no audit entries', () => {
    const { db, uow } = store();
    uow.write(T1, seedBasics);
    const before = counts(db);
    const failure = new Error('the use case gave up');

    expect(() =>
      uow.write(T2, (r) => {
        r.organisations.save({ id: 'brreg', name: 'Brønnøysundregistrene', orgNumber: null });
        r.initiatives.save(anInitiative({ title: 'Endret tittel' }));
        r.reports.save(aStatusReport());
        r.votes.record(aVote());
        r.people.linkIdentity(KARI, { platform: 'slack', userId: 'U1' });
        r.idempotency.remember(KEY_1, { payloadSha256: 'a'.repeat(64), resultJson: '{}' }, T2.now.toISOString());
        throw failure;
      }),
    ).toThrow(failure);

    expect(counts(db)).toEqual(before);
    uow.read((r) => {
      expect(r.organisations.get('brreg')).toBeNull();
      expect(r.initiatives.get('T-2026-03')).toEqual(anInitiative());
      expect(r.reports.get('T-2026-03', '2026-Q4')).toBeNull();
      expect(r.people.findByIdentity('slack', 'U1')).toBeNull();
      expect(r.idempotency.find(KEY_1)).toBeNull();
      expect(r.audit.list().filter((e) => e.actor === KARI)).toEqual([]);
    });
    expect(db.inTransaction).toBe(false);
  });

  it('rolls back the earlier writes of a call when a later one breaks a constraint', () => {
    const { db, uow } = store();
    uow.write(T1, seedBasics);
    const before = counts(db);
    expect(() =>
      uow.write(T2, (r) => {
        r.reports.save(aStatusReport());
        r.votes.record(aVote({ voter: 'ukjent@digdir.example.no' }));
      }),
    ).toThrow(/FOREIGN KEY constraint failed/);
    expect(counts(db)).toEqual(before);
  });

  it('rejects a report for an unknown initiative or round (foreign keys are on)', () => {
    const { db, uow } = store();
    uow.write(T1, seedBasics);
    const before = counts(db);
    expect(() => uow.write(T2, (r) => r.reports.save(aStatusReport({ initiativeId: 'T-1999-01' })))).toThrow(
      /FOREIGN KEY constraint failed/,
    );
    expect(() => uow.write(T2, (r) => r.reports.save(aStatusReport({ roundId: '1999-Q1' })))).toThrow(
      /FOREIGN KEY constraint failed/,
    );
    expect(() => uow.write(T2, (r) => r.decisions.save(aDecision({ initiativeId: 'T-1999-01' })))).toThrow(
      /FOREIGN KEY constraint failed/,
    );
    expect(counts(db)).toEqual(before);
  });

  it('reads without writing to the audit log', () => {
    const { db, uow } = store();
    uow.write(T1, seedBasics);
    const before = counts(db);
    uow.read((r: Repositories) => [r.people.list(), r.initiatives.list(), r.rounds.listActive()]);
    expect(counts(db)).toEqual(before);
  });
});

describe('two connections to one file', () => {
  const tmp = useTempDbDir();

  it('shows a write committed on one connection to the other', () => {
    const a = new SqliteUnitOfWork(tmp().open());
    const b = new SqliteUnitOfWork(tmp().open());
    a.write(T1, seedBasics);
    expect(b.read((r) => r.initiatives.get('T-2026-03'))).toEqual(anInitiative());
    b.write(T2, (r) => r.reports.save(aStatusReport()));
    expect(a.read((r) => r.reports.get('T-2026-03', '2026-Q4'))).toEqual(aStatusReport());
  });

  it('gives a read one snapshot, even while the other connection commits', () => {
    const dbA = tmp().open();
    const a = new SqliteUnitOfWork(dbA);
    const b = new SqliteUnitOfWork(tmp().open());
    a.write(T1, seedBasics);
    const seen = b.read((r) => {
      const first = r.reports.listForRound('2026-Q4').length;
      a.write(T2, (w) => w.reports.save(aStatusReport()));
      return [first, r.reports.listForRound('2026-Q4').length];
    });
    expect(seen).toEqual([0, 0]);
    expect(b.read((r) => r.reports.listForRound('2026-Q4').length)).toBe(1);
  });

  it('makes a second writer wait for the lock: it fails with SQLITE_BUSY only once its busy timeout is over', () => {
    const holder = tmp().open();
    const waiter = tmp().open();
    const impatient = new SqliteUnitOfWork(waiter);
    holder.exec('BEGIN IMMEDIATE');
    try {
      // One thread cannot release the lock while it waits, so shorten the wait to see it.
      waiter.pragma('busy_timeout = 200');
      const started = Date.now();
      expect(() =>
        impatient.write(T1, (r) => r.organisations.save({ id: 'nav', name: 'NAV', orgNumber: null })),
      ).toThrow(expect.objectContaining({ code: 'SQLITE_BUSY' }));
      expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    } finally {
      holder.exec('ROLLBACK');
    }
    expect(impatient.write(T1, (r) => r.organisations.save({ id: 'nav', name: 'NAV', orgNumber: null }))).toBe(
      'created',
    );
  });

  it('begins writes IMMEDIATE: the write lock is taken before the work runs', () => {
    const a = tmp().open();
    const other = tmp().track(new Database(tmp().file(), { timeout: 0 }));
    new SqliteUnitOfWork(a).write(T1, () => {
      // No write has happened yet, but another writer is already locked out.
      expect(() => other.exec('BEGIN IMMEDIATE')).toThrow(expect.objectContaining({ code: 'SQLITE_BUSY' }));
    });
    // A read-only unit of work takes no write lock.
    new SqliteUnitOfWork(a).read(() => {
      other.exec('BEGIN IMMEDIATE');
      other.exec('ROLLBACK');
    });
  });
});

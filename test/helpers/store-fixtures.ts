/**
 * Fixtures for store tests: a fresh in-memory store per test, the rows the
 * builders' defaults refer to, and a check of the save/audit cycle.
 */
import type { AuditEntry, ChangeContext, Repositories, UnitOfWork } from '../../src/domain/ports';
import type { Db } from '../../src/store/db';
import type { Store } from '../../src/store/store';
import { aDecision, anInitiative, aPerson, aRound, aVote } from './builders';
import { openTestStore, sqliteOf } from './test-store';

/** The builders' people: the default initiative's contact, an AU member and the secretariat. */
export const KARI = aPerson().email;
export const OLA = aVote().voter;
export const SECRETARIAT = aDecision().recordedBy;

/** A migrated database and its unit of work. */
export interface TestStore {
  /** The SQLite connection, for tests that look below the ports (they run on SQLite only). */
  readonly db: Db;
  uow: UnitOfWork;
}

/**
 * Registers jest hooks giving every test of the enclosing block a fresh store: SQLite in memory,
 * or a fresh PostgreSQL database when the run tests PostgreSQL (TEST_STORE=postgres).
 */
export function useMemoryStore(): () => TestStore {
  let current: TestStore | null = null;
  let store: Store | null = null;
  beforeEach(async () => {
    const opened = await openTestStore();
    store = opened;
    current = {
      uow: opened.uow,
      get db() {
        return sqliteOf(opened);
      },
    };
  });
  afterEach(async () => {
    await store?.close();
    store = null;
    current = null;
  });
  return () => {
    if (current === null) throw new Error('useMemoryStore: only available inside a test');
    return current;
  };
}

/** The audit entries of one entity (or of every entity of a kind), oldest first. */
export async function auditOf(store: TestStore, entity: string, entityId?: string): Promise<AuditEntry[]> {
  return await store.uow.read(async (repos) => await repos.audit.list(entity, entityId));
}

/** The change context of a test write: a fixed actor and instant. */
export function ctxAt(iso: string, actor = SECRETARIAT): ChangeContext {
  return { actor, now: new Date(iso) };
}

/**
 * Saves what the builders' defaults refer to: organisations digdir and nav,
 * the contact Kari, the AU member Ola, the secretariat, the Skate meetings and
 * rounds 2026-Q3 (closed) and 2026-Q4 (open), and initiative T-2026-03.
 */
export async function seedBasics(repos: Repositories): Promise<void> {
  await repos.organisations.save({ id: 'digdir', name: 'Digitaliseringsdirektoratet', orgNumber: '991825827' });
  await repos.organisations.save({ id: 'nav', name: 'Arbeids- og velferdsetaten', orgNumber: null });
  await repos.people.save(aPerson());
  await repos.people.save(aPerson({ email: OLA, name: 'Ola Hansen', roles: ['au'], organisationId: 'nav' }));
  await repos.people.save(aPerson({ email: SECRETARIAT, name: 'Sekretariatet', roles: ['secretariat'], locale: 'en' }));
  await repos.meetings.save({ id: 'skate-2026-09-24', forum: 'skate', date: '2026-09-24', place: null });
  await repos.meetings.save({ id: 'skate-2026-12-10', forum: 'skate', date: '2026-12-10', place: 'Oslo' });
  await repos.rounds.save(
    aRound({
      id: '2026-Q3',
      skateMeetingId: 'skate-2026-09-24',
      deadline: '2026-09-10T13:00:00.000Z',
      lockAt: '2026-09-16T10:00:00.000Z',
      state: 'closed',
      openedAt: '2026-08-17T08:00:00.000Z',
      closedAt: '2026-09-25T08:00:00.000Z',
    }),
  );
  await repos.rounds.save(aRound());
  await repos.initiatives.save(anInitiative());
}

/** One aggregate's save/get pair, for {@link checkSaveCycle}. */
export interface SaveCycle<T> {
  /** The audit log's entity name and id of the aggregate. */
  entity: string;
  entityId: string;
  first: T;
  /** The same aggregate with some field changed. */
  changed: T;
  /** Returns 'created' | 'updated' | 'unchanged', or nothing for the repositories that do not say. */
  save(repos: Repositories, value: T): Promise<unknown>;
  get(repos: Repositories): Promise<T | null>;
}

/**
 * Saves `first` (created), an equal copy of it (unchanged), then `changed`
 * (updated), each in its own transaction under another actor and instant, and
 * checks what `get` returns and that the audit log holds exactly one entry per
 * real change, with the actor, the instant and the before and after states.
 * Repositories whose `save` returns nothing are checked on the audit log alone.
 */
export async function checkSaveCycle<T>(store: TestStore, c: SaveCycle<T>): Promise<void> {
  const { uow } = store;
  const copy = (value: T): T => structuredClone(value);
  const results = [
    await uow.write(
      ctxAt('2026-11-01T08:00:00.000Z', 'first@digdir.example.no'),
      async (r) => await c.save(r, copy(c.first)),
    ),
    await uow.write(
      ctxAt('2026-11-02T08:00:00.000Z', 'again@digdir.example.no'),
      async (r) => await c.save(r, copy(c.first)),
    ),
  ];
  expect(await uow.read(async (r) => await c.get(r))).toEqual(c.first);
  results.push(
    await uow.write(
      ctxAt('2026-11-03T08:00:00.000Z', 'change@digdir.example.no'),
      async (r) => await c.save(r, copy(c.changed)),
    ),
  );
  expect(await uow.read(async (r) => await c.get(r))).toEqual(c.changed);
  if (typeof results[0] === 'string') expect(results).toEqual(['created', 'unchanged', 'updated']);

  const expected: Omit<AuditEntry, 'seq'>[] = [
    {
      at: '2026-11-01T08:00:00.000Z',
      actor: 'first@digdir.example.no',
      action: 'create',
      entity: c.entity,
      entityId: c.entityId,
      before: null,
      after: c.first,
    },
    {
      at: '2026-11-03T08:00:00.000Z',
      actor: 'change@digdir.example.no',
      action: 'update',
      entity: c.entity,
      entityId: c.entityId,
      before: c.first,
      after: c.changed,
    },
  ];
  expect((await auditOf(store, c.entity, c.entityId)).map(({ seq: _seq, ...rest }) => rest)).toEqual(expected);
}

/** A foreign-key violation, as SQLite or PostgreSQL words it. */
export const FOREIGN_KEY_VIOLATION = /FOREIGN KEY constraint failed|violates foreign key constraint/;

/** A unique-key violation on `table`, as SQLite or PostgreSQL words it. */
export function uniqueViolation(table = ''): RegExp {
  return new RegExp(`UNIQUE constraint failed: ${table}|duplicate key value violates unique constraint "${table}`);
}

/** What a rejected store error must say (SQLite's errors are not `Error` to jest's `toThrow` after a rejection). */
export const saying = (pattern: RegExp) => ({ message: expect.stringMatching(pattern) });

import type { Actor, AppContext, AppSettings } from '../../src/app/app-context';
import { loadDemoData } from '../../src/app/demo/load-demo';
import { DEFAULT_ROUND_CALENDAR } from '../../src/domain/calendar';
import type { Person } from '../../src/domain/model';
import { DEFAULT_VOTING_RULES } from '../../src/domain/vote-tally';
import type { Db } from '../../src/store/db';
import { openTestStore, sqliteOf } from './test-store';

/** The demo's "now": a Sunday in November 2026, before the 2026-Q4 deadline. */
export const DEMO_NOW = new Date('2026-11-22T10:00:00.000Z');

export const OPERATOR: Actor = { kind: 'operator', name: 'test' };

export interface TestApp {
  app: AppContext;
  db: Db;
  /** Binds AU's channel (and Skate's, if asked), as «kanal au» would: review needs it. */
  bindChannels(names?: ('au' | 'skate')[]): Promise<void>;
  person(email: string): Promise<Person>;
  close(): Promise<void>;
}

/**
 * A use-case context on a real database: SQLite in memory (or at `path`), or a fresh PostgreSQL
 * database when the run tests PostgreSQL (TEST_STORE=postgres, see test-store.ts).
 */
export async function testApp(options: { demo?: boolean; path?: string; now?: Date } = {}): Promise<TestApp> {
  const store = await openTestStore(options.path === undefined ? {} : { path: options.path });
  const app: AppContext = { uow: store.uow, settings: testSettings() };
  if (options.demo !== false) await loadDemoData(app, OPERATOR, options.now ?? DEMO_NOW);
  return {
    app,
    get db() {
      return sqliteOf(store);
    },
    async bindChannels(names = ['au']) {
      await app.uow.write({ actor: 'test', now: DEMO_NOW }, async (repos) => {
        for (const name of names)
          await repos.directory.bindChannel(name, 'msteams', `{"id":"${name}"}`, 'test', DEMO_NOW);
      });
    },
    async person(email) {
      const p = await app.uow.read(async (repos) => await repos.people.get(email));
      if (!p) throw new Error(`no person ${email} in the test database`);
      return p;
    },
    close: () => store.close(),
  };
}

/** The settings every test and benchmark runs with: the embedded defaults. */
export function testSettings(): AppSettings {
  return {
    roundCalendar: DEFAULT_ROUND_CALENDAR,
    voting: DEFAULT_VOTING_RULES,
    cycle: { escalateAfterOverdueReminders: 2, defaultLocale: 'nb', openLeadBusinessDays: 3 },
    agenda: {
      place: 'Oslo',
      presenter: null,
      caseNumberStart: 1,
      feedbackBusinessDays: 10,
      links: { baseUrl: 'http://127.0.0.1:3978', secret: 'test-link-secret-0123456789', ttlDays: 14 },
    },
  };
}

/** Runs `fn` and returns the DomainFailure's error codes, or fails the test if nothing was thrown. */
export async function failureCodes(fn: () => Promise<unknown>): Promise<string[]> {
  try {
    await fn();
  } catch (error) {
    const errors = (error as { errors?: { code: string }[] }).errors;
    if (errors) return errors.map((e) => e.code);
    throw error;
  }
  throw new Error('expected a DomainFailure, but nothing was thrown');
}

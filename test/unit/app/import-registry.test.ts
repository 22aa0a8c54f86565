import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importRegistry } from '../../../src/app/registry/import-registry';
import { DEMO_NOW, OPERATOR, type TestApp, testApp } from '../../helpers/test-app';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/import', name), 'utf8');

describe('importing the registry from CSV', () => {
  let t: TestApp;
  beforeEach(() => {
    t = testApp({ demo: false });
  });
  afterEach(() => t.close());

  const counts = () =>
    t.app.uow.read((repos) => ({
      organisations: repos.organisations.list().length,
      people: repos.people.list().length,
      initiatives: repos.initiatives.list().length,
      audit: repos.audit.list().length,
    }));

  it('imports organisations, people and initiatives in order, and a re-import changes nothing', () => {
    for (const kind of ['organisations', 'people', 'initiatives'] as const) {
      const outcome = importRegistry(t.app, kind, fixture(`${kind}.csv`), OPERATOR, DEMO_NOW);
      expect(outcome).toMatchObject({ ok: true, kind, counts: { updated: 0, unchanged: 0 } });
    }
    const before = counts();
    expect(before.initiatives).toBeGreaterThan(0);
    const again = importRegistry(t.app, 'initiatives', fixture('initiatives.csv'), OPERATOR, DEMO_NOW);
    expect(again).toEqual({
      ok: true,
      kind: 'initiatives',
      counts: { created: 0, updated: 0, unchanged: before.initiatives },
    });
    expect(counts()).toEqual(before);
  });

  it('rejects a bad file whole: every bad row reported, nothing written', () => {
    importRegistry(t.app, 'organisations', fixture('organisations.csv'), OPERATOR, DEMO_NOW);
    importRegistry(t.app, 'people', fixture('people.csv'), OPERATOR, DEMO_NOW);
    const before = counts();
    const outcome = importRegistry(t.app, 'initiatives', fixture('initiatives-bad.csv'), OPERATOR, DEMO_NOW);
    if (outcome.ok) throw new Error('the bad file was accepted');
    expect(new Set(outcome.issues.map((i) => i.code)).size).toBeGreaterThanOrEqual(5);
    expect(outcome.issues.every((i) => i.line >= 1)).toBe(true);
    expect(counts()).toEqual(before);
  });

  it('keeps delegations and linked identities when records are imported again', () => {
    for (const kind of ['organisations', 'people', 'initiatives'] as const) {
      importRegistry(t.app, kind, fixture(`${kind}.csv`), OPERATOR, DEMO_NOW);
    }
    const [initiative] = t.app.uow.read((repos) => repos.initiatives.list());
    if (!initiative) throw new Error('no initiative imported');
    const contact = initiative.contacts[0] ?? '';
    t.app.uow.write({ actor: 'test', now: DEMO_NOW }, (repos) => {
      repos.initiatives.save({
        ...initiative,
        delegations: [{ from: contact, to: contact, fromDate: '2026-11-01', toDate: '2026-11-30' }],
      });
      repos.people.linkIdentity(contact, { platform: 'msteams', userId: 'aad-1' });
    });
    importRegistry(t.app, 'people', fixture('people.csv'), OPERATOR, DEMO_NOW);
    importRegistry(t.app, 'initiatives', fixture('initiatives.csv'), OPERATOR, DEMO_NOW);
    const after = t.app.uow.read((repos) => ({
      initiative: repos.initiatives.get(initiative.id),
      person: repos.people.get(contact),
    }));
    expect(after.initiative?.delegations).toHaveLength(1);
    expect(after.person?.identities).toEqual([{ platform: 'msteams', userId: 'aad-1' }]);
  });

  it('lets only the secretariat import', () => {
    importRegistry(t.app, 'organisations', fixture('organisations.csv'), OPERATOR, DEMO_NOW);
    importRegistry(t.app, 'people', fixture('people.csv'), OPERATOR, DEMO_NOW);
    const someone = t.app.uow.read((repos) => repos.people.list().find((p) => !p.roles.includes('secretariat')));
    if (!someone) throw new Error('fixture has no non-secretariat person');
    expect(() =>
      importRegistry(
        t.app,
        'organisations',
        fixture('organisations.csv'),
        { kind: 'person', person: someone },
        DEMO_NOW,
      ),
    ).toThrow('AUTH.NOT_SECRETARIAT');
  });
});

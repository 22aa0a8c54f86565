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
      keys: { created: [], updated: [] },
      encoding: 'utf-8',
    });
    expect(counts()).toEqual(before);
  });

  it('imports ids of any length and lists initiatives by running number, not as text', () => {
    for (const kind of ['organisations', 'people'] as const) {
      importRegistry(t.app, kind, fixture(`${kind}.csv`), OPERATOR, DEMO_NOW);
    }
    const header =
      'id;title;owner_organisation;contacts;focus_area;agreed_result;agreed_completion_date;agreed_cost_nok;phase';
    const rows = ['T-2026-999', 'T-2026-10', 'T-2026-1', 'T-2026-2'].map(
      (id) => `${id};Tiltak ${id};nav;ase.odegard@nav.example.no;samordning;Resultat;31.12.2026;100;planning`,
    );
    const outcome = importRegistry(t.app, 'initiatives', [header, ...rows].join('\n'), OPERATOR, DEMO_NOW);
    expect(outcome).toMatchObject({
      ok: true,
      counts: { created: 4, updated: 0, unchanged: 0 },
      keys: { created: ['T-2026-01', 'T-2026-02', 'T-2026-10', 'T-2026-999'], updated: [] },
    });
    const listed = t.app.uow.read((repos) => repos.initiatives.list().map((i) => i.id));
    expect(listed).toEqual(['T-2026-01', 'T-2026-02', 'T-2026-10', 'T-2026-999']);
    // What people type finds what was imported, however they pad it.
    expect(t.app.uow.read((repos) => repos.initiatives.get('T-2026-01'))?.title).toBe('Tiltak T-2026-1');
  });

  it('reads a Windows-1252 file as such, and refuses one it cannot read, storing nothing', () => {
    const latin1 = Buffer.from('id;navn\nbrreg;Brønnøysundregistrene\n', 'latin1');
    const outcome = importRegistry(t.app, 'organisations', latin1, OPERATOR, DEMO_NOW);
    expect(outcome).toMatchObject({ ok: true, encoding: 'windows-1252', keys: { created: ['brreg'] } });
    expect(t.app.uow.read((repos) => repos.organisations.get('brreg'))?.name).toBe('Brønnøysundregistrene');

    const before = counts();
    const mixed = Buffer.concat([Buffer.from('id;navn\nnav;Åsane\nks;'), Buffer.from([0xc5, 0x0a])]);
    expect(importRegistry(t.app, 'organisations', mixed, OPERATOR, DEMO_NOW)).toEqual({
      ok: false,
      issues: [{ line: 3, column: null, code: 'invalid-encoding', params: {} }],
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

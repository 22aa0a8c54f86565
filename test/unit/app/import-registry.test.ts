import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importRegistry } from '../../../src/app/registry/import-registry';
import { DEMO_NOW, OPERATOR, type TestApp, testApp } from '../../helpers/test-app';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/import', name), 'utf8');

describe('importing the registry from CSV', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp({ demo: false });
  });
  afterEach(async () => await t.close());

  const counts = async () =>
    await t.app.uow.read(async (repos) => ({
      organisations: (await repos.organisations.list()).length,
      people: (await repos.people.list()).length,
      initiatives: (await repos.initiatives.list()).length,
      audit: (await repos.audit.list()).length,
    }));

  it('imports organisations, people and initiatives in order, and a re-import changes nothing', async () => {
    for (const kind of ['organisations', 'people', 'initiatives'] as const) {
      const outcome = await importRegistry(t.app, kind, fixture(`${kind}.csv`), OPERATOR, DEMO_NOW);
      expect(outcome).toMatchObject({ ok: true, kind, counts: { updated: 0, unchanged: 0 } });
    }
    const before = await counts();
    expect(before.initiatives).toBeGreaterThan(0);
    const again = await importRegistry(t.app, 'initiatives', fixture('initiatives.csv'), OPERATOR, DEMO_NOW);
    expect(again).toEqual({
      ok: true,
      kind: 'initiatives',
      counts: { created: 0, updated: 0, unchanged: before.initiatives },
      keys: { created: [], updated: [] },
      encoding: 'utf-8',
    });
    expect(await counts()).toEqual(before);
  });

  it('imports ids of any length and lists initiatives by running number, not as text', async () => {
    for (const kind of ['organisations', 'people'] as const) {
      await importRegistry(t.app, kind, fixture(`${kind}.csv`), OPERATOR, DEMO_NOW);
    }
    const header =
      'id;title;owner_organisation;contacts;focus_area;agreed_result;agreed_completion_date;agreed_cost_nok;phase';
    const rows = ['T-2026-999', 'T-2026-10', 'T-2026-1', 'T-2026-2'].map(
      (id) => `${id};Tiltak ${id};nav;ase.odegard@nav.example.no;samordning;Resultat;31.12.2026;100;planning`,
    );
    const outcome = await importRegistry(t.app, 'initiatives', [header, ...rows].join('\n'), OPERATOR, DEMO_NOW);
    expect(outcome).toMatchObject({
      ok: true,
      counts: { created: 4, updated: 0, unchanged: 0 },
      keys: { created: ['T-2026-01', 'T-2026-02', 'T-2026-10', 'T-2026-999'], updated: [] },
    });
    const listed = await t.app.uow.read(async (repos) => (await repos.initiatives.list()).map((i) => i.id));
    expect(listed).toEqual(['T-2026-01', 'T-2026-02', 'T-2026-10', 'T-2026-999']);
    // What people type finds what was imported, however they pad it.
    expect((await t.app.uow.read(async (repos) => await repos.initiatives.get('T-2026-01')))?.title).toBe(
      'Tiltak T-2026-1',
    );
  });

  it('reads a Windows-1252 file as such, and refuses one it cannot read, storing nothing', async () => {
    const latin1 = Buffer.from('id;navn\nbrreg;Brønnøysundregistrene\n', 'latin1');
    const outcome = await importRegistry(t.app, 'organisations', latin1, OPERATOR, DEMO_NOW);
    expect(outcome).toMatchObject({ ok: true, encoding: 'windows-1252', keys: { created: ['brreg'] } });
    expect((await t.app.uow.read(async (repos) => await repos.organisations.get('brreg')))?.name).toBe(
      'Brønnøysundregistrene',
    );

    const before = await counts();
    const mixed = Buffer.concat([Buffer.from('id;navn\nnav;Åsane\nks;'), Buffer.from([0xc5, 0x0a])]);
    expect(await importRegistry(t.app, 'organisations', mixed, OPERATOR, DEMO_NOW)).toEqual({
      ok: false,
      issues: [{ line: 3, column: null, code: 'invalid-encoding', params: {} }],
    });
    expect(await counts()).toEqual(before);
  });

  it('rejects a bad file whole: every bad row reported, nothing written', async () => {
    await importRegistry(t.app, 'organisations', fixture('organisations.csv'), OPERATOR, DEMO_NOW);
    await importRegistry(t.app, 'people', fixture('people.csv'), OPERATOR, DEMO_NOW);
    const before = await counts();
    const outcome = await importRegistry(t.app, 'initiatives', fixture('initiatives-bad.csv'), OPERATOR, DEMO_NOW);
    if (outcome.ok) throw new Error('the bad file was accepted');
    expect(new Set(outcome.issues.map((i) => i.code)).size).toBeGreaterThanOrEqual(5);
    expect(outcome.issues.every((i) => i.line >= 1)).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('keeps delegations and linked identities when records are imported again', async () => {
    for (const kind of ['organisations', 'people', 'initiatives'] as const) {
      await importRegistry(t.app, kind, fixture(`${kind}.csv`), OPERATOR, DEMO_NOW);
    }
    const [initiative] = await t.app.uow.read(async (repos) => await repos.initiatives.list());
    if (!initiative) throw new Error('no initiative imported');
    const contact = initiative.contacts[0] ?? '';
    await t.app.uow.write({ actor: 'test', now: DEMO_NOW }, async (repos) => {
      await repos.initiatives.save({
        ...initiative,
        delegations: [{ from: contact, to: contact, fromDate: '2026-11-01', toDate: '2026-11-30' }],
      });
      await repos.people.linkIdentity(contact, { platform: 'msteams', userId: 'aad-1' });
    });
    await importRegistry(t.app, 'people', fixture('people.csv'), OPERATOR, DEMO_NOW);
    await importRegistry(t.app, 'initiatives', fixture('initiatives.csv'), OPERATOR, DEMO_NOW);
    const after = await t.app.uow.read(async (repos) => ({
      initiative: await repos.initiatives.get(initiative.id),
      person: await repos.people.get(contact),
    }));
    expect(after.initiative?.delegations).toHaveLength(1);
    expect(after.person?.identities).toEqual([{ platform: 'msteams', userId: 'aad-1' }]);
  });

  it('lets only the secretariat import', async () => {
    await importRegistry(t.app, 'organisations', fixture('organisations.csv'), OPERATOR, DEMO_NOW);
    await importRegistry(t.app, 'people', fixture('people.csv'), OPERATOR, DEMO_NOW);
    const someone = await t.app.uow.read(async (repos) =>
      (await repos.people.list()).find((p) => !p.roles.includes('secretariat')),
    );
    if (!someone) throw new Error('fixture has no non-secretariat person');
    await expect(
      async () =>
        await importRegistry(
          t.app,
          'organisations',
          fixture('organisations.csv'),
          { kind: 'person', person: someone },
          DEMO_NOW,
        ),
    ).rejects.toThrow('AUTH.NOT_SECRETARIAT');
  });
});

import type { Initiative, Meeting, Organisation, PlatformIdentity } from '../../../src/domain/model';
import { anInitiative, aPerson, aRound } from '../../helpers/builders';
import {
  auditOf,
  checkSaveCycle,
  ctxAt,
  FOREIGN_KEY_VIOLATION,
  KARI,
  OLA,
  saying,
  seedBasics,
  uniqueViolation,
  useMemoryStore,
} from '../../helpers/store-fixtures';

const T1 = ctxAt('2026-11-10T09:00:00.000Z', 'admin@digdir.example.no');
const T2 = ctxAt('2026-11-11T09:00:00.000Z', 'bot');

describe('organisations', () => {
  const store = useMemoryStore();

  it('round-trips and audits created, unchanged and updated saves', async () => {
    await checkSaveCycle<Organisation>(store(), {
      entity: 'organisation',
      entityId: 'brreg',
      first: { id: 'brreg', name: 'Brønnøysundregistrene', orgNumber: '974760673' },
      changed: { id: 'brreg', name: 'Brønnøysundregistrene', orgNumber: null },
      save: async (r, o) => await r.organisations.save(o),
      get: async (r) => await r.organisations.get('brreg'),
    });
  });

  it('lists by name, and gives null for an unknown id', async () => {
    const { uow } = store();
    const zeta: Organisation = { id: 'a-zeta', name: 'Zeta', orgNumber: null };
    const alfa: Organisation = { id: 'z-alfa', name: 'Alfa', orgNumber: '123456789' };
    await uow.write(T1, async (r) => [await r.organisations.save(zeta), await r.organisations.save(alfa)]);
    expect(await uow.read(async (r) => await r.organisations.list())).toEqual([alfa, zeta]);
    expect(await uow.read(async (r) => await r.organisations.get('nope'))).toBeNull();
  });

  // The CSV import builds records in another key order than the store reads them back.
  it('treats an equal organisation with its keys in another order as unchanged', async () => {
    const { uow } = store();
    await uow.write(T1, async (r) => await r.organisations.save({ id: 'nav', name: 'NAV', orgNumber: null }));
    expect(
      await uow.write(T2, async (r) => await r.organisations.save({ orgNumber: null, name: 'NAV', id: 'nav' })),
    ).toBe('unchanged');
  });
});

describe('people', () => {
  const store = useMemoryStore();

  it('round-trips and audits created, unchanged and updated saves', async () => {
    const s = store();
    await s.uow.write(T1, async (r) => await r.organisations.save({ id: 'digdir', name: 'Digdir', orgNumber: null }));
    await checkSaveCycle(s, {
      entity: 'person',
      entityId: KARI,
      first: aPerson(),
      changed: aPerson({ name: 'Kari Nordmann-Berg', locale: 'nn', roles: ['owner', 'au'], organisationId: null }),
      save: async (r, p) => await r.people.save(p),
      get: async (r) => await r.people.get(KARI),
    });
  });

  it('stores the email in lower case and finds it whatever the case', async () => {
    const { uow } = store();
    await uow.write(
      T1,
      async (r) => await r.people.save(aPerson({ email: 'Per.Hansen@NAV.Example.no', organisationId: null })),
    );
    expect(await uow.read(async (r) => (await r.people.get('PER.HANSEN@nav.EXAMPLE.NO'))?.email)).toBe(
      'per.hansen@nav.example.no',
    );
  });

  it('lists by name and filters by role', async () => {
    const { uow } = store();
    await uow.write(T1, seedBasics);
    expect(await uow.read(async (r) => (await r.people.list()).map((p) => p.name))).toEqual([
      'Kari Nordmann',
      'Ola Hansen',
      'Sekretariatet',
    ]);
    expect(await uow.read(async (r) => (await r.people.withRole('au')).map((p) => p.email))).toEqual([OLA]);
    expect(await uow.read(async (r) => await r.people.withRole('strategy-owner'))).toEqual([]);
  });

  it('links identities, finds people by them, and keeps them when the person is saved again', async () => {
    const s = store();
    await s.uow.write(T1, seedBasics);
    await s.uow.write(T2, async (r) => {
      await r.people.linkIdentity(KARI, { platform: 'slack', userId: 'U123' });
      await r.people.linkIdentity(KARI, { platform: 'msteams', userId: 'aad-1' });
    });
    const identities: PlatformIdentity[] = [
      { platform: 'msteams', userId: 'aad-1' },
      { platform: 'slack', userId: 'U123' },
    ];
    expect(await s.uow.read(async (r) => await r.people.findByIdentity('slack', 'U123'))).toEqual(
      aPerson({ identities }),
    );
    expect(await s.uow.read(async (r) => await r.people.findByIdentity('msteams', 'U123'))).toBeNull();

    // Saving the person (an import, say) neither drops nor replaces the linked identities.
    const resaved = await s.uow.write(T2, async (r) => [
      await r.people.save(aPerson()),
      await r.people.save(aPerson({ name: 'Kari N.' })),
    ]);
    expect(resaved).toEqual(['unchanged', 'updated']);
    expect(await s.uow.read(async (r) => (await r.people.get(KARI))?.identities)).toEqual(identities);

    const links = (await auditOf(s, 'person', KARI)).filter((e) => e.action === 'link-identity');
    expect(links.map(({ at, actor, before, after }) => ({ at, actor, before, after }))).toEqual([
      { at: T2.now.toISOString(), actor: 'bot', before: null, after: { platform: 'slack', userId: 'U123' } },
      { at: T2.now.toISOString(), actor: 'bot', before: null, after: { platform: 'msteams', userId: 'aad-1' } },
    ]);
  });

  it('relinks a platform user to another email, and does not audit a link that is already there', async () => {
    const s = store();
    await s.uow.write(T1, seedBasics);
    const slack = { platform: 'slack', userId: 'U123' } as const;
    await s.uow.write(T1, async (r) => await r.people.linkIdentity(KARI, slack));
    await s.uow.write(T2, async (r) => await r.people.linkIdentity(KARI, slack));
    expect((await auditOf(s, 'person')).filter((e) => e.action === 'link-identity')).toHaveLength(1);

    await s.uow.write(T2, async (r) => await r.people.linkIdentity(OLA, slack));
    expect(await s.uow.read(async (r) => (await r.people.findByIdentity('slack', 'U123'))?.email)).toBe(OLA);
    expect(await s.uow.read(async (r) => (await r.people.get(KARI))?.identities)).toEqual([]);
    expect(await s.uow.read(async (r) => (await r.people.get(OLA))?.identities)).toEqual([slack]);
    const relink = (await auditOf(s, 'person', OLA)).filter((e) => e.action === 'link-identity');
    expect(relink.map(({ actor, before, after }) => ({ actor, before, after }))).toEqual([
      { actor: 'bot', before: { email: KARI }, after: slack },
    ]);
  });

  // BUG (src/store/person-repository.ts, linkIdentity): unlike get and save, it does not
  // lower-case the email, so a link to a mixed-case address fails the foreign key.
  it('links an identity whatever the case of the email', async () => {
    const { uow } = store();
    await uow.write(T1, seedBasics);
    await uow.write(
      T2,
      async (r) => await r.people.linkIdentity(KARI.toUpperCase(), { platform: 'slack', userId: 'U7' }),
    );
    expect(await uow.read(async (r) => (await r.people.findByIdentity('slack', 'U7'))?.email)).toBe(KARI);
  });

  it('rejects an identity for an unknown person', async () => {
    const { uow } = store();
    await expect(
      async () =>
        await uow.write(
          T1,
          async (r) => await r.people.linkIdentity('nobody@digdir.example.no', { platform: 'slack', userId: 'U9' }),
        ),
    ).rejects.toMatchObject(saying(FOREIGN_KEY_VIOLATION));
  });
});

describe('initiatives', () => {
  const store = useMemoryStore();
  const extraPeople = ['ada@digdir.example.no', 'bjorn@digdir.example.no', 'vikar@digdir.example.no'];

  async function seed(): Promise<void> {
    await store().uow.write(T1, async (r) => {
      await seedBasics(r);
      for (const email of extraPeople) await r.people.save(aPerson({ email, name: email }));
    });
  }

  const delegated = anInitiative({
    id: 'T-2026-05',
    // Not alphabetical: the contacts' order (first is the main contact) is kept.
    contacts: [KARI, 'bjorn@digdir.example.no', 'ada@digdir.example.no'],
    delegations: [
      { from: KARI, to: 'vikar@digdir.example.no', fromDate: '2026-07-01', toDate: '2026-07-31' },
      { from: 'bjorn@digdir.example.no', to: 'ada@digdir.example.no', fromDate: '2026-10-01', toDate: '2026-10-14' },
    ],
    lifeEvents: [],
    sdgs: [17, 3],
    agreedCostNok: 2_500_000.5,
    tolerancePercent: 12.5,
  });

  it('round-trips contacts in order and delegations, and audits created, unchanged and updated saves', async () => {
    await seed();
    await checkSaveCycle<Initiative>(store(), {
      entity: 'initiative',
      entityId: 'T-2026-05',
      first: delegated,
      changed: {
        ...delegated,
        contacts: ['ada@digdir.example.no', KARI],
        delegations: [],
        phase: 'finished',
      },
      save: async (r, i) => await r.initiatives.save(i),
      get: async (r) => await r.initiatives.get('T-2026-05'),
    });
  });

  it('lists by id and finds the initiatives of a contact or a delegate', async () => {
    await seed();
    const { uow } = store();
    await uow.write(T2, async (r) => [
      await r.initiatives.save(delegated),
      await r.initiatives.save(anInitiative({ id: 'T-2025-01' })),
    ]);
    expect(await uow.read(async (r) => (await r.initiatives.list()).map((i) => i.id))).toEqual([
      'T-2025-01',
      'T-2026-03',
      'T-2026-05',
    ]);
    const forPerson = async (email: string) =>
      await uow.read(async (r) => (await r.initiatives.listForPerson(email)).map((i) => i.id));
    expect(await forPerson(KARI)).toEqual(['T-2025-01', 'T-2026-03', 'T-2026-05']);
    expect(await forPerson('VIKAR@digdir.example.no')).toEqual(['T-2026-05']);
    expect(await forPerson(OLA)).toEqual([]);
    expect(await uow.read(async (r) => await r.initiatives.get('T-1999-01'))).toBeNull();
  });

  it('rejects a contact who is not a known person', async () => {
    await seed();
    await expect(
      async () =>
        await store().uow.write(
          T2,
          async (r) => await r.initiatives.save(anInitiative({ id: 'T-2026-09', contacts: ['x@y.example.no'] })),
        ),
    ).rejects.toMatchObject(saying(FOREIGN_KEY_VIOLATION));
  });

  // BUG (src/store/initiative-repository.ts): delegations are read back ordered by date, but
  // compared in the order given, so saving the same delegations in another order is an "update".
  it('treats the same delegations given in another order as unchanged', async () => {
    await seed();
    const { uow } = store();
    await uow.write(T2, async (r) => await r.initiatives.save(delegated));
    const reordered = { ...delegated, delegations: [...delegated.delegations].reverse() };
    expect(await uow.write(T2, async (r) => await r.initiatives.save(reordered))).toBe('unchanged');
  });
});

describe('meetings', () => {
  const store = useMemoryStore();

  it('round-trips and audits created, unchanged and updated saves', async () => {
    await checkSaveCycle<Meeting>(store(), {
      entity: 'meeting',
      entityId: 'au-2026-12-03',
      first: { id: 'au-2026-12-03', forum: 'au', date: '2026-12-03', place: null },
      changed: { id: 'au-2026-12-03', forum: 'au', date: '2026-12-04', place: 'Teams' },
      save: async (r, m) => await r.meetings.save(m),
      get: async (r) => await r.meetings.get('au-2026-12-03'),
    });
  });

  it('lists by date, then forum', async () => {
    const { uow } = store();
    const meetings: Meeting[] = [
      { id: 'skate-2026-12-10', forum: 'skate', date: '2026-12-10', place: 'Oslo' },
      { id: 'skate-b', forum: 'skate', date: '2026-12-03', place: null },
      { id: 'au-2026-12-03', forum: 'au', date: '2026-12-03', place: null },
    ];
    await uow.write(T1, async (r) => {
      for (const m of meetings) await r.meetings.save(m);
    });
    expect(await uow.read(async (r) => (await r.meetings.list()).map((m) => m.id))).toEqual([
      'au-2026-12-03',
      'skate-b',
      'skate-2026-12-10',
    ]);
    expect(await uow.read(async (r) => await r.meetings.get('nope'))).toBeNull();
  });
});

describe('rounds', () => {
  const store = useMemoryStore();

  it('round-trips and audits created, unchanged and updated saves', async () => {
    const s = store();
    await s.uow.write(
      T1,
      async (r) => await r.meetings.save({ id: 'skate-2026-12-10', forum: 'skate', date: '2026-12-10', place: null }),
    );
    await s.uow.write(
      T1,
      async (r) => await r.meetings.save({ id: 'au-2026-12-03', forum: 'au', date: '2026-12-03', place: null }),
    );
    await checkSaveCycle(s, {
      entity: 'round',
      entityId: '2026-Q4',
      first: aRound({ state: 'planned', openedAt: null }),
      changed: aRound({ auMeetingId: 'au-2026-12-03', state: 'closed', closedAt: '2026-12-11T08:00:00.000Z' }),
      save: async (r, round) => await r.rounds.save(round),
      get: async (r) => await r.rounds.get('2026-Q4'),
    });
  });

  it('lists by id, lists the active ones and finds a round by its Skate meeting', async () => {
    const { uow } = store();
    await uow.write(T1, async (r) => {
      await seedBasics(r);
      await r.meetings.save({ id: 'skate-2027-03-11', forum: 'skate', date: '2027-03-11', place: null });
      await r.rounds.save(aRound({ id: '2027-Q1', skateMeetingId: 'skate-2027-03-11', state: 'in-review' }));
    });
    expect(await uow.read(async (r) => (await r.rounds.list()).map((x) => x.id))).toEqual([
      '2026-Q3',
      '2026-Q4',
      '2027-Q1',
    ]);
    expect(await uow.read(async (r) => (await r.rounds.listActive()).map((x) => x.id))).toEqual(['2026-Q4', '2027-Q1']);
    expect(await uow.read(async (r) => (await r.rounds.findBySkateMeeting('skate-2026-09-24'))?.id)).toBe('2026-Q3');
    expect(await uow.read(async (r) => await r.rounds.findBySkateMeeting('skate-2099-01-01'))).toBeNull();
  });

  it('rejects a round whose Skate meeting is unknown or already used', async () => {
    const { uow } = store();
    await uow.write(T1, seedBasics);
    await expect(
      async () =>
        await uow.write(T2, async (r) => await r.rounds.save(aRound({ id: '2027-Q1', skateMeetingId: 'nope' }))),
    ).rejects.toMatchObject(saying(FOREIGN_KEY_VIOLATION));
    await expect(
      async () => await uow.write(T2, async (r) => await r.rounds.save(aRound({ id: '2027-Q1' }))),
    ).rejects.toMatchObject(saying(uniqueViolation()));
  });
});

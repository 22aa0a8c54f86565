import type { Initiative, Meeting, Organisation, PlatformIdentity } from '../../../src/domain/model';
import { anInitiative, aPerson, aRound } from '../../helpers/builders';
import { auditOf, checkSaveCycle, ctxAt, KARI, OLA, seedBasics, useMemoryStore } from '../../helpers/store-fixtures';

const T1 = ctxAt('2026-11-10T09:00:00.000Z', 'admin@digdir.example.no');
const T2 = ctxAt('2026-11-11T09:00:00.000Z', 'bot');

describe('organisations', () => {
  const store = useMemoryStore();

  it('round-trips and audits created, unchanged and updated saves', () => {
    checkSaveCycle<Organisation>(store(), {
      entity: 'organisation',
      entityId: 'brreg',
      first: { id: 'brreg', name: 'Brønnøysundregistrene', orgNumber: '974760673' },
      changed: { id: 'brreg', name: 'Brønnøysundregistrene', orgNumber: null },
      save: (r, o) => r.organisations.save(o),
      get: (r) => r.organisations.get('brreg'),
    });
  });

  it('lists by name, and gives null for an unknown id', () => {
    const { uow } = store();
    const zeta: Organisation = { id: 'a-zeta', name: 'Zeta', orgNumber: null };
    const alfa: Organisation = { id: 'z-alfa', name: 'Alfa', orgNumber: '123456789' };
    uow.write(T1, (r) => [r.organisations.save(zeta), r.organisations.save(alfa)]);
    expect(uow.read((r) => r.organisations.list())).toEqual([alfa, zeta]);
    expect(uow.read((r) => r.organisations.get('nope'))).toBeNull();
  });

  // The CSV import builds records in another key order than the store reads them back.
  it('treats an equal organisation with its keys in another order as unchanged', () => {
    const { uow } = store();
    uow.write(T1, (r) => r.organisations.save({ id: 'nav', name: 'NAV', orgNumber: null }));
    expect(uow.write(T2, (r) => r.organisations.save({ orgNumber: null, name: 'NAV', id: 'nav' }))).toBe('unchanged');
  });
});

describe('people', () => {
  const store = useMemoryStore();

  it('round-trips and audits created, unchanged and updated saves', () => {
    const s = store();
    s.uow.write(T1, (r) => r.organisations.save({ id: 'digdir', name: 'Digdir', orgNumber: null }));
    checkSaveCycle(s, {
      entity: 'person',
      entityId: KARI,
      first: aPerson(),
      changed: aPerson({ name: 'Kari Nordmann-Berg', locale: 'nn', roles: ['owner', 'au'], organisationId: null }),
      save: (r, p) => r.people.save(p),
      get: (r) => r.people.get(KARI),
    });
  });

  it('stores the email in lower case and finds it whatever the case', () => {
    const { uow } = store();
    uow.write(T1, (r) => r.people.save(aPerson({ email: 'Per.Hansen@NAV.Example.no', organisationId: null })));
    expect(uow.read((r) => r.people.get('PER.HANSEN@nav.EXAMPLE.NO')?.email)).toBe('per.hansen@nav.example.no');
  });

  it('lists by name and filters by role', () => {
    const { uow } = store();
    uow.write(T1, seedBasics);
    expect(uow.read((r) => r.people.list().map((p) => p.name))).toEqual([
      'Kari Nordmann',
      'Ola Hansen',
      'Sekretariatet',
    ]);
    expect(uow.read((r) => r.people.withRole('au').map((p) => p.email))).toEqual([OLA]);
    expect(uow.read((r) => r.people.withRole('strategy-owner'))).toEqual([]);
  });

  it('links identities, finds people by them, and keeps them when the person is saved again', () => {
    const s = store();
    s.uow.write(T1, seedBasics);
    s.uow.write(T2, (r) => {
      r.people.linkIdentity(KARI, { platform: 'slack', userId: 'U123' });
      r.people.linkIdentity(KARI, { platform: 'msteams', userId: 'aad-1' });
    });
    const identities: PlatformIdentity[] = [
      { platform: 'msteams', userId: 'aad-1' },
      { platform: 'slack', userId: 'U123' },
    ];
    expect(s.uow.read((r) => r.people.findByIdentity('slack', 'U123'))).toEqual(aPerson({ identities }));
    expect(s.uow.read((r) => r.people.findByIdentity('msteams', 'U123'))).toBeNull();

    // Saving the person (an import, say) neither drops nor replaces the linked identities.
    const resaved = s.uow.write(T2, (r) => [r.people.save(aPerson()), r.people.save(aPerson({ name: 'Kari N.' }))]);
    expect(resaved).toEqual(['unchanged', 'updated']);
    expect(s.uow.read((r) => r.people.get(KARI)?.identities)).toEqual(identities);

    const links = auditOf(s, 'person', KARI).filter((e) => e.action === 'link-identity');
    expect(links.map(({ at, actor, before, after }) => ({ at, actor, before, after }))).toEqual([
      { at: T2.now.toISOString(), actor: 'bot', before: null, after: { platform: 'slack', userId: 'U123' } },
      { at: T2.now.toISOString(), actor: 'bot', before: null, after: { platform: 'msteams', userId: 'aad-1' } },
    ]);
  });

  it('relinks a platform user to another email, and does not audit a link that is already there', () => {
    const s = store();
    s.uow.write(T1, seedBasics);
    const slack = { platform: 'slack', userId: 'U123' } as const;
    s.uow.write(T1, (r) => r.people.linkIdentity(KARI, slack));
    s.uow.write(T2, (r) => r.people.linkIdentity(KARI, slack));
    expect(auditOf(s, 'person').filter((e) => e.action === 'link-identity')).toHaveLength(1);

    s.uow.write(T2, (r) => r.people.linkIdentity(OLA, slack));
    expect(s.uow.read((r) => r.people.findByIdentity('slack', 'U123')?.email)).toBe(OLA);
    expect(s.uow.read((r) => r.people.get(KARI)?.identities)).toEqual([]);
    expect(s.uow.read((r) => r.people.get(OLA)?.identities)).toEqual([slack]);
    const relink = auditOf(s, 'person', OLA).filter((e) => e.action === 'link-identity');
    expect(relink.map(({ actor, before, after }) => ({ actor, before, after }))).toEqual([
      { actor: 'bot', before: { email: KARI }, after: slack },
    ]);
  });

  // BUG (src/store/person-repository.ts, linkIdentity): unlike get and save, it does not
  // lower-case the email, so a link to a mixed-case address fails the foreign key.
  it('links an identity whatever the case of the email', () => {
    const { uow } = store();
    uow.write(T1, seedBasics);
    uow.write(T2, (r) => r.people.linkIdentity(KARI.toUpperCase(), { platform: 'slack', userId: 'U7' }));
    expect(uow.read((r) => r.people.findByIdentity('slack', 'U7')?.email)).toBe(KARI);
  });

  it('rejects an identity for an unknown person', () => {
    const { uow } = store();
    expect(() =>
      uow.write(T1, (r) => r.people.linkIdentity('nobody@digdir.example.no', { platform: 'slack', userId: 'U9' })),
    ).toThrow(/FOREIGN KEY constraint failed/);
  });
});

describe('initiatives', () => {
  const store = useMemoryStore();
  const extraPeople = ['ada@digdir.example.no', 'bjorn@digdir.example.no', 'vikar@digdir.example.no'];

  function seed(): void {
    store().uow.write(T1, (r) => {
      seedBasics(r);
      for (const email of extraPeople) r.people.save(aPerson({ email, name: email }));
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

  it('round-trips contacts in order and delegations, and audits created, unchanged and updated saves', () => {
    seed();
    checkSaveCycle<Initiative>(store(), {
      entity: 'initiative',
      entityId: 'T-2026-05',
      first: delegated,
      changed: {
        ...delegated,
        contacts: ['ada@digdir.example.no', KARI],
        delegations: [],
        phase: 'finished',
      },
      save: (r, i) => r.initiatives.save(i),
      get: (r) => r.initiatives.get('T-2026-05'),
    });
  });

  it('lists by id and finds the initiatives of a contact or a delegate', () => {
    seed();
    const { uow } = store();
    uow.write(T2, (r) => [r.initiatives.save(delegated), r.initiatives.save(anInitiative({ id: 'T-2025-01' }))]);
    expect(uow.read((r) => r.initiatives.list().map((i) => i.id))).toEqual(['T-2025-01', 'T-2026-03', 'T-2026-05']);
    const forPerson = (email: string) => uow.read((r) => r.initiatives.listForPerson(email).map((i) => i.id));
    expect(forPerson(KARI)).toEqual(['T-2025-01', 'T-2026-03', 'T-2026-05']);
    expect(forPerson('VIKAR@digdir.example.no')).toEqual(['T-2026-05']);
    expect(forPerson(OLA)).toEqual([]);
    expect(uow.read((r) => r.initiatives.get('T-1999-01'))).toBeNull();
  });

  it('rejects a contact who is not a known person', () => {
    seed();
    expect(() =>
      store().uow.write(T2, (r) => r.initiatives.save(anInitiative({ id: 'T-2026-09', contacts: ['x@y.example.no'] }))),
    ).toThrow(/FOREIGN KEY constraint failed/);
  });

  // BUG (src/store/initiative-repository.ts): delegations are read back ordered by date, but
  // compared in the order given, so saving the same delegations in another order is an "update".
  it('treats the same delegations given in another order as unchanged', () => {
    seed();
    const { uow } = store();
    uow.write(T2, (r) => r.initiatives.save(delegated));
    const reordered = { ...delegated, delegations: [...delegated.delegations].reverse() };
    expect(uow.write(T2, (r) => r.initiatives.save(reordered))).toBe('unchanged');
  });
});

describe('meetings', () => {
  const store = useMemoryStore();

  it('round-trips and audits created, unchanged and updated saves', () => {
    checkSaveCycle<Meeting>(store(), {
      entity: 'meeting',
      entityId: 'au-2026-12-03',
      first: { id: 'au-2026-12-03', forum: 'au', date: '2026-12-03', place: null },
      changed: { id: 'au-2026-12-03', forum: 'au', date: '2026-12-04', place: 'Teams' },
      save: (r, m) => r.meetings.save(m),
      get: (r) => r.meetings.get('au-2026-12-03'),
    });
  });

  it('lists by date, then forum', () => {
    const { uow } = store();
    const meetings: Meeting[] = [
      { id: 'skate-2026-12-10', forum: 'skate', date: '2026-12-10', place: 'Oslo' },
      { id: 'skate-b', forum: 'skate', date: '2026-12-03', place: null },
      { id: 'au-2026-12-03', forum: 'au', date: '2026-12-03', place: null },
    ];
    uow.write(T1, (r) => meetings.map((m) => r.meetings.save(m)));
    expect(uow.read((r) => r.meetings.list().map((m) => m.id))).toEqual([
      'au-2026-12-03',
      'skate-b',
      'skate-2026-12-10',
    ]);
    expect(uow.read((r) => r.meetings.get('nope'))).toBeNull();
  });
});

describe('rounds', () => {
  const store = useMemoryStore();

  it('round-trips and audits created, unchanged and updated saves', () => {
    const s = store();
    s.uow.write(T1, (r) =>
      r.meetings.save({ id: 'skate-2026-12-10', forum: 'skate', date: '2026-12-10', place: null }),
    );
    s.uow.write(T1, (r) => r.meetings.save({ id: 'au-2026-12-03', forum: 'au', date: '2026-12-03', place: null }));
    checkSaveCycle(s, {
      entity: 'round',
      entityId: '2026-Q4',
      first: aRound({ state: 'planned', openedAt: null }),
      changed: aRound({ auMeetingId: 'au-2026-12-03', state: 'closed', closedAt: '2026-12-11T08:00:00.000Z' }),
      save: (r, round) => r.rounds.save(round),
      get: (r) => r.rounds.get('2026-Q4'),
    });
  });

  it('lists by id, lists the active ones and finds a round by its Skate meeting', () => {
    const { uow } = store();
    uow.write(T1, (r) => {
      seedBasics(r);
      r.meetings.save({ id: 'skate-2027-03-11', forum: 'skate', date: '2027-03-11', place: null });
      r.rounds.save(aRound({ id: '2027-Q1', skateMeetingId: 'skate-2027-03-11', state: 'in-review' }));
    });
    expect(uow.read((r) => r.rounds.list().map((x) => x.id))).toEqual(['2026-Q3', '2026-Q4', '2027-Q1']);
    expect(uow.read((r) => r.rounds.listActive().map((x) => x.id))).toEqual(['2026-Q4', '2027-Q1']);
    expect(uow.read((r) => r.rounds.findBySkateMeeting('skate-2026-09-24')?.id)).toBe('2026-Q3');
    expect(uow.read((r) => r.rounds.findBySkateMeeting('skate-2099-01-01'))).toBeNull();
  });

  it('rejects a round whose Skate meeting is unknown or already used', () => {
    const { uow } = store();
    uow.write(T1, seedBasics);
    expect(() => uow.write(T2, (r) => r.rounds.save(aRound({ id: '2027-Q1', skateMeetingId: 'nope' })))).toThrow(
      /FOREIGN KEY constraint failed/,
    );
    expect(() => uow.write(T2, (r) => r.rounds.save(aRound({ id: '2027-Q1' })))).toThrow(/UNIQUE constraint failed/);
  });
});

import {
  authorise,
  canAdminister,
  canReadAgenda,
  canReport,
  canVote,
  reportersOf,
} from '../../../src/domain/authorisation';
import type { Role } from '../../../src/domain/model';
import { anInitiative, aPerson } from '../../helpers/builders';

const kari = 'kari.nordmann@digdir.example.no';
const per = 'per.hansen@digdir.example.no';
const lise = 'lise.berg@digdir.example.no';

// Kari is on leave from 1 to 31 July 2026; Lise reports for her meanwhile.
const initiative = anInitiative({
  contacts: [kari, per],
  delegations: [{ from: kari, to: lise, fromDate: '2026-07-01', toDate: '2026-07-31' }],
});

describe('canReport', () => {
  it('lets every contact report', () => {
    expect(canReport(aPerson({ email: kari }), initiative, '2026-10-15')).toBe(true);
    expect(canReport(aPerson({ email: per }), initiative, '2026-10-15')).toBe(true);
  });

  it('lets a contact report while they have delegated', () => {
    expect(canReport(aPerson({ email: kari }), initiative, '2026-07-15')).toBe(true);
  });

  it.each(['2026-07-01', '2026-07-15', '2026-07-31'])('lets the delegate report on %s (dates inclusive)', (today) => {
    expect(canReport(aPerson({ email: lise }), initiative, today)).toBe(true);
  });

  it.each([
    ['before it starts', '2026-06-30'],
    ['after it has expired', '2026-08-01'],
  ])('refuses the delegate %s', (_, today) => {
    expect(canReport(aPerson({ email: lise }), initiative, today)).toBe(false);
  });

  it('refuses a delegate of someone who is no longer a contact', () => {
    const kariRemoved = anInitiative({ contacts: [per], delegations: initiative.delegations });
    expect(canReport(aPerson({ email: lise }), kariRemoved, '2026-07-15')).toBe(false);
  });

  it('refuses the secretariat and anyone else', () => {
    expect(
      canReport(aPerson({ email: 'sekretariat@digdir.example.no', roles: ['secretariat'] }), initiative, '2026-10-15'),
    ).toBe(false);
    expect(canReport(aPerson({ email: 'ola@nav.example.no', roles: ['owner'] }), initiative, '2026-10-15')).toBe(false);
  });
});

describe('reportersOf', () => {
  it('is the contacts when no delegation is active', () => {
    expect(reportersOf(initiative, '2026-10-15')).toEqual([kari, per]);
    expect(reportersOf(initiative, '2026-06-30')).toEqual([kari, per]);
    expect(reportersOf(initiative, '2026-08-01')).toEqual([kari, per]);
  });

  it('replaces a contact by their delegate while the delegation lasts', () => {
    expect(reportersOf(initiative, '2026-07-01')).toEqual([lise, per]);
    expect(reportersOf(initiative, '2026-07-31')).toEqual([lise, per]);
  });

  it('does not list a person twice when a contact delegates to another contact', () => {
    const toPer = anInitiative({
      contacts: [kari, per],
      delegations: [{ from: kari, to: per, fromDate: '2026-07-01', toDate: '2026-07-31' }],
    });
    expect(reportersOf(toPer, '2026-07-15')).toEqual([per]);
  });

  it('adds every delegate of a contact with overlapping delegations', () => {
    const two = anInitiative({
      contacts: [kari],
      delegations: [
        { from: kari, to: lise, fromDate: '2026-07-01', toDate: '2026-07-31' },
        { from: kari, to: per, fromDate: '2026-07-15', toDate: '2026-08-15' },
      ],
    });
    expect(reportersOf(two, '2026-07-20')).toEqual([lise, per]);
    expect(reportersOf(two, '2026-08-01')).toEqual([per]);
  });

  it('ignores a delegation from someone who is no longer a contact', () => {
    const stale = anInitiative({ contacts: [per], delegations: initiative.delegations });
    expect(reportersOf(stale, '2026-07-15')).toEqual([per]);
  });
});

describe('role checks', () => {
  const withRoles = (...roles: Role[]) => aPerson({ roles });

  it('lets only AU members vote', () => {
    expect(canVote(withRoles('au'))).toBe(true);
    expect(canVote(withRoles('secretariat', 'skate', 'owner', 'strategy-owner'))).toBe(false);
  });

  it('lets only the secretariat administer', () => {
    expect(canAdminister(withRoles('secretariat'))).toBe(true);
    expect(canAdminister(withRoles('au', 'skate', 'owner', 'strategy-owner'))).toBe(false);
  });

  it.each(['secretariat', 'au', 'skate', 'strategy-owner'] as const)('lets %s read the agenda', (role) => {
    expect(canReadAgenda(withRoles(role))).toBe(true);
  });

  it('does not let a mere owner, or someone without roles, read the agenda', () => {
    expect(canReadAgenda(withRoles('owner'))).toBe(false);
    expect(canReadAgenda(withRoles())).toBe(false);
  });
});

describe('authorise', () => {
  it('refuses an unknown person whatever the action', () => {
    expect(authorise({ kind: 'vote' }, null)).toEqual({ code: 'AUTH.UNKNOWN_PERSON' });
    expect(authorise({ kind: 'report', initiative, today: '2026-10-15' }, null)).toEqual({
      code: 'AUTH.UNKNOWN_PERSON',
    });
  });

  it('allows a contact to report and refuses others as not the owner', () => {
    const action = { kind: 'report', initiative, today: '2026-10-15' } as const;
    expect(authorise(action, aPerson({ email: per }))).toBeNull();
    expect(authorise(action, aPerson({ email: lise }))).toEqual({
      code: 'AUTH.NOT_OWNER',
      params: { initiativeId: 'T-2026-03' },
    });
  });

  it('allows the delegate to report only during the delegation', () => {
    expect(authorise({ kind: 'report', initiative, today: '2026-07-10' }, aPerson({ email: lise }))).toBeNull();
  });

  it('refuses a vote by a non-member of AU', () => {
    expect(authorise({ kind: 'vote' }, aPerson({ roles: ['au'] }))).toBeNull();
    expect(authorise({ kind: 'vote' }, aPerson({ roles: ['secretariat'] }))).toEqual({ code: 'AUTH.NOT_AU' });
  });

  it('refuses administration by anyone but the secretariat', () => {
    expect(authorise({ kind: 'administer' }, aPerson({ roles: ['secretariat'] }))).toBeNull();
    expect(authorise({ kind: 'administer' }, aPerson({ roles: ['au'] }))).toEqual({ code: 'AUTH.NOT_SECRETARIAT' });
  });

  it('refuses the agenda to a mere owner', () => {
    expect(authorise({ kind: 'read-agenda' }, aPerson({ roles: ['strategy-owner'] }))).toBeNull();
    expect(authorise({ kind: 'read-agenda' }, aPerson({ roles: ['owner'] }))).toEqual({
      code: 'AUTH.NOT_AGENDA_READER',
    });
  });
});

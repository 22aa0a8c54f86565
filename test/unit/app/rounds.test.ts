import { moveRound } from '../../../src/app/rounds/move-round';
import { openRound } from '../../../src/app/rounds/open-round';
import { roundStatus } from '../../../src/app/rounds/round-status';
import { DEMO_NOW, failureCodes, OPERATOR, type TestApp, testApp } from '../../helpers/test-app';

describe('rounds', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp();
  });
  afterEach(async () => await t.close());

  it('opens a quarter with dates derived from its Skate meeting and the AU meeting before it', async () => {
    const opened = await openRound(t.app, { quarter: '2026-Q4' }, OPERATOR, DEMO_NOW);
    expect(opened.skateMeeting.id).toBe('skate-2026-12-10');
    expect(opened.round).toEqual({
      id: '2026-Q4',
      skateMeetingId: 'skate-2026-12-10',
      auMeetingId: 'au-2026-12-03',
      // AU 3 Dec; deadline 5 business days earlier (Thu 26 Nov) at 16:00 Oslo = 15:00Z;
      // lock 1 business day before AU (Wed 2 Dec) at 12:00 Oslo = 11:00Z.
      deadline: '2026-11-26T15:00:00.000Z',
      lockAt: '2026-12-02T11:00:00.000Z',
      state: 'open',
      openedAt: DEMO_NOW.toISOString(),
      closedAt: null,
    });
    // Accepted, Skate-tracked initiatives only: the demo's proposed and line-track ones are left out.
    const all = await t.app.uow.read(async (repos) => await repos.initiatives.list());
    expect(opened.initiatives.every((i) => i.acceptance === 'accepted' && i.track === 'skate')).toBe(true);
    expect(all.filter((i) => i.acceptance === 'proposed' || i.track === 'line').length).toBeGreaterThanOrEqual(2);
    expect(opened.initiatives).toHaveLength(
      all.length -
        all.filter(
          (i) =>
            i.acceptance !== 'accepted' ||
            i.track !== 'skate' ||
            i.phase === 'final-treatment-done' ||
            // In final treatment: finished, asked for no more reports.
            i.phase === 'finished',
        ).length,
    );
    const audit = await t.app.uow.read(async (repos) => await repos.audit.list('round', '2026-Q4'));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'operator:test', action: 'create', before: null });
  });

  it('refuses a second round for the same quarter, a malformed quarter and a quarter without a free meeting', async () => {
    await openRound(t.app, { quarter: '2026-Q4' }, OPERATOR, DEMO_NOW);
    expect(await failureCodes(async () => await openRound(t.app, { quarter: '2026-Q4' }, OPERATOR, DEMO_NOW))).toEqual([
      'ROUND.ALREADY_EXISTS',
    ]);
    expect(await failureCodes(async () => await openRound(t.app, { quarter: '2026-4' }, OPERATOR, DEMO_NOW))).toEqual([
      'ROUND.INVALID_QUARTER',
    ]);
    expect(await failureCodes(async () => await openRound(t.app, { quarter: '2031-Q1' }, OPERATOR, DEMO_NOW))).toEqual([
      'ROUND.NO_SKATE_MEETING',
    ]);
  });

  it('lets only the secretariat open a round', async () => {
    const owner = await t.person('kristin.hovland@example.no');
    expect(
      await failureCodes(
        async () => await openRound(t.app, { quarter: '2026-Q4' }, { kind: 'person', person: owner }, DEMO_NOW),
      ),
    ).toEqual(['AUTH.NOT_SECRETARIAT']);
    const secretariat = await t.person('ingrid.haugland@example.no');
    const opened = await openRound(t.app, { quarter: '2026-Q4' }, { kind: 'person', person: secretariat }, DEMO_NOW);
    expect(opened.round.state).toBe('open');
  });

  it('moves a round only along the state machine', async () => {
    await openRound(t.app, { quarter: '2026-Q4' }, OPERATOR, DEMO_NOW);
    expect(await failureCodes(async () => await moveRound(t.app, '2026-Q4', 'closed', OPERATOR, DEMO_NOW))).toEqual([
      'ROUND.INVALID_TRANSITION',
    ]);
    expect(await failureCodes(async () => await moveRound(t.app, '2026-Q4', 'in-review', OPERATOR, DEMO_NOW))).toEqual([
      'ROUND.NO_AU_CHANNEL',
    ]);
    await t.bindChannels();
    expect((await moveRound(t.app, '2026-Q4', 'in-review', OPERATOR, DEMO_NOW)).state).toBe('in-review');
    expect(await failureCodes(async () => await moveRound(t.app, '2027-Q1', 'in-review', OPERATOR, DEMO_NOW))).toEqual([
      'ROUND.NOT_FOUND',
    ]);
  });

  it('lists the reports due, with delegates standing in for absent contacts', async () => {
    expect(await roundStatus(t.app, undefined, DEMO_NOW, OPERATOR)).toBeNull();
    await openRound(t.app, { quarter: '2026-Q4' }, OPERATOR, DEMO_NOW);
    const status = await roundStatus(t.app, undefined, DEMO_NOW, OPERATOR);
    expect(status?.round.id).toBe('2026-Q4');
    expect(status?.counts).toEqual({ missing: status?.due.length, draft: 0, submitted: 0 });
    const nav = status?.due.find((d) => d.initiative.ownerOrganisationId === 'nav');
    const emails = nav?.reporters.map((r) => r.email);
    expect(emails).toContain('kjetil.odegard@example.no');
    expect(emails).not.toContain('linn.halvorsen@example.no');
    // Names for the tables people read: the registry knows every demo reporter.
    for (const r of nav?.reporters ?? []) expect(r.name).toBe((await t.person(r.email)).name);
  });

  it('reports the past round as submitted, draft and missing from the demo data', async () => {
    const status = await roundStatus(t.app, '2026-Q3', DEMO_NOW, OPERATOR);
    expect(status?.round.state).toBe('closed');
    expect(status?.counts.submitted).toBeGreaterThanOrEqual(10);
    expect(status?.counts.missing).toBeGreaterThanOrEqual(1);
  });
});

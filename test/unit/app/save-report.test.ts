import { type SaveReportInput, saveReport } from '../../../src/app/reports/save-report';
import { openRound } from '../../../src/app/rounds/open-round';
import type { ReportFields } from '../../../src/domain/model';
import { prefillReport } from '../../../src/domain/report-prefill';
import { DEMO_NOW, OPERATOR, type TestApp, testApp } from '../../helpers/test-app';

const OWNER = 'kristin.hovland@example.no';
const INITIATIVE = 'T-2024-01';
const LATER = new Date('2026-11-23T09:00:00.000Z');

describe('saving and submitting a report', () => {
  let t: TestApp;
  let fields: ReportFields;

  beforeEach(async () => {
    t = await testApp();
    await openRound(t.app, { quarter: '2026-Q4' }, OPERATOR, DEMO_NOW);
    fields = await t.app.uow.read(async (repos) => {
      const initiative = await repos.initiatives.get(INITIATIVE);
      if (!initiative) throw new Error('demo initiative missing');
      const prefill = prefillReport(
        initiative,
        await repos.reports.latestSubmittedBefore(INITIATIVE, '2026-Q4'),
        await repos.decisions.listOpenFor(INITIATIVE),
      );
      const followUp = prefill.decisionFollowUp.map((a) => ({
        ...a,
        state: 'followed' as const,
        comment: 'Fulgt opp i styringsgruppen.',
      }));
      return { ...prefill, progress: 'Ny søkeløsning er i drift.', decisionFollowUp: followUp };
    });
  });
  afterEach(async () => await t.close());

  const input = (overrides: Partial<SaveReportInput> = {}): SaveReportInput => ({
    initiativeId: INITIATIVE,
    roundId: '2026-Q4',
    fields,
    submit: true,
    baseVersion: 0,
    ...overrides,
  });
  const versions = async () =>
    await t.app.uow.read(async (repos) => await repos.reports.versions(INITIATIVE, '2026-Q4'));

  it('stores every draft of many owners saving at once (on PostgreSQL: no write lost to a conflict)', async () => {
    const drafts = await t.app.uow.read(async (repos) => {
      const out: { initiativeId: string; owner: string; fields: ReportFields }[] = [];
      for (const initiative of await repos.initiatives.list()) {
        const owner = initiative.contacts[0];
        if (!owner || initiative.acceptance !== 'accepted' || initiative.track !== 'skate') continue;
        const prefill = prefillReport(
          initiative,
          await repos.reports.latestSubmittedBefore(initiative.id, '2026-Q4'),
          await repos.decisions.listOpenFor(initiative.id),
        );
        out.push({ initiativeId: initiative.id, owner, fields: prefill });
      }
      return out;
    });
    expect(drafts.length).toBeGreaterThan(5);
    const outcomes = await Promise.all(
      drafts.map(async (d) =>
        saveReport(
          t.app,
          input({ initiativeId: d.initiativeId, fields: d.fields, submit: false }),
          await t.person(d.owner),
          DEMO_NOW,
        ),
      ),
    );
    expect(outcomes.map((o) => o.ok)).toEqual(drafts.map(() => true));
    const stored = await t.app.uow.read(async (repos) => await repos.reports.listForRound('2026-Q4'));
    expect(stored.map((r) => r.initiativeId).sort()).toEqual(drafts.map((d) => d.initiativeId).sort());
  });

  it('keeps every save as a version with its author and time', async () => {
    const owner = await t.person(OWNER);
    const draft = await saveReport(
      t.app,
      input({ submit: false, fields: { ...fields, progress: '' } }),
      owner,
      DEMO_NOW,
    );
    expect(draft).toMatchObject({ ok: true, report: { state: 'draft', version: 1, submittedAt: null } });
    const submitted = await saveReport(t.app, input({ baseVersion: 1 }), owner, LATER);
    expect(submitted).toMatchObject({
      ok: true,
      report: { state: 'submitted', version: 2, submittedAt: LATER.toISOString(), updatedBy: OWNER },
    });
    expect((await versions()).map((v) => [v.version, v.state, v.author, v.at])).toEqual([
      [1, 'draft', OWNER, DEMO_NOW.toISOString()],
      [2, 'submitted', OWNER, LATER.toISOString()],
    ]);
  });

  it('applies a retried submission once and answers it with the first result', async () => {
    const owner = await t.person(OWNER);
    const ref = { platform: 'msteams', id: 'activity-1' } as const;
    const first = await saveReport(t.app, input({ idempotencyKey: ref }), owner, DEMO_NOW);
    const retry = await saveReport(t.app, input({ idempotencyKey: ref }), owner, LATER);
    expect(first.replayed).toBe(false);
    expect(retry).toEqual({ ...first, replayed: true });
    expect(await versions()).toHaveLength(1);
  });

  it('refuses a stale form instead of overwriting newer data', async () => {
    const owner = await t.person(OWNER);
    await saveReport(t.app, input(), owner, DEMO_NOW);
    const stale = await saveReport(t.app, input({ fields: { ...fields, progress: 'Gammel tekst' } }), owner, LATER);
    expect(stale).toMatchObject({ ok: false, errors: [{ code: 'REPORT.STALE_VERSION' }], current: { version: 1 } });
    expect(await versions()).toHaveLength(1);
  });

  it('refuses people who are not the owner or a delegate, and writes nothing', async () => {
    const outsider = await t.person('sindre.aune@example.no');
    const refused = await saveReport(t.app, input(), outsider, DEMO_NOW);
    expect(refused).toMatchObject({ ok: false, errors: [{ code: 'AUTH.NOT_OWNER' }] });
    const secretariat = await t.person('ingrid.haugland@example.no');
    expect(await saveReport(t.app, input(), secretariat, DEMO_NOW)).toMatchObject({ ok: false });
    expect(await versions()).toHaveLength(0);
  });

  it('requires corrective actions on a red light and writes nothing until they are given', async () => {
    const owner = await t.person(OWNER);
    const red = { ...fields, result: 'red' as const, overall: 'red' as const, correctiveActions: '' };
    const refused = await saveReport(t.app, input({ fields: red }), owner, DEMO_NOW);
    expect(refused).toMatchObject({
      ok: false,
      errors: [{ code: 'REPORT.CORRECTIVE_ACTIONS_REQUIRED', field: 'correctiveActions' }],
    });
    expect(await versions()).toHaveLength(0);
    const fixed = await saveReport(
      t.app,
      input({ fields: { ...red, correctiveActions: 'Flere utviklere.' } }),
      owner,
      LATER,
    );
    expect(fixed.ok).toBe(true);
  });

  it('still takes late reports in review, but none after the lock', async () => {
    const owner = await t.person(OWNER);
    const afterDeadline = new Date('2026-11-27T08:00:00.000Z');
    expect((await saveReport(t.app, input(), owner, afterDeadline)).ok).toBe(true);
    const afterLock = new Date('2026-12-02T11:00:00.000Z');
    expect(await saveReport(t.app, input({ baseVersion: 1 }), owner, afterLock)).toMatchObject({
      ok: false,
      errors: [{ code: 'REPORT.ROUND_LOCKED' }],
    });
  });

  it('lets a delegate report while the delegation lasts', async () => {
    const nav = await t.app.uow.read(async (repos) =>
      (await repos.initiatives.list()).find((i) => i.delegations.length > 0),
    );
    if (!nav) throw new Error('the demo has a delegation');
    const delegate = await t.person(nav.delegations[0]?.to ?? '');
    const result = await saveReport(
      t.app,
      input({ initiativeId: nav.id, submit: false, fields: { ...fields, decisionFollowUp: [] } }),
      delegate,
      DEMO_NOW,
    );
    expect(result.ok).toBe(true);
  });
});

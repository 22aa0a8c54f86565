/**
 * Idempotency keyed by (platform, actor, action, delivery id) with a hash of
 * the payload: a retry gets the first answer, a different request under the
 * same id is refused, and an action without an id is never deduplicated.
 */
import { canonicalJson, type IdempotentRequest, once, payloadHash, type RequestRef } from '../../../src/app/idempotent';
import { saveReport } from '../../../src/app/reports/save-report';
import { castVote } from '../../../src/app/review/cast-vote';
import { moveRound } from '../../../src/app/rounds/move-round';
import { openRound } from '../../../src/app/rounds/open-round';
import type { ReportFields } from '../../../src/domain/model';
import { prefillReport } from '../../../src/domain/report-prefill';
import { DEMO_NOW, failureCodes, OPERATOR, type TestApp, testApp } from '../../helpers/test-app';
import { itOnSqlite, testStoreKind } from '../../helpers/test-store';

const LATER = new Date('2026-11-23T09:00:00.000Z');

describe('once', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp({ demo: false });
  });
  afterEach(async () => await t.close());

  /** Runs `once` in a transaction; counts how often the action was applied. */
  async function run(request: IdempotentRequest, result: { n: number }, applied: { count: number }) {
    return await t.app.uow.write(
      { actor: request.actor, now: DEMO_NOW },
      async (repos) =>
        await once(
          repos,
          request,
          DEMO_NOW,
          async () => {
            applied.count += 1;
            return result;
          },
          () => true,
        ),
    );
  }
  const request = (over: Partial<IdempotentRequest> = {}): IdempotentRequest => ({
    ref: { platform: 'msteams', id: 'f:123' },
    actor: 'kristin.hovland@example.no',
    action: 'report.submit',
    payload: { initiativeId: 'T-2024-01', fields: { progress: 'Ferdig', sdgs: [9, 16] } },
    ...over,
  });

  it('answers a retry with the same payload from the store, even with its keys in another order', async () => {
    const applied = { count: 0 };
    expect(await run(request(), { n: 1 }, applied)).toEqual({ result: { n: 1 }, replayed: false });
    const reordered = request({
      payload: { fields: { sdgs: [9, 16], progress: 'Ferdig' }, initiativeId: 'T-2024-01' },
    });
    expect(await run(reordered, { n: 2 }, applied)).toEqual({ result: { n: 1 }, replayed: true });
    expect(applied.count).toBe(1);
  });

  itOnSqlite('refuses a different payload under the same key as a conflict, applying nothing', async () => {
    const applied = { count: 0 };
    await run(request(), { n: 1 }, applied);
    const other = request({ payload: { initiativeId: 'T-2024-01', fields: { progress: 'Noe annet', sdgs: [9, 16] } } });
    expect(await failureCodes(async () => await run(other, { n: 2 }, applied))).toEqual(['REQUEST.CONFLICT']);
    expect(applied.count).toBe(1);
  });

  it.each([
    ['a null id', null],
    ['an empty id', ''],
  ])('does not deduplicate an action with %s', async (_, id) => {
    const applied = { count: 0 };
    await run(request({ ref: { platform: 'msteams', id } }), { n: 1 }, applied);
    const second = await run(
      request({ ref: { platform: 'msteams', id }, payload: { other: true } }),
      { n: 2 },
      applied,
    );
    expect(second).toEqual({ result: { n: 2 }, replayed: false });
    expect(applied.count).toBe(2);
    if (testStoreKind() === 'sqlite') {
      expect(t.db.prepare('SELECT count(*) AS n FROM idempotency_keys').get()).toEqual({ n: 0 });
    }
  });

  it('keys by actor, action and platform too: the same id from another person or action is its own request', async () => {
    const applied = { count: 0 };
    await run(request(), { n: 1 }, applied);
    expect((await run(request({ actor: 'per.lunde@example.no' }), { n: 2 }, applied)).replayed).toBe(false);
    expect((await run(request({ action: 'report.save' }), { n: 3 }, applied)).replayed).toBe(false);
    expect((await run(request({ ref: { platform: 'slack', id: 'f:123' } }), { n: 4 }, applied)).replayed).toBe(false);
    expect(applied.count).toBe(4);
  });

  itOnSqlite('stores the key parts and the payload hash, not a prefixed id', async () => {
    await run(request(), { n: 1 }, { count: 0 });
    expect(
      t.db.prepare('SELECT platform, actor, action, request_id, payload_sha256 FROM idempotency_keys').all(),
    ).toEqual([
      {
        platform: 'msteams',
        actor: 'kristin.hovland@example.no',
        action: 'report.submit',
        request_id: 'f:123',
        payload_sha256: payloadHash(request().payload),
      },
    ]);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: null }, u: undefined })).toBe('{"a":{"c":null,"d":[3,1]},"b":1}');
    expect(canonicalJson(new Date('2026-11-22T10:00:00.000Z'))).toBe('"2026-11-22T10:00:00.000Z"');
  });
});

describe('the use cases under one delivery id', () => {
  let t: TestApp;
  let fields: ReportFields;
  const OWNER = 'kristin.hovland@example.no';
  const INITIATIVE = 'T-2024-01';
  const ref = { platform: 'msteams', id: 'f:4811296758209000001' } as const;

  beforeEach(async () => {
    t = await testApp();
    await openRound(t.app, { quarter: '2026-Q4' }, OPERATOR, DEMO_NOW);
    fields = await t.app.uow.read(async (repos) => {
      const initiative = await repos.initiatives.get(INITIATIVE);
      if (!initiative) throw new Error('demo initiative missing');
      return prefillReport(initiative, null, []);
    });
  });
  afterEach(async () => await t.close());

  const versions = async () =>
    await t.app.uow.read(async (repos) => await repos.reports.versions(INITIATIVE, '2026-Q4'));
  const draft = (progress: string, idempotencyKey: RequestRef = ref) => ({
    initiativeId: INITIATIVE,
    roundId: '2026-Q4',
    fields: { ...fields, progress },
    submit: false,
    baseVersion: 0,
    idempotencyKey,
  });

  it('saveReport: a retry is answered with the first result; other values under the same id are a conflict', async () => {
    const owner = await t.person(OWNER);
    const first = await saveReport(t.app, draft('Første utkast'), owner, DEMO_NOW);
    expect(first).toMatchObject({ ok: true, replayed: false });
    expect(await saveReport(t.app, draft('Første utkast'), owner, LATER)).toEqual({ ...first, replayed: true });
    expect(
      await failureCodes(async () => await saveReport(t.app, draft('Et helt annet utkast'), owner, LATER)),
    ).toEqual(['REQUEST.CONFLICT']);
    expect((await versions()).map((v) => v.fields.progress)).toEqual(['Første utkast']);
  });

  it('saveReport: two saves without a delivery id are both applied (not folded into one shared key)', async () => {
    const owner = await t.person(OWNER);
    const none = { platform: 'msteams', id: null } as const;
    expect(await saveReport(t.app, draft('Første', none), owner, DEMO_NOW)).toMatchObject({
      ok: true,
      replayed: false,
    });
    const second = await saveReport(t.app, { ...draft('Andre', none), baseVersion: 1 }, owner, LATER);
    expect(second).toMatchObject({ ok: true, replayed: false, report: { version: 2 } });
    expect((await versions()).map((v) => v.fields.progress)).toEqual(['Første', 'Andre']);
  });

  it('castVote: a retried vote is applied once; another choice under the same id is a conflict', async () => {
    await t.bindChannels();
    await moveRound(t.app, '2026-Q4', 'in-review', OPERATOR, new Date('2026-11-27T08:00:00.000Z'));
    const voter = await t.person('siri.myklebust@example.no');
    const at = new Date('2026-11-27T09:00:00.000Z');
    const vote = async (choice: 'agree' | 'disagree', comment: string) =>
      await castVote(
        t.app,
        {
          roundId: '2026-Q4',
          initiativeId: INITIATIVE,
          choice,
          comment,
          request: null,
          requestReason: '',
          recused: false,
          idempotencyKey: ref,
        },
        voter,
        at,
      );
    const first = await vote('agree', '');
    expect(first.ok).toBe(true);
    expect(await vote('agree', '')).toEqual(first);
    expect(await failureCodes(async () => await vote('disagree', 'Planen holder ikke.'))).toEqual(['REQUEST.CONFLICT']);
    const votes = await t.app.uow.read(async (repos) => await repos.votes.listForRound('2026-Q4'));
    expect(votes.filter((v) => v.voter === voter.email).map((v) => v.choice)).toEqual(['agree']);
  });
});

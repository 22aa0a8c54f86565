import type { AgendaItem, Recommendation, StatusReport } from '../../../src/domain/model';
import type { Repositories } from '../../../src/domain/ports';
import { aDecision, anInitiative, aRound, aStatusReport, aVote, someReportFields } from '../../helpers/builders';
import {
  auditOf,
  checkSaveCycle,
  ctxAt,
  FOREIGN_KEY_VIOLATION,
  KARI,
  OLA,
  SECRETARIAT,
  saying,
  seedBasics,
  type TestStore,
  uniqueViolation,
  useMemoryStore,
} from '../../helpers/store-fixtures';

const T1 = ctxAt('2026-11-20T10:00:00.000Z', KARI);
const T2 = ctxAt('2026-11-21T10:00:00.000Z', SECRETARIAT);

/** seedBasics plus rounds 2026-Q2 and 2027-Q1 and a second initiative, T-2025-01. */
async function seed(store: TestStore): Promise<void> {
  await store.uow.write(T1, async (r: Repositories) => {
    await seedBasics(r);
    await r.meetings.save({ id: 'skate-2026-06-11', forum: 'skate', date: '2026-06-11', place: null });
    await r.meetings.save({ id: 'skate-2027-03-11', forum: 'skate', date: '2027-03-11', place: null });
    await r.rounds.save(aRound({ id: '2026-Q2', skateMeetingId: 'skate-2026-06-11', state: 'closed' }));
    await r.rounds.save(aRound({ id: '2027-Q1', skateMeetingId: 'skate-2027-03-11', state: 'planned' }));
    await r.initiatives.save(anInitiative({ id: 'T-2025-01', title: 'Eldre tiltak' }));
  });
}

describe('reports', () => {
  const store = useMemoryStore();
  beforeEach(async () => await seed(store()));

  const draft = aStatusReport({ state: 'draft', version: 1, submittedAt: null });
  const submitted = aStatusReport({
    version: 2,
    fields: someReportFields({ schedule: 'yellow', deviations: 'To uker forsinket.', sdgs: [] }),
    updatedAt: '2026-11-21T10:00:00.000Z',
    submittedAt: '2026-11-21T10:00:00.000Z',
  });

  it('round-trips the current state, keeps every save as a version and audits each save', async () => {
    const s = store();
    await s.uow.write(T1, async (r) => await r.reports.save(draft));
    expect(await s.uow.read(async (r) => await r.reports.get('T-2026-03', '2026-Q4'))).toEqual(draft);
    await s.uow.write(T2, async (r) => await r.reports.save(submitted));
    expect(await s.uow.read(async (r) => await r.reports.get('T-2026-03', '2026-Q4'))).toEqual(submitted);

    expect(await s.uow.read(async (r) => await r.reports.versions('T-2026-03', '2026-Q4'))).toEqual(
      [draft, submitted].map((x) => ({
        initiativeId: x.initiativeId,
        roundId: x.roundId,
        version: x.version,
        state: x.state,
        fields: x.fields,
        author: x.updatedBy,
        at: x.updatedAt,
      })),
    );
    const audit = await auditOf(s, 'report', '2026-Q4/T-2026-03');
    expect(audit.map(({ at, actor, action, before, after }) => ({ at, actor, action, before, after }))).toEqual([
      { at: T1.now.toISOString(), actor: KARI, action: 'save-draft', before: null, after: draft },
      { at: T2.now.toISOString(), actor: SECRETARIAT, action: 'submit', before: draft, after: submitted },
    ]);
  });

  it('writes a version on every save, even one that changes nothing but the version', async () => {
    const s = store();
    for (const version of [1, 2, 3]) await s.uow.write(T1, async (r) => await r.reports.save({ ...draft, version }));
    expect(
      await s.uow.read(async (r) => (await r.reports.versions('T-2026-03', '2026-Q4')).map((v) => v.version)),
    ).toEqual([1, 2, 3]);
    expect(await auditOf(s, 'report')).toHaveLength(3);
  });

  it('refuses to save the same version twice, and keeps the earlier save', async () => {
    const s = store();
    await s.uow.write(T1, async (r) => await r.reports.save(draft));
    const clash: StatusReport = { ...draft, fields: someReportFields({ progress: 'Overskrevet?' }) };
    await expect(async () => await s.uow.write(T2, async (r) => await r.reports.save(clash))).rejects.toMatchObject(
      saying(uniqueViolation('report_versions')),
    );
    expect(await s.uow.read(async (r) => await r.reports.get('T-2026-03', '2026-Q4'))).toEqual(draft);
    expect(await auditOf(s, 'report')).toHaveLength(1);
  });

  it('lists a round by initiative id, and gives null for a missing report', async () => {
    const s = store();
    const other = aStatusReport({ initiativeId: 'T-2025-01' });
    await s.uow.write(T1, async (r) => [
      await r.reports.save(draft),
      await r.reports.save(other),
      await r.reports.save({ ...draft, roundId: '2026-Q3' }),
    ]);
    expect(await s.uow.read(async (r) => await r.reports.listForRound('2026-Q4'))).toEqual([other, draft]);
    expect(await s.uow.read(async (r) => await r.reports.get('T-2025-01', '2026-Q3'))).toBeNull();
  });

  it('finds the latest submitted report of an earlier round, ignoring drafts and later rounds', async () => {
    const s = store();
    const inRound = (roundId: string, state: 'draft' | 'submitted') =>
      aStatusReport({ roundId, state, submittedAt: state === 'submitted' ? '2026-06-01T10:00:00.000Z' : null });
    await s.uow.write(T1, async (r) => {
      await r.reports.save(inRound('2026-Q2', 'submitted'));
      await r.reports.save(inRound('2026-Q3', 'draft'));
      await r.reports.save(inRound('2026-Q4', 'submitted'));
      await r.reports.save({ ...inRound('2026-Q3', 'submitted'), initiativeId: 'T-2025-01' });
    });
    const latest = async (roundId: string) =>
      await s.uow.read(async (r) => await r.reports.latestSubmittedBefore('T-2026-03', roundId));
    expect(await latest('2026-Q4')).toEqual(inRound('2026-Q2', 'submitted'));
    expect(await latest('2027-Q1')).toEqual(inRound('2026-Q4', 'submitted'));
    expect(await latest('2026-Q2')).toBeNull();
  });
});

describe('votes', () => {
  const store = useMemoryStore();
  beforeEach(async () => await seed(store()));

  it('keeps every vote in the order cast, the changed ones included, and audits each', async () => {
    const s = store();
    const votes = [
      aVote(),
      aVote({ voter: KARI, request: 'separate-item', requestReason: 'Egen sak.', recused: true }),
      aVote({
        initiativeId: 'T-2025-01',
        request: 'oral-briefing',
        requestReason: 'Planen.',
        recommendationVersion: 2,
      }),
      aVote({ choice: 'disagree', comment: 'Endret syn.', at: '2026-11-28T09:00:00.000Z' }),
    ];
    for (const v of votes) await s.uow.write(T2, async (r) => await r.votes.record(v));
    await s.uow.write(T2, async (r) => await r.votes.record(aVote({ roundId: '2026-Q3' })));

    expect(await s.uow.read(async (r) => await r.votes.listForRound('2026-Q4'))).toEqual(votes);
    expect(await s.uow.read(async (r) => await r.votes.listForRound('2027-Q1'))).toEqual([]);
    const audit = await auditOf(s, 'vote', `2026-Q4/T-2026-03/${OLA}`);
    expect(audit.map(({ actor, action, before, after }) => ({ actor, action, before, after }))).toEqual([
      { actor: SECRETARIAT, action: 'vote', before: null, after: votes[0] },
      { actor: SECRETARIAT, action: 'vote', before: null, after: votes[3] },
    ]);
  });

  it('rejects a vote by someone who is not a known person', async () => {
    await expect(
      async () =>
        await store().uow.write(T2, async (r) => await r.votes.record(aVote({ voter: 'ukjent@nav.example.no' }))),
    ).rejects.toMatchObject(saying(FOREIGN_KEY_VIOLATION));
  });
});

describe('recommendations', () => {
  const store = useMemoryStore();
  beforeEach(async () => await seed(store()));

  const recommendation: Recommendation = {
    roundId: '2026-Q4',
    initiativeId: 'T-2026-03',
    text: 'AU anbefaler at Skate tar statusrapporten til orientering.',
    typed: true,
    draft: null,
    version: 1,
    author: SECRETARIAT,
    updatedAt: '2026-11-27T08:00:00.000Z',
  };

  it('round-trips and audits created, unchanged and updated saves', async () => {
    await checkSaveCycle(store(), {
      entity: 'recommendation',
      entityId: '2026-Q4/T-2026-03',
      first: recommendation,
      changed: { ...recommendation, text: 'AU anbefaler revidert plan.', updatedAt: '2026-11-28T08:00:00.000Z' },
      save: async (r, x) => await r.recommendations.save(x),
      get: async (r) => await r.recommendations.get('2026-Q4', 'T-2026-03'),
    });
  });

  it('lists a round by initiative id', async () => {
    const s = store();
    // A stored default keeps its flag: the agenda knows an edit from it, not from the words.
    const other: Recommendation = { ...recommendation, initiativeId: 'T-2025-01', typed: false, author: 'system' };
    await s.uow.write(T2, async (r) => [
      await r.recommendations.save(recommendation),
      await r.recommendations.save(other),
    ]);
    await s.uow.write(T2, async (r) => await r.recommendations.save({ ...recommendation, roundId: '2026-Q3' }));
    expect(await s.uow.read(async (r) => await r.recommendations.listForRound('2026-Q4'))).toEqual([
      other,
      recommendation,
    ]);
    expect(await s.uow.read(async (r) => await r.recommendations.get('2027-Q1', 'T-2026-03'))).toBeNull();
  });
});

describe('decisions', () => {
  const store = useMemoryStore();
  beforeEach(async () => await seed(store()));

  it('round-trips and audits created, unchanged and updated saves', async () => {
    await checkSaveCycle(store(), {
      entity: 'decision',
      entityId: aDecision().id,
      first: aDecision(),
      changed: aDecision({ state: 'closed', text: 'Fulgt opp.' }),
      save: async (r, d) => await r.decisions.save(d),
      get: async (r) => await r.decisions.get(aDecision().id),
    });
  });

  it('finds the most recent open decision, and lists by initiative and by round', async () => {
    const s = store();
    const june = aDecision({ id: 'D-2', roundId: '2026-Q2', decidedOn: '2026-06-11' });
    const september = aDecision({ id: 'D-1', decidedOn: '2026-09-24' });
    const closedLater = aDecision({ id: 'D-3', roundId: '2026-Q4', decidedOn: '2026-12-10', state: 'closed' });
    const otherInitiative = aDecision({
      id: 'D-4',
      initiativeId: 'T-2025-01',
      roundId: '2026-Q4',
      decidedOn: '2026-12-10',
    });
    await s.uow.write(T2, async (r) => {
      for (const d of [september, closedLater, june, otherInitiative]) await r.decisions.save(d);
    });

    const read = async <T>(f: (r: Repositories) => Promise<T>): Promise<T> => await s.uow.read(f);
    expect(await read(async (r) => await r.decisions.findOpenFor('T-2026-03'))).toEqual(september);
    expect(await read(async (r) => await r.decisions.listForInitiative('T-2026-03'))).toEqual([
      june,
      september,
      closedLater,
    ]);
    expect(await read(async (r) => await r.decisions.listForRound('2026-Q3'))).toEqual([september]);
    expect(await read(async (r) => await r.decisions.listForRound('2026-Q4'))).toEqual([otherInitiative, closedLater]);

    await s.uow.write(T2, async (r) => await r.decisions.save({ ...september, state: 'closed' }));
    expect(await read(async (r) => await r.decisions.findOpenFor('T-2026-03'))).toEqual(june);
    await s.uow.write(T2, async (r) => await r.decisions.save({ ...june, state: 'closed' }));
    expect(await read(async (r) => await r.decisions.findOpenFor('T-2026-03'))).toBeNull();
  });
});

describe('agenda items', () => {
  const store = useMemoryStore();
  beforeEach(async () => await seed(store()));

  const item: AgendaItem = { roundId: '2026-Q4', year: 2026, seq: 17, caseNumber: '17/2026', confirmed: true };

  it('round-trips and audits created, unchanged and updated saves', async () => {
    await checkSaveCycle(store(), {
      entity: 'agenda-item',
      entityId: '2026-Q4',
      first: item,
      changed: { ...item, seq: 18, caseNumber: '18/2026' },
      save: async (r, x) => await r.agenda.save(x),
      get: async (r) => await r.agenda.get('2026-Q4'),
    });
  });

  it('gives the sequence numbers taken in a year, in order, and keeps them unique', async () => {
    const s = store();
    await s.uow.write(T2, async (r) => {
      await r.agenda.save(item);
      await r.agenda.save({ roundId: '2026-Q2', year: 2026, seq: 4, caseNumber: '4/2026', confirmed: false });
      await r.agenda.save({ roundId: '2027-Q1', year: 2027, seq: 1, caseNumber: '1/2027', confirmed: false });
    });
    expect(await s.uow.read(async (r) => await r.agenda.sequencesIn(2026))).toEqual([4, 17]);
    expect(await s.uow.read(async (r) => await r.agenda.sequencesIn(2025))).toEqual([]);
    expect((await s.uow.read(async (r) => await r.agenda.findByNumber(2026, 17)))?.roundId).toBe('2026-Q4');
    expect(await s.uow.read(async (r) => await r.agenda.findByNumber(2026, 18))).toBeNull();
    await expect(
      async () =>
        await s.uow.write(
          T2,
          async (r) =>
            await r.agenda.save({ roundId: '2026-Q3', year: 2026, seq: 17, caseNumber: '17/2026', confirmed: false }),
        ),
    ).rejects.toMatchObject(saying(uniqueViolation('agenda_items')));
  });
});

describe('idempotency keys', () => {
  const store = useMemoryStore();

  it('remembers a result under a key, finds it, and refuses the key a second time', async () => {
    const s = store();
    const key = { platform: 'msteams', actor: KARI, action: 'report.submit', requestId: 'card-1' } as const;
    const entry = { payloadSha256: 'a'.repeat(64), resultJson: JSON.stringify({ ok: true, version: 2 }) };
    expect(await s.uow.read(async (r) => await r.idempotency.find(key))).toBeNull();
    await s.uow.write(T1, async (r) => await r.idempotency.remember(key, entry, T1.now.toISOString()));
    expect(await s.uow.read(async (r) => await r.idempotency.find(key))).toEqual(entry);
    const other = { payloadSha256: 'b'.repeat(64), resultJson: '{}' };
    await expect(
      async () => await s.uow.write(T2, async (r) => await r.idempotency.remember(key, other, T2.now.toISOString())),
    ).rejects.toMatchObject(saying(uniqueViolation('idempotency_keys')));
    expect(await s.uow.read(async (r) => await r.idempotency.find(key))).toEqual(entry);
    // Each part of the key counts: the same request id for another action is another entry.
    expect(await s.uow.read(async (r) => await r.idempotency.find({ ...key, action: 'report.save' }))).toBeNull();
    expect(await auditOf(s, 'idempotency')).toEqual([]);
  });
});

describe('audit log', () => {
  const store = useMemoryStore();

  it('lists every entry in order, or those of one entity kind, or of one entity', async () => {
    const s = store();
    await s.uow.write(T1, async (r) => {
      await r.organisations.save({ id: 'digdir', name: 'Digdir', orgNumber: null });
      await r.organisations.save({ id: 'nav', name: 'NAV', orgNumber: null });
      await r.meetings.save({ id: 'au-1', forum: 'au', date: '2026-12-03', place: null });
    });
    const all = await s.uow.read(async (r) => await r.audit.list());
    expect(all.map((e) => `${e.entity}:${e.entityId}`)).toEqual([
      'organisation:digdir',
      'organisation:nav',
      'meeting:au-1',
    ]);
    expect(all.map((e) => e.seq)).toEqual([...all.map((e) => e.seq)].sort((a, b) => a - b));
    expect((await auditOf(s, 'organisation')).map((e) => e.entityId)).toEqual(['digdir', 'nav']);
    expect((await auditOf(s, 'organisation', 'nav')).map((e) => e.entityId)).toEqual(['nav']);
  });
});

import type { AgendaItem, Recommendation, StatusReport } from '../../../src/domain/model';
import type { Repositories } from '../../../src/domain/ports';
import { aDecision, anInitiative, aRound, aStatusReport, aVote, someReportFields } from '../../helpers/builders';
import {
  auditOf,
  checkSaveCycle,
  ctxAt,
  KARI,
  OLA,
  SECRETARIAT,
  seedBasics,
  type TestStore,
  useMemoryStore,
} from '../../helpers/store-fixtures';

const T1 = ctxAt('2026-11-20T10:00:00.000Z', KARI);
const T2 = ctxAt('2026-11-21T10:00:00.000Z', SECRETARIAT);

/** seedBasics plus rounds 2026-Q2 and 2027-Q1 and a second initiative, T-2025-01. */
function seed(store: TestStore): void {
  store.uow.write(T1, (r: Repositories) => {
    seedBasics(r);
    r.meetings.save({ id: 'skate-2026-06-11', forum: 'skate', date: '2026-06-11', place: null });
    r.meetings.save({ id: 'skate-2027-03-11', forum: 'skate', date: '2027-03-11', place: null });
    r.rounds.save(aRound({ id: '2026-Q2', skateMeetingId: 'skate-2026-06-11', state: 'closed' }));
    r.rounds.save(aRound({ id: '2027-Q1', skateMeetingId: 'skate-2027-03-11', state: 'planned' }));
    r.initiatives.save(anInitiative({ id: 'T-2025-01', title: 'Eldre tiltak' }));
  });
}

describe('reports', () => {
  const store = useMemoryStore();
  beforeEach(() => seed(store()));

  const draft = aStatusReport({ state: 'draft', version: 1, submittedAt: null });
  const submitted = aStatusReport({
    version: 2,
    fields: someReportFields({ schedule: 'yellow', deviations: 'To uker forsinket.', sdgs: [] }),
    updatedAt: '2026-11-21T10:00:00.000Z',
    submittedAt: '2026-11-21T10:00:00.000Z',
  });

  it('round-trips the current state, keeps every save as a version and audits each save', () => {
    const s = store();
    s.uow.write(T1, (r) => r.reports.save(draft));
    expect(s.uow.read((r) => r.reports.get('T-2026-03', '2026-Q4'))).toEqual(draft);
    s.uow.write(T2, (r) => r.reports.save(submitted));
    expect(s.uow.read((r) => r.reports.get('T-2026-03', '2026-Q4'))).toEqual(submitted);

    expect(s.uow.read((r) => r.reports.versions('T-2026-03', '2026-Q4'))).toEqual(
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
    const audit = auditOf(s, 'report', '2026-Q4/T-2026-03');
    expect(audit.map(({ at, actor, action, before, after }) => ({ at, actor, action, before, after }))).toEqual([
      { at: T1.now.toISOString(), actor: KARI, action: 'save-draft', before: null, after: draft },
      { at: T2.now.toISOString(), actor: SECRETARIAT, action: 'submit', before: draft, after: submitted },
    ]);
  });

  it('writes a version on every save, even one that changes nothing but the version', () => {
    const s = store();
    for (const version of [1, 2, 3]) s.uow.write(T1, (r) => r.reports.save({ ...draft, version }));
    expect(s.uow.read((r) => r.reports.versions('T-2026-03', '2026-Q4').map((v) => v.version))).toEqual([1, 2, 3]);
    expect(auditOf(s, 'report')).toHaveLength(3);
  });

  it('refuses to save the same version twice, and keeps the earlier save', () => {
    const s = store();
    s.uow.write(T1, (r) => r.reports.save(draft));
    const clash: StatusReport = { ...draft, fields: someReportFields({ progress: 'Overskrevet?' }) };
    expect(() => s.uow.write(T2, (r) => r.reports.save(clash))).toThrow(/UNIQUE constraint failed: report_versions/);
    expect(s.uow.read((r) => r.reports.get('T-2026-03', '2026-Q4'))).toEqual(draft);
    expect(auditOf(s, 'report')).toHaveLength(1);
  });

  it('lists a round by initiative id, and gives null for a missing report', () => {
    const s = store();
    const other = aStatusReport({ initiativeId: 'T-2025-01' });
    s.uow.write(T1, (r) => [
      r.reports.save(draft),
      r.reports.save(other),
      r.reports.save({ ...draft, roundId: '2026-Q3' }),
    ]);
    expect(s.uow.read((r) => r.reports.listForRound('2026-Q4'))).toEqual([other, draft]);
    expect(s.uow.read((r) => r.reports.get('T-2025-01', '2026-Q3'))).toBeNull();
  });

  it('finds the latest submitted report of an earlier round, ignoring drafts and later rounds', () => {
    const s = store();
    const inRound = (roundId: string, state: 'draft' | 'submitted') =>
      aStatusReport({ roundId, state, submittedAt: state === 'submitted' ? '2026-06-01T10:00:00.000Z' : null });
    s.uow.write(T1, (r) => {
      r.reports.save(inRound('2026-Q2', 'submitted'));
      r.reports.save(inRound('2026-Q3', 'draft'));
      r.reports.save(inRound('2026-Q4', 'submitted'));
      r.reports.save({ ...inRound('2026-Q3', 'submitted'), initiativeId: 'T-2025-01' });
    });
    const latest = (roundId: string) => s.uow.read((r) => r.reports.latestSubmittedBefore('T-2026-03', roundId));
    expect(latest('2026-Q4')).toEqual(inRound('2026-Q2', 'submitted'));
    expect(latest('2027-Q1')).toEqual(inRound('2026-Q4', 'submitted'));
    expect(latest('2026-Q2')).toBeNull();
  });
});

describe('votes', () => {
  const store = useMemoryStore();
  beforeEach(() => seed(store()));

  it('keeps every vote in the order cast, the changed ones included, and audits each', () => {
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
    for (const v of votes) s.uow.write(T2, (r) => r.votes.record(v));
    s.uow.write(T2, (r) => r.votes.record(aVote({ roundId: '2026-Q3' })));

    expect(s.uow.read((r) => r.votes.listForRound('2026-Q4'))).toEqual(votes);
    expect(s.uow.read((r) => r.votes.listForRound('2027-Q1'))).toEqual([]);
    const audit = auditOf(s, 'vote', `2026-Q4/T-2026-03/${OLA}`);
    expect(audit.map(({ actor, action, before, after }) => ({ actor, action, before, after }))).toEqual([
      { actor: SECRETARIAT, action: 'vote', before: null, after: votes[0] },
      { actor: SECRETARIAT, action: 'vote', before: null, after: votes[3] },
    ]);
  });

  it('rejects a vote by someone who is not a known person', () => {
    expect(() => store().uow.write(T2, (r) => r.votes.record(aVote({ voter: 'ukjent@nav.example.no' })))).toThrow(
      /FOREIGN KEY constraint failed/,
    );
  });
});

describe('recommendations', () => {
  const store = useMemoryStore();
  beforeEach(() => seed(store()));

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

  it('round-trips and audits created, unchanged and updated saves', () => {
    checkSaveCycle(store(), {
      entity: 'recommendation',
      entityId: '2026-Q4/T-2026-03',
      first: recommendation,
      changed: { ...recommendation, text: 'AU anbefaler revidert plan.', updatedAt: '2026-11-28T08:00:00.000Z' },
      save: (r, x) => r.recommendations.save(x),
      get: (r) => r.recommendations.get('2026-Q4', 'T-2026-03'),
    });
  });

  it('lists a round by initiative id', () => {
    const s = store();
    // A stored default keeps its flag: the agenda knows an edit from it, not from the words.
    const other: Recommendation = { ...recommendation, initiativeId: 'T-2025-01', typed: false, author: 'system' };
    s.uow.write(T2, (r) => [r.recommendations.save(recommendation), r.recommendations.save(other)]);
    s.uow.write(T2, (r) => r.recommendations.save({ ...recommendation, roundId: '2026-Q3' }));
    expect(s.uow.read((r) => r.recommendations.listForRound('2026-Q4'))).toEqual([other, recommendation]);
    expect(s.uow.read((r) => r.recommendations.get('2027-Q1', 'T-2026-03'))).toBeNull();
  });
});

describe('decisions', () => {
  const store = useMemoryStore();
  beforeEach(() => seed(store()));

  it('round-trips and audits created, unchanged and updated saves', () => {
    checkSaveCycle(store(), {
      entity: 'decision',
      entityId: aDecision().id,
      first: aDecision(),
      changed: aDecision({ state: 'closed', text: 'Fulgt opp.' }),
      save: (r, d) => r.decisions.save(d),
      get: (r) => r.decisions.get(aDecision().id),
    });
  });

  it('finds the most recent open decision, and lists by initiative and by round', () => {
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
    s.uow.write(T2, (r) => [september, closedLater, june, otherInitiative].map((d) => r.decisions.save(d)));

    const read = <T>(f: (r: Repositories) => T): T => s.uow.read(f);
    expect(read((r) => r.decisions.findOpenFor('T-2026-03'))).toEqual(september);
    expect(read((r) => r.decisions.listForInitiative('T-2026-03'))).toEqual([june, september, closedLater]);
    expect(read((r) => r.decisions.listForRound('2026-Q3'))).toEqual([september]);
    expect(read((r) => r.decisions.listForRound('2026-Q4'))).toEqual([otherInitiative, closedLater]);

    s.uow.write(T2, (r) => r.decisions.save({ ...september, state: 'closed' }));
    expect(read((r) => r.decisions.findOpenFor('T-2026-03'))).toEqual(june);
    s.uow.write(T2, (r) => r.decisions.save({ ...june, state: 'closed' }));
    expect(read((r) => r.decisions.findOpenFor('T-2026-03'))).toBeNull();
  });
});

describe('agenda items', () => {
  const store = useMemoryStore();
  beforeEach(() => seed(store()));

  const item: AgendaItem = { roundId: '2026-Q4', year: 2026, seq: 17, caseNumber: '17/2026', confirmed: true };

  it('round-trips and audits created, unchanged and updated saves', () => {
    checkSaveCycle(store(), {
      entity: 'agenda-item',
      entityId: '2026-Q4',
      first: item,
      changed: { ...item, seq: 18, caseNumber: '18/2026' },
      save: (r, x) => r.agenda.save(x),
      get: (r) => r.agenda.get('2026-Q4'),
    });
  });

  it('gives the sequence numbers taken in a year, in order, and keeps them unique', () => {
    const s = store();
    s.uow.write(T2, (r) => {
      r.agenda.save(item);
      r.agenda.save({ roundId: '2026-Q2', year: 2026, seq: 4, caseNumber: '4/2026', confirmed: false });
      r.agenda.save({ roundId: '2027-Q1', year: 2027, seq: 1, caseNumber: '1/2027', confirmed: false });
    });
    expect(s.uow.read((r) => r.agenda.sequencesIn(2026))).toEqual([4, 17]);
    expect(s.uow.read((r) => r.agenda.sequencesIn(2025))).toEqual([]);
    expect(s.uow.read((r) => r.agenda.findByNumber(2026, 17))?.roundId).toBe('2026-Q4');
    expect(s.uow.read((r) => r.agenda.findByNumber(2026, 18))).toBeNull();
    expect(() =>
      s.uow.write(T2, (r) =>
        r.agenda.save({ roundId: '2026-Q3', year: 2026, seq: 17, caseNumber: '17/2026', confirmed: false }),
      ),
    ).toThrow(/UNIQUE constraint failed: agenda_items.year, agenda_items.seq/);
  });
});

describe('idempotency keys', () => {
  const store = useMemoryStore();

  it('remembers a result under a key, finds it, and refuses the key a second time', () => {
    const s = store();
    const key = { platform: 'msteams', actor: KARI, action: 'report.submit', requestId: 'card-1' } as const;
    const entry = { payloadSha256: 'a'.repeat(64), resultJson: JSON.stringify({ ok: true, version: 2 }) };
    expect(s.uow.read((r) => r.idempotency.find(key))).toBeNull();
    s.uow.write(T1, (r) => r.idempotency.remember(key, entry, T1.now.toISOString()));
    expect(s.uow.read((r) => r.idempotency.find(key))).toEqual(entry);
    const other = { payloadSha256: 'b'.repeat(64), resultJson: '{}' };
    expect(() => s.uow.write(T2, (r) => r.idempotency.remember(key, other, T2.now.toISOString()))).toThrow(
      /UNIQUE constraint failed: idempotency_keys/,
    );
    expect(s.uow.read((r) => r.idempotency.find(key))).toEqual(entry);
    // Each part of the key counts: the same request id for another action is another entry.
    expect(s.uow.read((r) => r.idempotency.find({ ...key, action: 'report.save' }))).toBeNull();
    expect(auditOf(s, 'idempotency')).toEqual([]);
  });
});

describe('audit log', () => {
  const store = useMemoryStore();

  it('lists every entry in order, or those of one entity kind, or of one entity', () => {
    const s = store();
    s.uow.write(T1, (r) => {
      r.organisations.save({ id: 'digdir', name: 'Digdir', orgNumber: null });
      r.organisations.save({ id: 'nav', name: 'NAV', orgNumber: null });
      r.meetings.save({ id: 'au-1', forum: 'au', date: '2026-12-03', place: null });
    });
    const all = s.uow.read((r) => r.audit.list());
    expect(all.map((e) => `${e.entity}:${e.entityId}`)).toEqual([
      'organisation:digdir',
      'organisation:nav',
      'meeting:au-1',
    ]);
    expect(all.map((e) => e.seq)).toEqual([...all.map((e) => e.seq)].sort((a, b) => a - b));
    expect(auditOf(s, 'organisation').map((e) => e.entityId)).toEqual(['digdir', 'nav']);
    expect(auditOf(s, 'organisation', 'nav').map((e) => e.entityId)).toEqual(['nav']);
  });
});

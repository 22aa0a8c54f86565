import { type CycleEffect, decideJob, type JobFacts, missingReports } from '../../../../src/domain/cycle/decide';
import { anInitiative, aRound } from '../../../helpers/builders';

const KARI = 'kari.nordmann@digdir.example.no';
const OLA = 'ola.nordmann@nav.example.no';
const STRANGER = 'ukjent@example.no';
const INGRID = 'ingrid.haugland@digdir.example.no';
const SIV = 'siv.sekretariat@digdir.example.no';

/** Before the deadline (26 Nov 16:00 Oslo), the round open. */
const BEFORE = new Date('2026-11-24T08:00:00.000Z');
const AT_DEADLINE = new Date('2026-11-26T15:00:00.000Z');
const AFTER_LOCK = new Date('2026-12-02T11:00:00.000Z');

const postkasse = anInitiative();
const pensjon = anInitiative({ id: 'T-2025-01', title: 'Pensjon', contacts: [OLA, STRANGER] });
const delegated = anInitiative({
  id: 'T-2024-03',
  title: 'Delegert',
  contacts: [KARI],
  delegations: [{ from: KARI, to: OLA, fromDate: '2026-11-01', toDate: '2026-12-31' }],
});

function facts(overrides: Partial<JobFacts> = {}): JobFacts {
  return {
    job: {
      kind: 'round.reminder',
      payload: { roundId: '2026-Q4', reminder: 'before', ordinal: 2 },
      dueAt: BEFORE.toISOString(),
    },
    round: aRound(),
    laterReminderDue: false,
    escalateAfterOverdueReminders: 2,
    channelLocale: 'nb',
    reporting: [
      { initiative: postkasse, reportState: null },
      { initiative: pensjon, reportState: 'draft' },
      { initiative: delegated, reportState: 'submitted' },
    ],
    registered: new Set([KARI, OLA, INGRID, SIV]),
    secretariat: [INGRID, SIV],
    ...overrides,
  };
}

const overdue = (ordinal: number): JobFacts['job'] => ({
  kind: 'round.reminder',
  payload: { roundId: '2026-Q4', reminder: 'overdue', ordinal },
  dueAt: AT_DEADLINE.toISOString(),
});
const deadlineJob: JobFacts['job'] = {
  kind: 'round.deadline',
  payload: { roundId: '2026-Q4', deadline: '2026-11-26' },
  dueAt: AT_DEADLINE.toISOString(),
};
const kinds = (effects: CycleEffect[]) => effects.map((e) => e.kind);
const last = (effects: CycleEffect[]) => effects[effects.length - 1];

describe('decideJob', () => {
  it('reminds every registered reporter of every missing report, and says whether they have a draft', () => {
    const effects = decideJob(facts(), BEFORE);
    expect(effects).toEqual([
      {
        kind: 'remind',
        roundId: '2026-Q4',
        initiativeId: 'T-2026-03',
        to: KARI,
        reminder: 'before',
        ordinal: 2,
        hasDraft: false,
      },
      {
        kind: 'remind',
        roundId: '2026-Q4',
        initiativeId: 'T-2025-01',
        to: OLA,
        reminder: 'before',
        ordinal: 2,
        hasDraft: true,
      },
      { kind: 'finish-job', outcome: { state: 'done' } },
    ]);
  });

  it('asks the delegate instead of the contact while the delegation runs', () => {
    const effects = decideJob(facts({ reporting: [{ initiative: delegated, reportState: null }] }), BEFORE);
    expect(effects.filter((e) => e.kind === 'remind').map((e) => (e.kind === 'remind' ? e.to : ''))).toEqual([OLA]);
  });

  it('drops a reminder superseded by a later one that is due too', () => {
    expect(decideJob(facts({ laterReminderDue: true }), BEFORE)).toEqual([
      { kind: 'finish-job', outcome: { state: 'dropped', reason: { code: 'superseded' } } },
    ]);
  });

  it('escalates at the configured overdue reminder, to each secretariat member, even when superseded', () => {
    const effects = decideJob(facts({ job: overdue(2), laterReminderDue: true }), AT_DEADLINE);
    expect(kinds(effects)).toEqual(['escalate', 'escalate', 'finish-job']);
    expect(effects[0]).toEqual({
      kind: 'escalate',
      roundId: '2026-Q4',
      to: INGRID,
      reminders: 2,
      missing: [
        { initiativeId: 'T-2026-03', contacts: [KARI] },
        { initiativeId: 'T-2025-01', contacts: [OLA] },
      ],
    });
  });

  it('reminds and escalates together when the escalating reminder is the latest', () => {
    expect(kinds(decideJob(facts({ job: overdue(3) }), AT_DEADLINE))).toEqual([
      'remind',
      'remind',
      'escalate',
      'escalate',
      'finish-job',
    ]);
    expect(kinds(decideJob(facts({ job: overdue(1) }), AT_DEADLINE))).toEqual(['remind', 'remind', 'finish-job']);
  });

  it('neither reminds nor escalates when every report is in', () => {
    const reporting = facts().reporting.map((r) => ({ ...r, reportState: 'submitted' as const }));
    expect(decideJob(facts({ job: overdue(2), reporting }), AT_DEADLINE)).toEqual([
      { kind: 'finish-job', outcome: { state: 'done' } },
    ]);
  });

  it('drops reminders of a locked, closed or vanished round', () => {
    expect(last(decideJob(facts(), AFTER_LOCK))).toEqual({
      kind: 'finish-job',
      outcome: { state: 'dropped', reason: { code: 'round-locked' } },
    });
    expect(decideJob(facts({ round: aRound({ state: 'closed' }) }), BEFORE)).toEqual([
      { kind: 'finish-job', outcome: { state: 'dropped', reason: { code: 'round-inactive', state: 'closed' } } },
    ]);
    expect(decideJob(facts({ round: null }), BEFORE)).toEqual([
      { kind: 'finish-job', outcome: { state: 'dropped', reason: { code: 'round-not-found' } } },
    ]);
  });

  it('moves an open round to review at the deadline and posts the review in the channel language', () => {
    const effects = decideJob(facts({ job: deadlineJob, channelLocale: 'en' }), AT_DEADLINE);
    expect(effects).toEqual([
      { kind: 'move-round', round: aRound({ state: 'in-review' }), from: 'open' },
      { kind: 'post-review', roundId: '2026-Q4', locale: 'en', initiativeIds: ['T-2026-03', 'T-2025-01', 'T-2024-03'] },
      { kind: 'finish-job', outcome: { state: 'done' } },
    ]);
  });

  it('posts the review of a round already in review without moving it, and drops a compiled one', () => {
    const inReview = decideJob(facts({ job: deadlineJob, round: aRound({ state: 'in-review' }) }), AT_DEADLINE);
    expect(kinds(inReview)).toEqual(['post-review', 'finish-job']);
    expect(decideJob(facts({ job: deadlineJob, round: aRound({ state: 'compiled' }) }), AT_DEADLINE)).toEqual([
      { kind: 'finish-job', outcome: { state: 'dropped', reason: { code: 'round-inactive', state: 'compiled' } } },
    ]);
  });

  it('drops the deadline of a round that was never opened', () => {
    expect(decideJob(facts({ job: deadlineJob, round: aRound({ state: 'planned' }) }), AT_DEADLINE)).toEqual([
      { kind: 'finish-job', outcome: { state: 'dropped', reason: { code: 'round-inactive', state: 'planned' } } },
    ]);
  });

  it('is pure: the same facts give the same effects and are left as they were', () => {
    const f = facts({ job: deadlineJob });
    const before = JSON.stringify(f.round);
    expect(decideJob(f, AT_DEADLINE)).toEqual(decideJob(f, AT_DEADLINE));
    expect(JSON.stringify(f.round)).toBe(before);
  });
});

describe('missingReports', () => {
  it('lists the reports not submitted, with their registered reporters today', () => {
    const missing = missingReports(facts().reporting, new Set([KARI, OLA]), '2026-11-24');
    expect(missing.map((m) => [m.initiative.id, m.reporters])).toEqual([
      ['T-2026-03', [KARI]],
      ['T-2025-01', [OLA]],
    ]);
  });
});

/**
 * Skate's decisions: recorded on a compiled round's agenda item, they stay open
 * beside the initiative's earlier ones until a follow-up says they are done;
 * every open one appears in the owner's next report form, none answered in
 * advance, and the owner's follow-up appears in the next agenda item.
 */
import { compileAgenda } from '../../../src/app/agenda/compile-agenda';
import type { Actor } from '../../../src/app/app-context';
import { correctDecision, listDecisions, recordDecision } from '../../../src/app/decisions/record-decision';
import { openReportForm } from '../../../src/app/reports/report-form';
import { saveReport } from '../../../src/app/reports/save-report';
import { moveRound } from '../../../src/app/rounds/move-round';
import { openRound } from '../../../src/app/rounds/open-round';
import type { Decision, FollowUpState } from '../../../src/domain/model';
import { prefillReport } from '../../../src/domain/report-prefill';
import { formatDate } from '../../../src/i18n/format';
import { agendaRenderers } from '../../../src/render';
import { DEMO_NOW, failureCodes, OPERATOR, type TestApp, testApp } from '../../helpers/test-app';

jest.setTimeout(60_000);

const ROUND = '2026-Q4';
const NEXT = '2027-Q1';
/** T-2024-03 has two of the demo's open decisions, V-2026-Q3-01 and V-2026-Q3-04; Hanne Moen reports on it. */
const ID = 'T-2024-03';
const OWNER = 'hanne.moen@example.no';
const COMPILE_AT = new Date('2026-12-04T08:00:00.000Z');
const MEETING_DAY = new Date('2026-12-10T14:00:00.000Z');
const NEXT_OPEN = new Date('2027-02-01T08:00:00.000Z');
const NEXT_REPORT = new Date('2027-02-03T10:00:00.000Z');
const TEXT = 'Skate ber Helsedirektoratet legge fram en gevinstrealiseringsplan for AU i neste kvartal.';

/**
 * Submits the owner's report on `ID` in `roundId`, answering every open decision: `state` for the
 * decision named in `answers` (`partly` for the others), with `comment`.
 */
async function submit(
  t: TestApp,
  roundId: string,
  at: Date,
  comment: string,
  answers: Record<string, FollowUpState> = {},
): Promise<void> {
  const fields = await t.app.uow.read(async (repos) => {
    const initiative = await repos.initiatives.get(ID);
    if (!initiative) throw new Error(`no ${ID}`);
    const prefill = prefillReport(
      initiative,
      await repos.reports.latestSubmittedBefore(ID, roundId),
      await repos.decisions.listOpenFor(ID),
    );
    const decisionFollowUp = prefill.decisionFollowUp.map((a) => ({
      ...a,
      state: answers[a.decisionId] ?? ('partly' as const),
      comment,
    }));
    return { ...prefill, progress: `Framdrift i ${roundId}.`, decisionFollowUp };
  });
  const saved = await saveReport(
    t.app,
    { initiativeId: ID, roundId, fields, submit: true, baseVersion: 0 },
    await t.person(OWNER),
    at,
  );
  if (!saved.ok) throw new Error(`report refused: ${JSON.stringify(saved.errors)}`);
}

describe("Skate's decisions", () => {
  let t: TestApp;
  let secretariat: Actor;
  beforeEach(async () => {
    t = await testApp();
    secretariat = { kind: 'person', person: await t.person('ingrid.haugland@example.no') };
    await openRound(t.app, { quarter: ROUND }, OPERATOR, DEMO_NOW);
    await submit(t, ROUND, DEMO_NOW, 'Revidert plan er lagt fram.');
    await t.bindChannels();
    await moveRound(t.app, ROUND, 'in-review', OPERATOR, new Date('2026-11-27T08:00:00.000Z'));
    await compileAgenda(t.app, agendaRenderers, { roundId: ROUND }, secretariat, COMPILE_AT);
  });
  afterEach(async () => await t.close());

  const decisions = async (): Promise<Decision[]> =>
    await t.app.uow.read(async (repos) => await repos.decisions.listForInitiative(ID));

  it('records a decision on the compiled round, dated the Skate meeting; the earlier open ones stay open', async () => {
    const decision = await recordDecision(t.app, { initiativeId: ID, text: `  ${TEXT}\n` }, secretariat, MEETING_DAY);
    expect(decision).toEqual({
      id: 'V-2026-Q4-01',
      initiativeId: ID,
      roundId: ROUND,
      text: TEXT,
      point: null,
      decidedOn: '2026-12-10',
      state: 'open',
      recordedBy: 'ingrid.haugland@example.no',
    });
    expect((await t.app.uow.read(async (repos) => await repos.decisions.listOpenFor(ID))).map((d) => d.id)).toEqual([
      'V-2026-Q3-01',
      'V-2026-Q3-04',
      'V-2026-Q4-01',
    ]);
    const second = await recordDecision(
      t.app,
      { initiativeId: 'T-2024-01', text: 'Til orientering.' },
      secretariat,
      MEETING_DAY,
    );
    expect(second.id).toBe('V-2026-Q4-02');
  });

  it("asks every open decision in the owner's next form, none answered; a decision closes when followed", async () => {
    const decision = await recordDecision(t.app, { initiativeId: ID, text: TEXT }, secretariat, MEETING_DAY);
    await moveRound(t.app, ROUND, 'closed', secretariat, MEETING_DAY);
    await openRound(t.app, { quarter: NEXT }, OPERATOR, NEXT_OPEN);

    const owner = await t.person(OWNER);
    const screen = await openReportForm(t.app, { roundId: NEXT, initiativeId: ID }, owner, NEXT_OPEN);
    if (screen.kind !== 'form') throw new Error(`expected the form, got ${screen.kind}`);
    const parts = screen.view.form.sections.filter((s) => s.id.startsWith('decision-'));
    expect(parts.map((p) => p.lines[0])).toEqual([
      formatDate('2026-09-10', 'nb'),
      formatDate('2026-09-10', 'nb'),
      formatDate('2026-12-10', 'nb'),
    ]);
    expect(parts.at(-1)?.lines[1]).toBe(TEXT);
    // Nothing is answered for the owner.
    expect(parts.flatMap((p) => p.inputs.map((i) => i.value))).toEqual([null, '', null, '', null, '']);

    const comment = 'Planen er under arbeid og legges fram for AU i mars.';
    await submit(t, NEXT, NEXT_REPORT, comment, { 'V-2026-Q3-04': 'followed' });
    // Followed is done: that decision closes; the others stay open until their follow-up says so.
    expect((await t.app.uow.read(async (repos) => await repos.decisions.listOpenFor(ID))).map((d) => d.id)).toEqual([
      'V-2026-Q3-01',
      'V-2026-Q4-01',
    ]);
    await moveRound(t.app, NEXT, 'in-review', OPERATOR, NEXT_REPORT);
    const next = await compileAgenda(t.app, agendaRenderers, { roundId: NEXT }, secretariat, NEXT_REPORT);
    const followUp = next.document.followUp.filter((f) => f.initiativeId === ID);
    expect(followUp.map((f) => [f.decidedOn, f.state])).toEqual([
      ['2026-09-10', 'partly'],
      ['2026-09-10', 'followed'],
      [decision.decidedOn, 'partly'],
    ]);
    expect(followUp.at(-1)?.decision).toEqual({ source: 'typed', text: TEXT });
    expect(next.agenda.markdown).toContain(comment);
    expect(next.agenda.caseNumber).toBe('01/2027');
  });

  it('corrects the text of a decision and lists decisions per initiative, per round and all', async () => {
    await recordDecision(t.app, { initiativeId: ID, text: TEXT }, secretariat, MEETING_DAY);
    const corrected = await correctDecision(
      t.app,
      { decisionId: 'V-2026-Q4-01', text: 'Skate ber om en gevinstrealiseringsplan.' },
      secretariat,
      MEETING_DAY,
    );
    expect(corrected).toMatchObject({ id: 'V-2026-Q4-01', text: 'Skate ber om en gevinstrealiseringsplan.' });
    expect(corrected.state).toBe('open');
    expect((await listDecisions(t.app, { initiativeId: ID }, OPERATOR)).map((d) => d.id)).toEqual([
      'V-2026-Q3-01',
      'V-2026-Q3-04',
      'V-2026-Q4-01',
    ]);
    expect((await listDecisions(t.app, { roundId: ROUND }, OPERATOR)).map((d) => d.text)).toEqual([corrected.text]);
    // All of them: round by round, oldest round first.
    const all = await listDecisions(t.app, {}, OPERATOR);
    expect(all.map((d) => d.roundId)).toEqual(['2026-Q3', '2026-Q3', '2026-Q3', '2026-Q3', ROUND]);
    expect(all.map((d) => d.id).sort()).toEqual([
      'V-2026-Q3-01',
      'V-2026-Q3-02',
      'V-2026-Q3-03',
      'V-2026-Q3-04',
      'V-2026-Q4-01',
    ]);
    expect(
      await failureCodes(
        async () => await correctDecision(t.app, { decisionId: 'V-2026-Q4-09', text: 'x' }, secretariat, MEETING_DAY),
      ),
    ).toEqual(['DECISION.NOT_FOUND']);
  });

  it('refuses an owner, an empty text and an unknown initiative, and records nothing', async () => {
    const owner: Actor = { kind: 'person', person: await t.person(OWNER) };
    const before = await decisions();
    expect(
      await failureCodes(async () => await recordDecision(t.app, { initiativeId: ID, text: TEXT }, owner, MEETING_DAY)),
    ).toEqual(['AUTH.NOT_SECRETARIAT']);
    expect(
      await failureCodes(
        async () => await correctDecision(t.app, { decisionId: 'V-2026-Q3-01', text: 'Endret.' }, owner, MEETING_DAY),
      ),
    ).toEqual(['AUTH.NOT_SECRETARIAT']);
    expect(
      await failureCodes(
        async () => await recordDecision(t.app, { initiativeId: ID, text: '  ' }, secretariat, MEETING_DAY),
      ),
    ).toEqual(['REPORT.REQUIRED']);
    expect(
      await failureCodes(
        async () => await recordDecision(t.app, { initiativeId: 'T-2020-99', text: TEXT }, secretariat, MEETING_DAY),
      ),
    ).toEqual(['INITIATIVE.NOT_FOUND']);
    expect(await decisions()).toEqual(before);
  });
});

/**
 * Compiling a round's agenda item with the real renderers, on the demo with
 * 2026-Q4 opened, three reports submitted and the round in review: the first
 * compilation, an unchanged one, a revision after a late change, and refusals.
 */
import { type AgendaRenderers, agendaLinks, compileAgenda, contentHash } from '../../../src/app/agenda/compile-agenda';
import type { Actor } from '../../../src/app/app-context';
import { saveReport } from '../../../src/app/reports/save-report';
import { editRecommendation } from '../../../src/app/review/manage-review';
import { moveRound } from '../../../src/app/rounds/move-round';
import { openRound } from '../../../src/app/rounds/open-round';
import { composeAgenda } from '../../../src/domain/agenda/compose-agenda';
import { prefillReport } from '../../../src/domain/report-prefill';
import { messagesFor } from '../../../src/i18n';
import { recommendationText } from '../../../src/i18n/recommendation-text';
import { agendaRenderers } from '../../../src/render';
import { handMadeCase } from '../../helpers/agenda-cases';
import { DEMO_NOW, OPERATOR, type TestApp, testApp } from '../../helpers/test-app';

jest.setTimeout(60_000);

const ROUND = '2026-Q4';
const SECRETARIAT = 'ingrid.haugland@example.no';
const REVIEW_AT = new Date('2026-11-27T08:00:00.000Z');
const COMPILE_AT = new Date('2026-12-04T08:00:00.000Z');
const NEXT_DAY = new Date('2026-12-07T08:00:00.000Z');
/** T-2024-03 and T-2025-02 follow up Skate's open decisions from 2026-Q3. */
const SUBMITTED = ['T-2024-01', 'T-2024-03', 'T-2025-02'];
const nb = messagesFor('nb');

/** Submits an owner's report on `initiativeId` in `roundId`: last quarter's, with progress and any follow-up filled in. */
function submit(t: TestApp, roundId: string, initiativeId: string, at: Date, comment = 'Fulgt opp.'): void {
  const { initiative, fields } = t.app.uow.read((repos) => {
    const i = repos.initiatives.get(initiativeId);
    if (!i) throw new Error(`no initiative ${initiativeId}`);
    const prefill = prefillReport(
      i,
      repos.reports.latestSubmittedBefore(i.id, roundId),
      repos.decisions.findOpenFor(i.id),
    );
    const followUp = prefill.decisionFollowUp && { ...prefill.decisionFollowUp, comment };
    return { initiative: i, fields: { ...prefill, progress: `Framdrift i ${roundId}.`, decisionFollowUp: followUp } };
  });
  const owner = t.person(initiative.contacts[0] ?? '');
  const saved = saveReport(t.app, { initiativeId, roundId, fields, submit: true, baseVersion: 0 }, owner, at);
  if (!saved.ok) throw new Error(`report on ${initiativeId} refused: ${JSON.stringify(saved.errors)}`);
}

/** The demo with 2026-Q4 opened, three reports submitted and the round moved to review. */
function roundInReview(): TestApp {
  const t = testApp();
  openRound(t.app, { quarter: ROUND }, OPERATOR, DEMO_NOW);
  for (const id of SUBMITTED) submit(t, ROUND, id, DEMO_NOW);
  t.bindChannels();
  moveRound(t.app, ROUND, 'in-review', OPERATOR, REVIEW_AT);
  return t;
}

describe('compileAgenda', () => {
  let t: TestApp;
  let secretariat: Actor;
  beforeEach(() => {
    t = roundInReview();
    secretariat = { kind: 'person', person: t.person(SECRETARIAT) };
  });
  afterEach(() => t.close());

  const compile = (now = COMPILE_AT, actor = secretariat) =>
    compileAgenda(t.app, agendaRenderers, { roundId: ROUND }, actor, now);
  const stored = () => t.app.uow.read((repos) => repos.compiledAgendas.latest(ROUND));
  const roundState = () => t.app.uow.read((repos) => repos.rounds.get(ROUND)?.state);

  it('stores revision 0 with a new case number and moves the round to compiled', async () => {
    const outcome = await compile();
    const { agenda, document } = outcome;
    expect(outcome.isNew).toBe(true);
    // 01/2026 is the demo's 2026-Q3 item; the case number is allocated in the year of the Skate meeting.
    expect(agenda).toMatchObject({ roundId: ROUND, revision: 0, caseNumber: '02/2026', createdBy: SECRETARIAT });
    expect(agenda.caseNumber).toMatch(/^\d{2}\/2026$/);
    expect(agenda.hash).toBe(contentHash(document));
    expect(stored()).toEqual(agenda);
    expect(roundState()).toBe('compiled');
    expect(t.app.uow.read((repos) => repos.agenda.get(ROUND)?.caseNumber)).toBe('02/2026');

    expect(document.background).toMatchObject({ expected: 13, submitted: SUBMITTED.length, missing: 10 });
    expect(document.followUp.map((f) => [f.initiativeId, f.state])).toEqual(
      expect.arrayContaining([
        ['T-2024-03', 'followed'],
        ['T-2025-02', 'followed'],
      ]),
    );
    expect(agenda.markdown).toContain('**Sak 02/2026 Status i tiltakene i handlingsplanen – 4.\u00a0kvartal 2026**');
    expect(agenda.markdown).not.toContain(nb.agenda.revision(1));
    expect(agenda.html).toMatch(/^<!DOCTYPE html>/i);
    expect(agenda.docx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(agenda.heatmapPng.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(agenda.publishedAt).toBeNull();
  });

  it('previews the item with signed links, the heat map and the publish action', async () => {
    const { preview, agenda } = await compile();
    const links = agendaLinks(t.app, ROUND, 0, COMPILE_AT);
    expect(preview).toMatchObject({
      kind: 'agenda-summary',
      title: nb.agendaCard.title('02/2026', nb.quarterLabel(4, 2026), 0),
      actions: [{ id: 'agenda.publish', label: nb.agendaCard.publish, data: { roundId: ROUND, revision: '0' } }],
      links: [
        { label: nb.agendaCard.word, url: links.docx },
        { label: nb.agendaCard.html, url: links.html },
        { label: nb.agendaCard.markdown, url: links.md },
      ],
      image: { url: links.png },
    });
    expect(preview.paragraphs).toContain(nb.agendaCard.previewNote);
    expect(links.docx).toMatch(/^http:\/\/127\.0\.0\.1:3978\/agenda\/2026-Q4\/r0\.docx\?exp=\d+&sig=[\w-]+$/);
    // What publishing posts: the same card without the button and the preview note.
    const summary = JSON.parse(agenda.summary) as typeof preview;
    expect(summary.actions).toEqual([]);
    expect(summary.paragraphs).not.toContain(nb.agendaCard.previewNote);
    expect(summary.title).toBe(preview.title);
  });

  it('stores nothing when compiled again without changes, even on a later day', async () => {
    const first = await compile();
    const renderers = countingRenderers();
    const again = await compileAgenda(t.app, renderers.api, { roundId: ROUND }, secretariat, NEXT_DAY);
    expect(again.isNew).toBe(false);
    expect(again.agenda).toEqual(first.agenda);
    expect(again.document.header.revision).toBe(0);
    expect(renderers.calls).toBe(0);
    expect(again.preview.actions[0]?.data).toEqual({ roundId: ROUND, revision: '0' });
    expect(stored()?.revision).toBe(0);
  });

  it('after a late change to a recommendation makes revision 1 with the marker and the same case number', async () => {
    const first = await compile();
    editRecommendation(
      t.app,
      { roundId: ROUND, initiativeId: 'T-2024-01', text: 'AU anbefaler at Skate ber om en gevinstrealiseringsplan.' },
      secretariat,
      NEXT_DAY,
    );
    const second = await compile(NEXT_DAY);
    expect(second.isNew).toBe(true);
    expect(second.agenda).toMatchObject({ revision: 1, caseNumber: first.agenda.caseNumber });
    expect(second.agenda.hash).not.toBe(first.agenda.hash);
    expect(second.agenda.markdown).toContain(nb.agenda.revision(1));
    expect(second.agenda.markdown).toContain('gevinstrealiseringsplan');
    expect(second.preview.title).toBe(nb.agendaCard.title('02/2026', nb.quarterLabel(4, 2026), 1));
    expect(second.preview.actions[0]?.data).toEqual({ roundId: ROUND, revision: '1' });
    // Both revisions are kept: links to revision 0 still work.
    const both = t.app.uow.read((repos) => [0, 1].map((r) => repos.compiledAgendas.get(ROUND, r)?.revision));
    expect(both).toEqual([0, 1]);
  });

  it('after a late report (round back in review) makes revision 1 and compiles the round again', async () => {
    await compile();
    moveRound(t.app, ROUND, 'in-review', secretariat, COMPILE_AT);
    // Before the lock (2 December 12:00) a late report is still accepted.
    submit(t, ROUND, 'T-2024-02', new Date('2026-12-01T10:00:00.000Z'), 'Orientert AU.');
    const second = await compile(NEXT_DAY);
    expect(second.agenda).toMatchObject({ revision: 1, caseNumber: '02/2026' });
    expect(second.document.background.submitted).toBe(SUBMITTED.length + 1);
    expect(second.agenda.markdown).toContain(nb.agenda.revision(1));
    expect(roundState()).toBe('compiled');
  });

  it('moves the round back to compiled when it went back to review but nothing changed', async () => {
    await compile();
    moveRound(t.app, ROUND, 'in-review', secretariat, COMPILE_AT);
    const again = await compile(NEXT_DAY);
    expect(again.isNew).toBe(false);
    expect(roundState()).toBe('compiled');
  });

  it('refuses anyone but the secretariat, and stores nothing', async () => {
    const owner: Actor = { kind: 'person', person: t.person('kristin.hovland@example.no') };
    await expect(compile(COMPILE_AT, owner)).rejects.toMatchObject({ errors: [{ code: 'AUTH.NOT_SECRETARIAT' }] });
    expect(stored()).toBeNull();
    expect(roundState()).toBe('in-review');
  });

  it('refuses a round that is still open for reports', async () => {
    const other = testApp();
    try {
      openRound(other.app, { quarter: ROUND }, OPERATOR, DEMO_NOW);
      await expect(
        compileAgenda(other.app, agendaRenderers, { roundId: ROUND }, OPERATOR, COMPILE_AT),
      ).rejects.toMatchObject({ errors: [{ code: 'ROUND.INVALID_TRANSITION', params: { from: 'open' } }] });
      expect(other.app.uow.read((repos) => repos.compiledAgendas.latest(ROUND))).toBeNull();
      expect(other.app.uow.read((repos) => repos.agenda.get(ROUND))).toBeNull();
    } finally {
      other.close();
    }
  });
});

/** The real renderers, counting how often they run. */
function countingRenderers(): { api: AgendaRenderers; calls: number } {
  const counter = { calls: 0, api: agendaRenderers };
  const count = <T>(value: T): T => {
    counter.calls += 1;
    return value;
  };
  counter.api = {
    markdown: (d) => count(agendaRenderers.markdown(d)),
    html: (d) => count(agendaRenderers.html(d)),
    docx: (d) => count(agendaRenderers.docx(d)),
    heatmapPng: (d) => count(agendaRenderers.heatmapPng(d)),
  };
  return counter;
}

describe('contentHash', () => {
  it('reads a recommendation as its words: the same text typed or drawn from the default hashes alike', () => {
    const doc = composeAgenda(handMadeCase('red-deviations', 'nb'));
    const typed = {
      ...doc,
      auTreatment: doc.auTreatment.map((e) => ({
        ...e,
        recommendation: { source: 'typed' as const, text: recommendationText(e.recommendation, 'nb') },
      })),
    };
    // The case has defaults, so the two documents do differ in how they carry them.
    expect(doc.auTreatment.some((e) => e.recommendation.source === 'default')).toBe(true);
    expect(contentHash(typed)).toBe(contentHash(doc));
    const changed = {
      ...typed,
      auTreatment: typed.auTreatment.map((e) => ({ ...e, recommendation: { ...e.recommendation, text: 'Ny.' } })),
    };
    expect(contentHash(changed)).not.toBe(contentHash(doc));
  });
});

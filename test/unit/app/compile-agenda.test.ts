/**
 * Compiling a round's agenda item with the real renderers, on the demo with
 * 2026-Q4 opened, three reports submitted and the round in review: the first
 * compilation with its proposed case number, the points awaiting the
 * secretariat, an unchanged compilation, when a change is a revision (only of
 * a published paper) and when it is not (a preview, a translation), and refusals.
 */
import { setCaseNumber } from '../../../src/app/agenda/allocate-case-number';
import {
  type AgendaRenderers,
  agendaLinks,
  compileAgenda,
  contentHash,
  editionFor,
} from '../../../src/app/agenda/compile-agenda';
import { decidePoint } from '../../../src/app/agenda/decide-point';
import { publishAgenda } from '../../../src/app/agenda/publish-agenda';
import type { Actor } from '../../../src/app/app-context';
import { mapInOrder } from '../../../src/app/in-order';
import { saveReport } from '../../../src/app/reports/save-report';
import { editRecommendation } from '../../../src/app/review/manage-review';
import { moveRound } from '../../../src/app/rounds/move-round';
import { openRound } from '../../../src/app/rounds/open-round';
import { undecidedPoints } from '../../../src/domain/agenda/agenda-points';
import { composeAgenda } from '../../../src/domain/agenda/compose-agenda';
import { prefillReport } from '../../../src/domain/report-prefill';
import { messagesFor } from '../../../src/i18n';
import { agendaRenderers } from '../../../src/render';
import { handMadeCase } from '../../helpers/agenda-cases';
import { DEMO_NOW, failureCodes, OPERATOR, type TestApp, testApp } from '../../helpers/test-app';

jest.setTimeout(60_000);

const ROUND = '2026-Q4';
const SECRETARIAT = 'ingrid.haugland@example.no';
const REVIEW_AT = new Date('2026-11-27T08:00:00.000Z');
const COMPILE_AT = new Date('2026-12-04T08:00:00.000Z');
const NEXT_DAY = new Date('2026-12-07T08:00:00.000Z');
/** T-2024-03 and T-2025-02 follow up Skate's open decisions from 2026-Q3. */
const SUBMITTED = ['T-2024-01', 'T-2024-03', 'T-2025-02'];
/** The demo's 2026-Q3 samlesak is 17/2026 in Skate's series: the bot proposes the next. */
const PROPOSED = '18/2026';
const nb = messagesFor('nb');

/** Submits an owner's report on `initiativeId` in `roundId`: last quarter's, with progress and any follow-up filled in. */
async function submit(
  t: TestApp,
  roundId: string,
  initiativeId: string,
  at: Date,
  comment = 'Fulgt opp.',
): Promise<void> {
  const { initiative, fields } = await t.app.uow.read(async (repos) => {
    const i = await repos.initiatives.get(initiativeId);
    if (!i) throw new Error(`no initiative ${initiativeId}`);
    const prefill = prefillReport(
      i,
      await repos.reports.latestSubmittedBefore(i.id, roundId),
      await repos.decisions.listOpenFor(i.id),
    );
    const followUp = prefill.decisionFollowUp.map((a) => ({ ...a, state: 'partly' as const, comment }));
    return { initiative: i, fields: { ...prefill, progress: `Framdrift i ${roundId}.`, decisionFollowUp: followUp } };
  });
  const owner = await t.person(initiative.contacts[0] ?? '');
  const saved = await saveReport(t.app, { initiativeId, roundId, fields, submit: true, baseVersion: 0 }, owner, at);
  if (!saved.ok) throw new Error(`report on ${initiativeId} refused: ${JSON.stringify(saved.errors)}`);
}

/** The demo with 2026-Q4 opened, three reports submitted and the round moved to review. */
async function roundInReview(): Promise<TestApp> {
  const t = await testApp();
  await openRound(t.app, { quarter: ROUND }, OPERATOR, DEMO_NOW);
  for (const id of SUBMITTED) await submit(t, ROUND, id, DEMO_NOW);
  await t.bindChannels(['au', 'skate']);
  await moveRound(t.app, ROUND, 'in-review', OPERATOR, REVIEW_AT);
  return t;
}

describe('compileAgenda', () => {
  let t: TestApp;
  let secretariat: Actor;
  beforeEach(async () => {
    t = await roundInReview();
    secretariat = { kind: 'person', person: await t.person(SECRETARIAT) };
  });
  afterEach(async () => await t.close());

  const compile = (now = COMPILE_AT, actor = secretariat, locale: 'nb' | 'nn' | 'en' = 'nb') =>
    compileAgenda(t.app, agendaRenderers, { roundId: ROUND, locale }, actor, now);
  const stored = async () => await t.app.uow.read(async (repos) => await repos.compiledAgendas.latest(ROUND));
  const roundState = async () => await t.app.uow.read(async (repos) => (await repos.rounds.get(ROUND))?.state);
  /** Nobody has voted on this round: the secretariat puts every point forward as its own proposal. */
  const decideAll = async () => {
    const first = await compile();
    for (const p of undecidedPoints(first.document.proposedDecision)) {
      await decidePoint(
        t.app,
        { roundId: ROUND, initiativeId: p.initiativeId, disposition: 'secretariat-proposal' },
        secretariat,
        COMPILE_AT,
      );
    }
    return compile();
  };
  it('stores every format that rendered when one fails, and names the one that did not', async () => {
    // A Word renderer that trips over one initiative's text, as a render error says where.
    const broken = {
      ...agendaRenderers,
      docx: async () => {
        throw Object.assign(new Error('bad text'), { initiativeId: 'T-2024-01', field: 'progress' });
      },
    };
    const compiled = await compileAgenda(t.app, broken, { roundId: ROUND }, secretariat, COMPILE_AT);
    expect(compiled.failed).toEqual([{ format: 'docx', initiativeId: 'T-2024-01', field: 'progress' }]);
    const agenda = await stored();
    expect(agenda?.markdown.length).toBeGreaterThan(0);
    expect(agenda?.html.length).toBeGreaterThan(0);
    expect(agenda?.heatmapPng.length).toBeGreaterThan(0);
    expect(agenda?.docx.length).toBe(0);
    expect(await roundState()).toBe('compiled');
  });

  it('refuses with a localised error when no format renders, and stores nothing', async () => {
    const fail = async () => {
      throw new Error('renderer down');
    };
    const none = { markdown: fail, html: fail, docx: fail, heatmapPng: fail };
    await expect(compileAgenda(t.app, none, { roundId: ROUND }, secretariat, COMPILE_AT)).rejects.toMatchObject({
      errors: [{ code: 'AGENDA.RENDER_FAILED' }],
    });
    expect(await stored()).toBeNull();
  });

  /** Publishes the latest compilation. */
  const publish = async () => {
    const latest = await stored();
    if (!latest) throw new Error('nothing compiled');
    return await publishAgenda(t.app, { roundId: ROUND, revision: latest.revision }, secretariat, COMPILE_AT);
  };

  it('stores the first compilation with the proposed case number and moves the round to compiled', async () => {
    const outcome = await compile();
    const { agenda, document } = outcome;
    expect(outcome.isNew).toBe(true);
    expect(agenda).toMatchObject({
      roundId: ROUND,
      revision: 0,
      edition: 0,
      caseNumber: PROPOSED,
      createdBy: SECRETARIAT,
    });
    expect(agenda.hash).toBe(contentHash(document));
    expect(await stored()).toEqual(agenda);
    expect(await roundState()).toBe('compiled');
    expect(await t.app.uow.read(async (repos) => await repos.agenda.get(ROUND))).toMatchObject({
      caseNumber: PROPOSED,
      confirmed: false,
    });

    expect(document.background).toMatchObject({ expected: 12, submitted: SUBMITTED.length, missing: 9 });
    expect(document.followUp.map((f) => [f.initiativeId, f.state])).toEqual(
      expect.arrayContaining([
        ['T-2024-03', 'partly'],
        ['T-2025-02', 'partly'],
      ]),
    );
    expect(agenda.markdown).toContain(
      `**Sak ${PROPOSED} Status i tiltakene i handlingsplanen – 4.\u00a0kvartal 2026**`,
    );
    expect(agenda.markdown).not.toContain('Revidert utgave');
    expect(agenda.html).toMatch(/^<!DOCTYPE html>/i);
    expect(agenda.docx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(agenda.heatmapPng.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(agenda.publishedAt).toBeNull();
  });

  it('uses the number the secretariat set, and never gives one number to two papers', async () => {
    await setCaseNumber(t.app, { roundId: ROUND, caseNumber: '24/2026' }, secretariat, COMPILE_AT);
    const { agenda, preview } = await compile();
    expect(agenda.caseNumber).toBe('24/2026');
    expect(preview.facts).toContainEqual({ label: nb.agendaCard.caseNumber, value: '24/2026' });
    expect(
      await failureCodes(
        async () => await setCaseNumber(t.app, { roundId: '2026-Q3', caseNumber: '24/2026' }, secretariat, COMPILE_AT),
      ),
    ).toEqual(['CASE.NUMBER_TAKEN']);
    expect(
      await failureCodes(
        async () => await setCaseNumber(t.app, { roundId: ROUND, caseNumber: '24-2026' }, secretariat, COMPILE_AT),
      ),
    ).toEqual(['CASE.INVALID_NUMBER']);
  });

  it('previews the points awaiting the secretariat, with a button each, and publishes only once all are decided', async () => {
    const { preview, document } = await compile();
    const pending = undecidedPoints(document.proposedDecision).map((p) => p.initiativeId);
    expect(pending.length).toBeGreaterThan(0);
    // One button for all (Teams allows five actions with the three links); one point is withdrawn by command.
    expect(preview.actions).toEqual([
      { id: 'agenda.point-propose', label: nb.agendaCard.proposeAll(pending.length), data: { roundId: ROUND } },
    ]);
    expect(preview.paragraphs).toContain(nb.agendaCard.pending(pending.length));
    expect(preview.facts).toContainEqual({
      label: nb.agendaCard.caseNumber,
      value: nb.agendaCard.caseNumberProposed(PROPOSED),
    });
    expect(await failureCodes(async () => await publish())).toEqual(['AGENDA.POINTS_UNDECIDED']);

    const decided = await decideAll();
    const links = agendaLinks(t.app, ROUND, decided.agenda.revision, COMPILE_AT);
    expect(decided.preview).toMatchObject({
      kind: 'agenda-summary',
      title: nb.agendaCard.title(PROPOSED, nb.quarterLabel(4, 2026), 0),
      actions: [
        {
          id: 'agenda.publish',
          label: nb.agendaCard.publish,
          data: { roundId: ROUND, revision: String(decided.agenda.revision) },
        },
      ],
      links: [
        { label: nb.agendaCard.word, url: links.docx },
        { label: nb.agendaCard.html, url: links.html },
        { label: nb.agendaCard.markdown, url: links.md },
      ],
      image: { url: links.png },
    });
    expect(decided.agenda.markdown).toContain('_Skatesekretariatets forslag. AU har ikke stemt over forslaget._');
    // What publishing posts: the same card without the button and the preview note; the strategy owner gets it too.
    const summary = JSON.parse(decided.agenda.summary) as typeof decided.preview;
    expect(summary.actions).toEqual([]);
    expect(summary.paragraphs).not.toContain(nb.agendaCard.previewNote);
    expect(await publish()).toMatchObject({ posted: true, strategyOwners: 1 });
    const sent = await t.app.uow.read(async (repos) => (await repos.outbox.list()).map((m) => m.dedupeKey));
    expect(sent).toContain(`round:${ROUND}/agenda:r${decided.agenda.revision}/to:helene.strand@example.no`);
  });

  it('stores nothing when compiled again without changes, even on a later day', async () => {
    const first = await compile();
    const renderers = countingRenderers();
    const again = await compileAgenda(t.app, renderers.api, { roundId: ROUND }, secretariat, NEXT_DAY);
    expect(again.isNew).toBe(false);
    expect(again.agenda).toEqual(first.agenda);
    expect(again.document.header.revision).toBe(0);
    expect(renderers.calls).toBe(0);
    expect((await stored())?.revision).toBe(0);
  });

  it('a preview recompiled after a change is no revision: only a published paper is revised', async () => {
    await decideAll();
    await editRecommendation(
      t.app,
      { roundId: ROUND, initiativeId: 'T-2024-01', text: 'Skate ber om en gevinstrealiseringsplan.' },
      secretariat,
      NEXT_DAY,
    );
    // A typed recommendation nobody has voted on is a point of its own: the secretariat puts it forward.
    const own = { roundId: ROUND, initiativeId: 'T-2024-01', disposition: 'secretariat-proposal' as const };
    await decidePoint(t.app, own, secretariat, NEXT_DAY);
    const preview = await compile(NEXT_DAY);
    expect(preview.agenda).toMatchObject({ edition: 0, caseNumber: PROPOSED });
    expect(preview.agenda.markdown).not.toContain('Revidert utgave');
    expect(preview.agenda.markdown).toContain('gevinstrealiseringsplan');

    await publish();
    // A translation of the published paper is the same paper: no revision either.
    const nn = await compile(NEXT_DAY, secretariat, 'nn');
    expect(nn.isNew).toBe(true);
    expect(nn.agenda).toMatchObject({ edition: 0, locale: 'nn', hash: preview.agenda.hash });
    expect(nn.agenda.markdown).not.toContain('Revidert utgåve');

    // A published paper whose content changes is «Revidert utgave 1», with the same case number.
    await editRecommendation(
      t.app,
      { roundId: ROUND, initiativeId: 'T-2024-01', text: 'Skate ber om en gevinstrealiseringsplan innen mars.' },
      secretariat,
      NEXT_DAY,
    );
    const revised = await compile(NEXT_DAY);
    expect(revised.agenda).toMatchObject({ edition: 1, caseNumber: PROPOSED });
    expect(revised.agenda.markdown).toContain(nb.agenda.revision(1));
    expect(revised.preview.title).toBe(nb.agendaCard.title(PROPOSED, nb.quarterLabel(4, 2026), 1));
    // Every compilation is kept: links to the earlier ones still work.
    const kept = await t.app.uow.read((repos) =>
      mapInOrder([0, 1, 2, 3], async (r) => (await repos.compiledAgendas.get(ROUND, r))?.edition),
    );
    expect(kept).toEqual([0, 0, 0, 0]);
    expect((await stored())?.revision).toBe(4);
  });

  it('after a late report on a published paper (round back in review) makes revision 1', async () => {
    await decideAll();
    await publish();
    await moveRound(t.app, ROUND, 'in-review', secretariat, COMPILE_AT);
    // Before the lock (2 December 12:00) a late report is still accepted.
    await submit(t, ROUND, 'T-2024-02', new Date('2026-12-01T10:00:00.000Z'), 'Orientert AU.');
    const second = await compile(NEXT_DAY);
    expect(second.agenda).toMatchObject({ edition: 1, caseNumber: PROPOSED });
    expect(second.document.background.submitted).toBe(SUBMITTED.length + 1);
    expect(second.agenda.markdown).toContain(nb.agenda.revision(1));
    expect(await roundState()).toBe('compiled');
  });

  it('moves the round back to compiled when it went back to review but nothing changed', async () => {
    await compile();
    await moveRound(t.app, ROUND, 'in-review', secretariat, COMPILE_AT);
    const again = await compile(NEXT_DAY);
    expect(again.isNew).toBe(false);
    expect(await roundState()).toBe('compiled');
  });

  it('refuses anyone but the secretariat, and stores nothing', async () => {
    const owner: Actor = { kind: 'person', person: await t.person('kristin.hovland@example.no') };
    await expect(compile(COMPILE_AT, owner)).rejects.toMatchObject({ errors: [{ code: 'AUTH.NOT_SECRETARIAT' }] });
    expect(await stored()).toBeNull();
    expect(await roundState()).toBe('in-review');
  });

  it('refuses a round that is still open for reports', async () => {
    const other = await testApp();
    try {
      await openRound(other.app, { quarter: ROUND }, OPERATOR, DEMO_NOW);
      await expect(
        compileAgenda(other.app, agendaRenderers, { roundId: ROUND }, OPERATOR, COMPILE_AT),
      ).rejects.toMatchObject({ errors: [{ code: 'ROUND.INVALID_TRANSITION', params: { from: 'open' } }] });
      expect(await other.app.uow.read(async (repos) => await repos.compiledAgendas.latest(ROUND))).toBeNull();
      expect(await other.app.uow.read(async (repos) => await repos.agenda.get(ROUND))).toBeNull();
    } finally {
      await other.close();
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

describe('contentHash and editions', () => {
  it('leaves out the edition, the day it was prepared and who compiled it', () => {
    const doc = composeAgenda(handMadeCase('red-deviations', 'nb'));
    const same = { ...doc, header: { ...doc.header, revision: 3 }, preparedOn: '2027-01-01', presenter: 'Noen andre' };
    expect(contentHash(same)).toBe(contentHash(doc));
    expect(contentHash({ ...doc, place: 'Bergen' })).not.toBe(contentHash(doc));
  });

  it('is 0 before publication, the published edition while unchanged, the next one once changed', () => {
    const published = { hash: 'a', edition: 2 } as Parameters<typeof editionFor>[0];
    expect(editionFor(null, 'x')).toBe(0);
    expect(editionFor(published, 'a')).toBe(2);
    expect(editionFor(published, 'b')).toBe(3);
  });
});

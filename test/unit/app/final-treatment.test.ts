/**
 * Final treatment (seed 004 §6) on the demo: the owner reports an initiative
 * finished, the secretariat confirms it and Skate's members are asked for
 * written feedback by a deadline; their answers go into the samlesak under
 * the final-treatment point, the initiative is never «missing» in the
 * meantime, and Skate's decision makes it «sluttbehandlet»: no more reports,
 * and the owner and the strategy owner are told.
 */
import { compileAgenda } from '../../../src/app/agenda/compile-agenda';
import type { Actor } from '../../../src/app/app-context';
import { giveFeedback, recordFinalDecision } from '../../../src/app/final-treatment/final-feedback';
import {
  confirmFinished,
  declineFinished,
  reportFinished,
} from '../../../src/app/final-treatment/request-final-treatment';
import { initiativesToReport } from '../../../src/app/rounds/initiatives-to-report';
import { moveRound } from '../../../src/app/rounds/move-round';
import { openRound } from '../../../src/app/rounds/open-round';
import { messagesFor } from '../../../src/i18n';
import { agendaRenderers } from '../../../src/render';
import type { MessageView } from '../../../src/views/message-view';
import { DEMO_NOW, failureCodes, OPERATOR, type TestApp, testApp } from '../../helpers/test-app';

jest.setTimeout(60_000);

const ROUND = '2026-Q4';
/** Felles datakatalog, reported on by Kristin Hovland (Brønnøysundregistrene). */
const ID = 'T-2024-01';
const OWNER = 'kristin.hovland@example.no';
const SKATE_MEMBER = 'thomas.brekken@example.no';
const nb = messagesFor('nb');

describe('final treatment', () => {
  let t: TestApp;
  let secretariat: Actor;
  beforeEach(async () => {
    t = await testApp();
    await openRound(t.app, { quarter: ROUND }, OPERATOR, DEMO_NOW);
    secretariat = { kind: 'person', person: await t.person('ingrid.haugland@example.no') };
  });
  afterEach(async () => await t.close());

  const initiative = async () => await t.app.uow.read(async (repos) => await repos.initiatives.get(ID));
  const messages = async (kind: MessageView['kind']) =>
    (await t.app.uow.read(async (repos) => await repos.outbox.list()))
      .filter((m) => (m.view as MessageView).kind === kind)
      .map((m) => ({ to: m.destination.kind === 'person' ? m.destination.email : '', view: m.view as MessageView }));

  it('goes from the owner’s report through the feedback round to Skate’s decision', async () => {
    // The owner reports it finished: the secretariat is asked to confirm, with buttons.
    await reportFinished(t.app, { initiativeId: ID }, await t.person(OWNER), DEMO_NOW);
    const asked = (await messages('final-treatment')).filter((m) => m.to === 'ingrid.haugland@example.no');
    expect(asked[0]?.view.actions.map((a) => a.id)).toEqual(['final.confirm', 'final.decline']);
    expect((await initiative())?.phase).toBe('execution');

    // Confirmed: in final treatment, Skate's members asked for feedback by the deadline, the owner told.
    const confirmed = await confirmFinished(t.app, { initiativeId: ID, deadline: '2026-12-01' }, secretariat, DEMO_NOW);
    expect(confirmed).toMatchObject({ deadline: '2026-12-01', asked: 3 });
    expect((await initiative())?.phase).toBe('finished');
    const requests = (await messages('final-treatment')).filter((m) => m.view.title === nb.final.feedbackTitle(ID));
    expect(requests.map((m) => m.to).sort()).toEqual(
      ['marte.lovli@example.no', 'randi.fjellheim@example.no', 'thomas.brekken@example.no'].sort(),
    );
    expect(requests[0]?.view.paragraphs[1]).toBe(nb.final.feedbackHow(ID));
    expect(
      (await messages('final-treatment')).some((m) => m.to === OWNER && m.view.paragraphs[0]?.includes('01.12.2026')),
    ).toBe(true);
    // Finished: asked for no more status reports.
    expect(
      (await t.app.uow.read(async (repos) => initiativesToReport(await repos.initiatives.list()))).map((i) => i.id),
    ).not.toContain(ID);

    // Written feedback from a Skate member; only Skate's members may give it.
    await giveFeedback(
      t.app,
      { initiativeId: ID, text: 'SSB bruker katalogen og støtter avslutning.' },
      await t.person(SKATE_MEMBER),
      DEMO_NOW,
    );
    expect(
      await failureCodes(
        async () => await giveFeedback(t.app, { initiativeId: ID, text: 'Ja.' }, await t.person(OWNER), DEMO_NOW),
      ),
    ).toEqual(['AUTH.NOT_SKATE']);

    // The samlesak: the final-treatment point with the feedback under it, and the initiative not missing.
    await t.bindChannels();
    await moveRound(t.app, ROUND, 'in-review', OPERATOR, new Date('2026-11-27T08:00:00.000Z'));
    const compiled = await compileAgenda(
      t.app,
      agendaRenderers,
      { roundId: ROUND },
      secretariat,
      new Date('2026-12-04T08:00:00.000Z'),
    );
    const doc = compiled.document;
    expect(doc.missingReports.map((m) => m.initiativeId)).not.toContain(ID);
    expect(doc.finalTreatment.find((f) => f.initiativeId === ID)).toMatchObject({
      feedbackDeadline: '2026-12-01',
      feedback: [{ from: 'Statistisk sentralbyrå', text: 'SSB bruker katalogen og støtter avslutning.' }],
    });
    expect(doc.proposedDecision.points.find((p) => p.initiativeId === ID)?.content).toMatchObject({
      draft: { kind: 'final-treatment' },
    });
    expect(compiled.agenda.markdown).toContain(
      'Skriftlig tilbakemelding fra Statistisk sentralbyrå: «SSB bruker katalogen og støtter avslutning.»',
    );

    // Skate's decision: sluttbehandlet; the owner and the strategy owner are told.
    const decision = await recordFinalDecision(
      t.app,
      { initiativeId: ID, text: null, roundId: ROUND },
      secretariat,
      DEMO_NOW,
    );
    expect(decision).toMatchObject({ text: '', point: { draft: { kind: 'final-treatment' } }, state: 'closed' });
    expect((await initiative())?.phase).toBe('final-treatment-done');
    expect(await t.app.uow.read(async (repos) => await repos.finalTreatments.get(ID))).toMatchObject({
      state: 'decided',
      decisionId: decision.id,
    });
    const decided = (await messages('final-treatment')).filter((m) => m.view.title === nb.final.decidedTitle(ID));
    expect(decided.map((m) => m.to).sort()).toEqual([OWNER, 'helene.strand@example.no'].sort());
    expect(
      await failureCodes(
        async () => await recordFinalDecision(t.app, { initiativeId: ID, text: null }, secretariat, DEMO_NOW),
      ),
    ).toEqual(['FINAL.DONE']);
  });

  it('confirms only what the owner reported finished (or the registry has as finished), and can decline', async () => {
    expect(
      await failureCodes(
        async () => await confirmFinished(t.app, { initiativeId: ID, deadline: null }, secretariat, DEMO_NOW),
      ),
    ).toEqual(['FINAL.NOT_REQUESTED']);
    await reportFinished(t.app, { initiativeId: ID }, await t.person(OWNER), DEMO_NOW);
    await declineFinished(t.app, { initiativeId: ID }, secretariat, DEMO_NOW);
    expect(await t.app.uow.read(async (repos) => (await repos.finalTreatments.get(ID))?.state)).toBe('declined');
    expect((await initiative())?.phase).toBe('execution');
    // The demo's finished initiative is already in its feedback round.
    expect(
      await failureCodes(
        async () => await confirmFinished(t.app, { initiativeId: 'T-2024-06', deadline: null }, secretariat, DEMO_NOW),
      ),
    ).toEqual(['FINAL.IN_PROGRESS']);
    // Only the owner reports it finished.
    expect(
      await failureCodes(
        async () => await reportFinished(t.app, { initiativeId: ID }, await t.person(SKATE_MEMBER), DEMO_NOW),
      ),
    ).toEqual(['AUTH.NOT_OWNER']);
  });
});

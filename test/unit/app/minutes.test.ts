/**
 * The minutes extract (`protokoll`): after the samlesak is published and
 * Skate's decisions are recorded «as proposed», the «Beslutning» text of the
 * case in the minutes' style (seed 001), in Markdown and in Word.
 */
import AdmZip from 'adm-zip';
import { compileAgenda } from '../../../src/app/agenda/compile-agenda';
import { decidePoint } from '../../../src/app/agenda/decide-point';
import { publishAgenda } from '../../../src/app/agenda/publish-agenda';
import type { Actor } from '../../../src/app/app-context';
import { adoptAsProposed } from '../../../src/app/decisions/adopt-as-proposed';
import { minutesOf } from '../../../src/app/decisions/minutes';
import { moveRound } from '../../../src/app/rounds/move-round';
import { openRound } from '../../../src/app/rounds/open-round';
import { undecidedPoints } from '../../../src/domain/agenda/agenda-points';
import { agendaRenderers } from '../../../src/render';
import { renderMinutesDocx, renderMinutesMarkdown } from '../../../src/render/minutes';
import { minutesText } from '../../../src/views/minutes-view';
import { DEMO_NOW, failureCodes, OPERATOR, type TestApp, testApp } from '../../helpers/test-app';

jest.setTimeout(60_000);

const ROUND = '2026-Q4';
const AT = new Date('2026-12-04T08:00:00.000Z');
const MEETING = new Date('2026-12-10T14:00:00.000Z');

describe('the minutes extract', () => {
  let t: TestApp;
  let secretariat: Actor;
  beforeEach(async () => {
    t = await testApp();
    await openRound(t.app, { quarter: ROUND }, OPERATOR, DEMO_NOW);
    await t.bindChannels(['au', 'skate']);
    await moveRound(t.app, ROUND, 'in-review', OPERATOR, new Date('2026-11-27T08:00:00.000Z'));
    secretariat = { kind: 'person', person: await t.person('ingrid.haugland@example.no') };
    const first = await compileAgenda(t.app, agendaRenderers, { roundId: ROUND }, secretariat, AT);
    // Nobody reported or voted: the secretariat withdraws every point but the final treatment.
    for (const p of undecidedPoints(first.document.proposedDecision)) {
      const disposition = p.initiativeId === 'T-2024-06' ? 'secretariat-proposal' : 'withdrawn';
      await decidePoint(t.app, { roundId: ROUND, initiativeId: p.initiativeId, disposition }, secretariat, AT);
    }
  });
  afterEach(async () => await t.close());

  it('needs a published paper', async () => {
    expect(await failureCodes(async () => await minutesOf(t.app, { roundId: ROUND }, secretariat, MEETING))).toEqual([
      'AGENDA.NOT_PUBLISHED',
    ]);
  });

  it('has the case, the papers sent out and the decision points as adopted, in Markdown and Word', async () => {
    const compiled = await compileAgenda(t.app, agendaRenderers, { roundId: ROUND }, secretariat, AT);
    await publishAgenda(t.app, { roundId: ROUND, revision: compiled.agenda.revision }, secretariat, AT);
    const adopted = await adoptAsProposed(t.app, { initiativeId: null }, secretariat, MEETING);
    expect(adopted.map((d) => [d.initiativeId, d.point?.draft.kind, d.state])).toEqual([
      ['T-2024-06', 'final-treatment', 'closed'],
    ]);
    // Adopting the final-treatment point ends the final treatment.
    expect(await t.app.uow.read(async (repos) => (await repos.initiatives.get('T-2024-06'))?.phase)).toBe(
      'final-treatment-done',
    );

    const minutes = await minutesOf(t.app, { roundId: ROUND }, secretariat, MEETING);
    expect(minutesText(minutes, 'nb')).toEqual({
      heading: '18/26 Status i tiltakene i handlingsplanen – 4.\u00a0kvartal 2026',
      presenter: 'Skatesekretariatet/Ingrid Haugland',
      papersHeading: 'Utsendte sakspapir før møtet',
      papers: ['Sak 18-26 Saksframlegg - Status i tiltakene i handlingsplanen – 4.\u00a0kvartal 2026'],
      caseType: 'Saken gjelder – Behandlingssak',
      decisionHeading: 'Beslutning',
      points: [
        'Skate tar status i tiltakene i handlingsplanen til orientering.',
        'Skate har sluttbehandlet T-2024-06 Felles løsning for digital arkivering og bevaring og anbefaler tiltakseier og strategieier at tiltaket avsluttes som levert i samsvar med avtalt resultat.',
      ],
    });
    // The decision is a code: the English minutes read in English.
    expect(minutesText(minutes, 'en').points[1]).toMatch(/^Skate has given T-2024-06 .* its final treatment/);

    const md = renderMinutesMarkdown(minutes, 'nb');
    expect(md).toContain(
      '\n\n**Beslutning**\n\n- Skate tar status i tiltakene i handlingsplanen til orientering.\n- Skate har sluttbehandlet',
    );
    const docx = new AdmZip(await renderMinutesDocx(minutes, 'nb'));
    const xml = docx.readAsText('word/document.xml');
    expect(xml).toContain('Utsendte sakspapir før møtet');
    expect(xml).toContain('Skate har sluttbehandlet T-2024-06');
  });
});

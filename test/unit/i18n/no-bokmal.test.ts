/**
 * Every generated sentence is rendered in the document's language: each agenda
 * fixture (the demo, the hand-made cases and the outcome cases) compiled in
 * nynorsk and in English, with everything a person typed taken out, contains
 * no word from a list of bokmål-only words (and, in English, no Norwegian
 * word at all). The preview card and the minutes extract are checked the same way.
 */
import type { AgendaInput } from '../../../src/domain/agenda/agenda-document';
import { composeAgenda } from '../../../src/domain/agenda/compose-agenda';
import type { Locale } from '../../../src/domain/model';
import { renderMarkdown } from '../../../src/render/markdown';
import { agendaSummaryView } from '../../../src/views/agenda-views';
import { viewAsText } from '../../../src/views/message-view';
import { minutesText } from '../../../src/views/minutes-view';
import { OUTCOME_CASES, outcomeCase } from '../../fixtures/agenda/outcomes';
import { AGENDA_CASES, agendaCase } from '../../helpers/agenda-cases';
import { withoutTypedText } from '../../helpers/typed-text';

/** Words that are bokmål and never nynorsk (each has its nynorsk form in the catalogue). */
const BOKMAL_ONLY = `ikke hva hvis hvor hvilke hvordan hvem jeg noen noe ble være vært fra mangler behandlet behandles
  behandler behandling foreslått foreslå korrigerende tiltakseier tiltakseiere tiltakseierne tiltakseiers eier
  strategieier stemmer stemte stemt stemme stemmene avstemning enig uenig uenighet beslutning beslutninger beslutningen
  innstillingen saken vedtatt trukket uten bare disse deres ønsker ønsket skriftlig muntlig vesentlig vesentlige
  følgende legger legges hvert gjelder selv flertall tidligere rapportene tiltakene initiativene kvartalene
  sluttbehandling sluttbehandlet anbefaler anbefalt utgave punktene gangen merker drøfter sluttet framlagt
  utarbeidet erstatter`.split(/\s+/);

/** Norwegian words (bokmål or nynorsk) that English text never has. */
const NORWEGIAN =
  `og ikke ikkje av til som er har med fra frå det den på om ble vart skal mangler manglar tiltak tiltaket
  tiltakene tiltaka sak saken saka møtet vedtatt vedteken innstilling innstillinga innstillingen beslutning avgjerd
  forslag framlegg tiltakseier tiltakseigar enig samd uenig usamd stemmer røyster punktet kvartal kvartalet
  sluttbehandling slutthandsaming tilbakemelding skriftlig skriftleg muntlig munnleg gul grønn grøn rød raud
  samlet samla avtalt resultat kostnad frist mål`.split(/\s+/);

/** The words of a text, lower case, split on anything that is not a letter. */
function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w !== ''),
  );
}

function generatedText(input: AgendaInput): string {
  const doc = composeAgenda(withoutTypedText(input));
  const links = { docx: 'u', html: 'u', md: 'u', png: 'u' };
  const card = viewAsText(agendaSummaryView(doc, links, true));
  return `${renderMarkdown(doc)}\n${card}`;
}

const FIXTURES: [string, (locale: Locale) => Promise<AgendaInput>][] = [
  ...AGENDA_CASES.map((name): [string, (locale: Locale) => Promise<AgendaInput>] => [
    name,
    async (l) => await agendaCase(name, l),
  ]),
  ...OUTCOME_CASES.map((name): [string, (locale: Locale) => Promise<AgendaInput>] => [
    `outcome ${name}`,
    async (l) => outcomeCase(name, l),
  ]),
];

describe('generated text is in the document’s language', () => {
  it.each(FIXTURES)('%s in nynorsk has no bokmål-only word', async (_name, build) => {
    const found = [...words(generatedText(await build('nn')))].filter((w) => BOKMAL_ONLY.includes(w));
    expect(found).toEqual([]);
  });

  it.each(FIXTURES)('%s in English has no Norwegian word', async (_name, build) => {
    const found = [...words(generatedText(await build('en')))].filter((w) => NORWEGIAN.includes(w));
    expect(found).toEqual([]);
  });

  it('the minutes extract too', () => {
    const minutes = {
      roundId: '2026-Q4',
      caseNumber: '24/2026',
      quarter: 4,
      year: 2026,
      presentedBy: { by: 'X', name: 'X' },
      editions: [0, 1],
      decisions: [
        {
          source: 'default' as const,
          initiativeId: 'T-2025-04',
          title: 'X',
          draft: { kind: 'final-treatment' as const },
        },
      ],
    };
    const nn = Object.values(minutesText(minutes, 'nn')).flat().join(' ');
    const en = Object.values(minutesText(minutes, 'en')).flat().join(' ');
    expect([...words(nn)].filter((w) => BOKMAL_ONLY.includes(w))).toEqual([]);
    expect([...words(en)].filter((w) => NORWEGIAN.includes(w))).toEqual([]);
  });
});

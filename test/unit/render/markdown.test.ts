import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AgendaDocument } from '../../../src/domain/agenda/agenda-document';
import { composeAgenda } from '../../../src/domain/agenda/compose-agenda';
import type { Locale } from '../../../src/domain/model';
import { decisionPoints } from '../../../src/render/agenda-au-text';
import { LIGHT_SYMBOLS, lightText, quote, statusTable, trendText } from '../../../src/render/agenda-text';
import { escapeMarkdown, renderMarkdown } from '../../../src/render/markdown';
import {
  AGENDA_CASES,
  type AgendaCase,
  agendaCase,
  goldenPath,
  handMadeCase,
  updatingGoldens,
} from '../../helpers/agenda-cases';

/** Compares `actual` with the golden file, or writes it when UPDATE_GOLDEN=1. */
function expectGolden(path: string, actual: string): void {
  if (updatingGoldens()) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  if (!existsSync(path)) throw new Error(`no golden file ${path}: run the test with UPDATE_GOLDEN=1 and review it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

const GOLDENS: [AgendaCase, Locale][] = [
  ...AGENDA_CASES.map((name): [AgendaCase, Locale] => [name, 'nb']),
  ['red-deviations', 'nn'],
  ['red-deviations', 'en'],
];

describe('the agenda item in Markdown', () => {
  it.each(GOLDENS)('%s (%s) equals its reviewed golden file', async (name, locale) => {
    expectGolden(goldenPath(name, locale), renderMarkdown(composeAgenda(await agendaCase(name, locale))));
  });

  const doc = composeAgenda(handMadeCase('red-deviations'));
  const md = renderMarkdown(doc);

  it('has the head of a Skate case paper (seed 000)', () => {
    expect(md.split('\n\n').slice(0, 5)).toEqual([
      '# SAKSFRAMLEGG',
      'Forum: Skate',
      'Møtedato: 10.12.2026',
      '**Sak 17/2026 Status i tiltakene i handlingsplanen – 4.\u00a0kvartal 2026**',
      'Behandlingssak',
    ]);
    expect(md).not.toContain('Revidert utgave');
  });

  it('marks a revision clearly', () => {
    const revised = renderMarkdown({ ...doc, header: { ...doc.header, revision: 2 } });
    expect(revised).toContain('\n\n**Revidert utgave 2. Erstatter saksframlegget som ble sendt ut tidligere.**\n\n');
  });

  it('has the sections in the order of the case paper, the closing lines, then the appendix', () => {
    const order = [
      '## Historikk/bakgrunn',
      '**Forslag til beslutning:**',
      '## Status i tiltakene',
      '## Utviklingen de siste kvartalene',
      '## Vesentlige avvik og korreksjonstiltak',
      '## Oppfølging av Skates tidligere beslutninger',
      '## AUs behandling',
      '### Muntlig orientering',
      '### Anbefalt som egen sak i Skate',
      '## Manglende statusrapporter',
      '## Sluttbehandling',
      '## Bærekraftsmål',
      'Saken vil bli framlagt av Ingrid Haugland',
      'Saksframlegget er utarbeidet av Skatesekretariatet',
      'Oslo, 04.12.2026',
      '## Vedlegg: status per tiltak',
      '### T-2025-03 Livshendelsen «Alvorlig sykt barn»',
    ];
    let from = 0;
    const missing = order.filter((line) => {
      const at = md.indexOf(`\n${line}\n`, from);
      if (at < 0) return true;
      from = at + 1;
      return false;
    });
    expect(missing).toEqual([]);
    expect(md.endsWith('\n') && !md.endsWith('\n\n')).toBe(true);
  });

  it('numbers the proposed decision, the general point first, each specific point with its note in italics', () => {
    expect(md).toContain('\n\n1. Skate tar status i tiltakene i handlingsplanen til orientering.\n\n2. T-2025-03 ');
    expect(md).toContain('\n\n   _AU anbefaler punktet: 5 stemte for, ingen mot._\n');
  });

  it('writes amounts with no-break spaces and dates as Norwegians do', () => {
    expect(md).toContain('kostnad 69\u00a0120\u00a0000\u00a0kr (avtalt 64\u00a0000\u00a0000\u00a0kr)');
    expect(md).toContain('ferdig 31.08.2027 (avtalt 31.03.2027)');
  });

  it('quotes decisions with «», nesting ‹›', () => {
    expect(md).toContain('**Skates beslutning 17.09.2026:** «Skate ber Helsedirektoratet legge fram');
    expect(md).toContain('avhenger av ‹hjemmelsavklaringen›.»');
  });

  it('reads without colour: every light has its own shape and its word', () => {
    expect(new Set(Object.values(LIGHT_SYMBOLS)).size).toBe(3);
    expect(md).toMatch(
      /\n\| T-2025-03 Livshendelsen «Alvorlig sykt barn» +\| Helsedirektoratet +\| ■ Rød +\| ▲ Gul +\| ■ Rød +\| ▲ Gul +\| ↓ dårligere +\|\n/,
    );
  });
});

describe('Markdown escaping', () => {
  it('keeps what people write from turning into markup', () => {
    expect(escapeMarkdown('# Ikke overskrift\n- ikke punkt\n1. ikke nummer\n*ikke kursiv* [lenke](x) <b>')).toBe(
      '\\# Ikke overskrift\\\n\\- ikke punkt\\\n1\\. ikke nummer\\\n\\*ikke kursiv\\* \\[lenke\\](x) \\<b\\>',
    );
    expect(escapeMarkdown('===')).toBe('\\===');
  });

  it('keeps bare addresses and strikethrough from turning into links and markup', () => {
    expect(escapeMarkdown('Se https://x.no, www.x.no og a@b.no ~~x~~')).toBe(
      'Se https\\://x.no, www\\.x.no og a\\@b.no \\~\\~x\\~\\~',
    );
  });

  it('leaves ordinary text, dates and numbers alone', () => {
    expect(escapeMarkdown('31.03.2027: 18 API-er er beskrevet – 25 prosent over.')).toBe(
      '31.03.2027: 18 API-er er beskrevet – 25 prosent over.',
    );
  });

  it('keeps paragraphs and line breaks inside a list item', () => {
    expect(escapeMarkdown('Første linje\nandre linje\n\nNytt avsnitt', '  ')).toBe(
      'Første linje\\\n  andre linje\n\n  Nytt avsnitt',
    );
  });

  it('escapes a pipe in a table cell', () => {
    const base = composeAgenda(handMadeCase('all-green'));
    const first = base.statusOverview[0];
    if (!first) throw new Error('no rows');
    const md = renderMarkdown({ ...base, statusOverview: [{ ...first, title: 'A | B' }] });
    expect(md).toContain('| T-2025-01 A \\| B | Brønnøysundregistrene |');
  });
});

describe('agenda text shared by the renderers', () => {
  it('names lights with shape and word, and – for none', () => {
    expect(lightText('green', 'nb')).toBe('● Grønn');
    expect(lightText('yellow', 'nn')).toBe('▲ Gul');
    expect(lightText('red', 'en')).toBe('■ Red');
    expect(lightText(null, 'nb')).toBe('–');
  });

  it('shows trends as arrows, «ny» for new and – when the report is missing', () => {
    const doc = composeAgenda(handMadeCase('all-green'));
    expect(doc.statusOverview.map((row) => trendText(row, 'nb'))).toEqual(['↑ bedre', '→ uendret', '↑ bedre', 'ny']);
    expect(doc.statusOverview.map((row) => trendText(row, 'nn'))).toEqual(['↑ betre', '→ uendra', '↑ betre', 'ny']);
    const missing = composeAgenda(handMadeCase('missing-and-separate-item'));
    const row = missing.statusOverview.find((r) => r.initiativeId === 'T-2025-03');
    expect(row && trendText(row, 'en')).toBe('–');
    expect(
      statusTable(missing)
        .rows.find((r) => r[0]?.startsWith('T-2025-03'))
        ?.slice(2),
    ).toEqual(['Mangler', '–', '–', '–', '–']);
  });

  it('quotes the locale’s way', () => {
    expect(quote(' Se «Alvorlig sykt barn». ', 'nb')).toBe('«Se ‹Alvorlig sykt barn›.»');
    expect(quote('See “this”.', 'en')).toBe('“See ‘this’.”');
  });

  it('names the initiative in a decision point unless the text does, and makes a separate item a point of its own', () => {
    const doc = composeAgenda(handMadeCase('missing-and-separate-item'));
    const points = decisionPoints(doc);
    expect(points[0]).toEqual({ text: 'Skate tar status i tiltakene i handlingsplanen til orientering.', note: null });
    expect(points).toContainEqual({
      text: 'Skate behandler status i T-2026-01 Livshendelsen «Miste og finne jobb» som egen sak i et senere møte.',
      note: 'AU anbefaler egen sak: 2 av 4 talte stemmer ba om det.',
    });
    const first = doc.proposedDecision.points[0];
    if (!first) throw new Error('fixture');
    const unnamed: AgendaDocument = {
      ...doc,
      proposedDecision: {
        points: [
          {
            ...first,
            initiativeId: 'T-2025-02',
            title: 'eID og fullmakter',
            content: { source: 'typed', text: 'Be om plan.' },
          },
        ],
        withdrawn: [],
      },
    };
    expect(decisionPoints(unnamed)[1]?.text).toBe('T-2025-02 eID og fullmakter: Be om plan.');
  });

  it('says so when every report is in', () => {
    const md = renderMarkdown(composeAgenda(handMadeCase('all-green')));
    expect(md).toContain('## Manglende statusrapporter\n\nAlle tiltakene har levert statusrapport.\n');
  });
});

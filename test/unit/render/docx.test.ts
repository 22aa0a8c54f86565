import AdmZip from 'adm-zip';
import { XMLValidator } from 'fast-xml-parser';
import mammoth from 'mammoth';
import type { AgendaDocument } from '../../../src/domain/agenda/agenda-document';
import { composeAgenda } from '../../../src/domain/agenda/compose-agenda';
import { messagesFor } from '../../../src/i18n';
import { decisionPoints } from '../../../src/render/agenda-au-text';
import { closingLines, headerLines, initiativeLabel } from '../../../src/render/agenda-text';
import { renderDocx } from '../../../src/render/docx';
import { renderMarkdown } from '../../../src/render/markdown';
import { AGENDA_CASES, agendaCase } from '../../helpers/agenda-cases';

// Rendering, zipping and reading back a dozen-page document takes about a second; allow for a loaded CI machine.
jest.setTimeout(30_000);

const PAYLOAD = `<script>alert('x')</script> & </w:t></w:r>`;

interface Docx {
  zip: AdmZip;
  xml(name: string): string;
  html: string;
  text: string;
}

async function open(doc: AgendaDocument): Promise<Docx> {
  const buffer = await renderDocx(doc);
  const zip = new AdmZip(buffer);
  const [{ value: html, messages }, { value: text }] = await Promise.all([
    // The table cells' own paragraph style is a plain paragraph to mammoth.
    mammoth.convertToHtml(
      { buffer },
      {
        styleMap: [
          "p[style-name='Tabelltekst'] => p:fresh",
          "p[style-name='Tabelltekst midtstilt'] => p:fresh",
          "p[style-name='Tabelloverskrift'] => p:fresh",
        ],
      },
    ),
    mammoth.extractRawText({ buffer }),
  ]);
  expect(messages).toEqual([]);
  return { zip, xml: (name) => zip.readAsText(name), html, text };
}

const decode = (s: string): string =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&(lt|gt|quot|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[e] ?? '');

/** Word's headings as mammoth maps them (Heading 1–3 → h1–h3): «2 Historikk/bakgrunn». */
const headingsOf = (html: string): string[] =>
  [...html.matchAll(/<h([1-3])>(.*?)<\/h\1>/g)].map((m) => `${m[1]} ${decode(m[2] ?? '').trim()}`);

const markdownHeadings = (doc: AgendaDocument): string[] =>
  renderMarkdown(doc)
    .split('\n')
    .flatMap((line) => {
      const m = /^(#{1,3}) (.*)$/.exec(line);
      return m ? [`${m[1]?.length} ${(m[2] ?? '').replace(/\\(.)/g, '$1')}`] : [];
    });

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('renderDocx', () => {
  it.each(AGENDA_CASES)(
    '%s: opens, with the Markdown headings in Word heading styles and every initiative',
    async (name) => {
      const doc = composeAgenda(await agendaCase(name));
      const docx = await open(doc);
      expect(headingsOf(docx.html)).toEqual(markdownHeadings(doc));
      const text = flat(docx.text);
      for (const row of doc.statusOverview) expect(text).toContain(flat(initiativeLabel(row.initiativeId, row.title)));
      for (const line of closingLines(doc)) expect(text).toContain(flat(line));
      const items = [...docx.html.matchAll(/<ol>(.*?)<\/ol>/g)].map((m) => [...(m[1] ?? '').matchAll(/<li>/g)].length);
      // One numbered list; a note under a point is an unnumbered paragraph, so converters split the list
      // there, while Word and LibreOffice go on numbering (the same list), as the PDF shows.
      expect(items.reduce((a, b) => a + b, 0)).toBe(decisionPoints(doc).length);
      for (const part of ['word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/header1.xml']) {
        expect([part, XMLValidator.validate(docx.xml(part))]).toEqual([part, true]);
      }
    },
  );

  it('has the head of a case paper, the case number in the page header and «Side X av Y» in the footer', async () => {
    const doc = composeAgenda(await agendaCase('red-deviations'));
    const docx = await open(doc);
    const h = headerLines(doc);
    const lines = docx.text.split('\n').filter((l) => l.trim() !== '');
    expect(lines.slice(0, 5)).toEqual([h.title, h.forum, h.meetingDate, h.caseLine, h.caseType]);
    expect(docx.xml('word/header1.xml')).toContain(`Sak ${doc.header.caseNumber}`);
    const footer = docx.xml('word/footer1.xml');
    expect(footer).toMatch(/Side <\/w:t>.*PAGE.*> av <\/w:t>.*NUMPAGES/s);
  });

  it('uses real heading styles, A4, numbered decision points and an appendix on a new page', async () => {
    const doc = composeAgenda(await agendaCase('red-deviations'));
    const docx = await open(doc);
    const body = docx.xml('word/document.xml');
    for (const level of [1, 2, 3]) {
      expect(body).toContain(`<w:pStyle w:val="Heading${level}"/>`);
      expect(docx.xml('word/styles.xml')).toContain(`w:styleId="Heading${level}"`);
    }
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect((body.match(/<w:numPr>/g) ?? []).length).toBeGreaterThanOrEqual(decisionPoints(doc).length);
    expect(docx.xml('word/numbering.xml')).toContain('w:val="decimal"');
    const breaks = [...body.matchAll(/<w:p>(?:(?!<\/w:p>).)*<w:pageBreakBefore\/>(?:(?!<\/w:p>).)*<\/w:p>/g)];
    expect(breaks.map((m) => decode(m[0]))).toEqual(['Vedlegg: status per tiltak']);
  });

  it('prints the page numbers at the size of «Side … av …»: fields with a cached result in the footer style', async () => {
    const docx = await open(composeAgenda(await agendaCase('red-deviations')));
    const footer = docx.xml('word/footer1.xml');
    expect(footer).toContain('<w:pStyle w:val="Footer"/>');
    const runs = [...footer.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map((m) => m[1] ?? '');
    // Words, PAGE (begin, instruction, separate, result, end), words, NUMPAGES (the same): every run 8 pt.
    expect(runs).toHaveLength(12);
    for (const run of runs) expect(run).toContain('<w:sz w:val="16"/>');
    expect(footer).toMatch(/fldCharType="separate".*?<w:t[^>]*>1<\/w:t>.*?fldCharType="end"/s);
    expect(docx.xml('word/styles.xml')).toMatch(/w:styleId="Footer".*?<w:sz w:val="16"\/>/s);
  });

  it('sets the status table in one size, with the trend bold, and keeps each appendix table and justification together', async () => {
    const doc = composeAgenda(await agendaCase('missing-and-separate-item'));
    const body = (await open(doc)).xml('word/document.xml');
    const status = body.slice(body.indexOf('<w:tbl>'), body.indexOf('</w:tbl>'));
    // Every cell's paragraph is in the table style, which is 9 pt; no run sets a size of its own,
    // so the light cells never fall back to the body's 10.5 pt.
    const paragraphs = [...status.matchAll(/<w:p>(.*?)<\/w:p>/gs)].map((m) => m[1] ?? '');
    expect(paragraphs.length).toBeGreaterThan(10);
    expect(paragraphs.filter((p) => !/<w:pStyle w:val="Table(Text|Centred|Heading)"\/>/.test(p))).toEqual([]);
    expect(status).not.toContain('<w:sz ');
    const styles = (await open(doc)).xml('word/styles.xml');
    expect(styles).toMatch(/w:styleId="TableText".*?<w:sz w:val="18"\/>/s);
    // Header cells: the same style in bold.
    expect(styles).toMatch(/w:styleId="TableHeading".*?<w:basedOn w:val="TableText"\/>.*?<w:b\/>/s);
    expect(status).toMatch(/<w:b\/>.*?<w:t[^>]*>↑<\/w:t>|<w:t[^>]*>ny<\/w:t>/s);
    const appendix = body.slice(body.indexOf('status per tiltak'));
    const firstTable = appendix.slice(appendix.indexOf('<w:tbl>'), appendix.indexOf('</w:tbl>'));
    const rows = [...firstTable.matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map((m) => m[1] ?? '');
    expect(rows.slice(0, -1).every((r) => r.includes('<w:keepNext/>'))).toBe(true);
    expect(rows.at(-1)).not.toContain('<w:keepNext/>');
    // «Begrunnelse» stays with its initiative.
    const justification = body.indexOf('Begrunnelse: ');
    const before = body.lastIndexOf('<w:p>', body.lastIndexOf('<w:p>', justification) - 1);
    expect(body.slice(before, justification)).toContain('<w:keepNext/>');
  });

  it('has tables with repeating header rows and the heat map as an embedded PNG', async () => {
    const doc = composeAgenda(await agendaCase('red-deviations'));
    const docx = await open(doc);
    const body = docx.xml('word/document.xml');
    expect((body.match(/<w:tbl>/g) ?? []).length).toBeGreaterThan(2);
    expect(body).toContain('<w:tblHeader/>');
    expect(body).toContain('<w:cantSplit/>');
    expect(docx.text).toContain('● Grønn');
    expect(docx.text).toContain('■ Rød');
    const media = docx.zip.getEntries().filter((e) => !e.isDirectory && e.entryName.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect([...(media[0]?.getData().subarray(0, 4) ?? [])]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    // The description counts the quarters the picture shows.
    const alt = messagesFor('nb').agendaCard.heatmapAlt(doc.heatmap.quarters.length);
    expect(alt).toBe(`Status for tiltakene de siste ${doc.heatmap.quarters.length} kvartalene`);
    expect(body).toContain(`descr="${alt}"`);
  });

  it('leaves the heat map out when there is only this quarter', async () => {
    const docx = await open(composeAgenda(await agendaCase('missing-and-separate-item')));
    expect(docx.zip.getEntries().filter((e) => e.entryName.startsWith('word/media/'))).toHaveLength(0);
  });

  it('localises the page footer and the document language', async () => {
    const doc = composeAgenda(await agendaCase('all-green', 'en'));
    const docx = await open(doc);
    expect(docx.xml('word/footer1.xml')).toMatch(/Page <\/w:t>.*> of <\/w:t>/s);
    expect(docx.xml('word/styles.xml')).toContain('<w:lang w:val="en-GB"/>');
    expect(headingsOf(docx.html)).toEqual(markdownHeadings(doc));
  });

  it('carries what people wrote as text, never as markup', async () => {
    const doc = composeAgenda(await agendaCase('red-deviations'));
    const report = doc.appendix[0]?.report;
    if (!report || !doc.statusOverview[0]) throw new Error('fixture');
    report.progress = `${PAYLOAD}\nline two`;
    doc.statusOverview[0].title = PAYLOAD;
    const docx = await open(doc);
    expect(XMLValidator.validate(docx.xml('word/document.xml'))).toBe(true);
    expect(docx.text).toContain(PAYLOAD);
    expect(docx.text).toContain('line two');
  });
});

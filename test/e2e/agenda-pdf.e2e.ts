/**
 * End-to-end check of the Word agenda item as the secretariat prints it:
 * composes the demo's agenda and a hand-made case with significant
 * deviations (each in bokmål and in nynorsk), renders each to .docx, converts
 * it to PDF with LibreOffice and to PNG pages with pdftoppm, and checks that
 * there are pages, that the PDF's text holds the head, the page footer and
 * the appendix, and that the page numbers print at the size of the words
 * around them («Side 1 av 4»: four words of one height). The pages are left
 * in test-output/agenda-pdf/ to look at.
 *
 *   npx tsx test/e2e/agenda-pdf.e2e.ts
 *
 * Needs Debian's libreoffice-writer and poppler-utils.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docxToPdf } from '../../scripts/docx-to-pdf';
import type { AgendaDocument } from '../../src/domain/agenda/agenda-document';
import { composeAgenda } from '../../src/domain/agenda/compose-agenda';
import type { Locale } from '../../src/domain/model';
import { messagesFor } from '../../src/i18n';
import { headerLines } from '../../src/render/agenda-text';
import { renderDocx } from '../../src/render/docx';
import { type AgendaCase, agendaCase } from '../helpers/agenda-cases';

const OUT = join(__dirname, '../../test-output/agenda-pdf');
const CASES: [AgendaCase, Locale][] = [
  ['demo-2026-Q3', 'nb'],
  ['red-deviations', 'nb'],
  ['demo-2026-Q3', 'nn'],
  ['red-deviations', 'nn'],
];
/** How much the heights of the footer's words may differ, in points: font metrics, not a size step. */
const SAME_SIZE = 0.5;

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** A word of the PDF with its box (points), as `pdftotext -bbox` gives it. */
interface Word {
  text: string;
  height: number;
}

function wordsOf(pdf: string): Word[] {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  return [...xml.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
    (m) => ({ text: m[3] ?? '', height: Number(m[2]) - Number(m[1]) }),
  );
}

/** Every «Side N av M» of the PDF: the four words, which must be of one height. */
function checkFooters(name: string, pdf: string, locale: Locale, pages: number): void {
  const { page, of } = messagesFor(locale).agenda.pageOf;
  const words = wordsOf(pdf);
  let footers = 0;
  for (let i = 0; i + 3 < words.length; i++) {
    const four = words.slice(i, i + 4);
    const [w0, w1, w2, w3] = four;
    if (w0?.text !== page || w2?.text !== of || !/^\d+$/.test(w1?.text ?? '') || w3?.text !== String(pages)) continue;
    footers += 1;
    const heights = four.map((w) => w.height);
    const spread = Math.max(...heights) - Math.min(...heights);
    check(spread <= SAME_SIZE, `${name}: «${four.map((w) => w.text).join(' ')}» mixes sizes: ${heights.join(', ')}`);
  }
  check(footers === pages, `${name}: ${footers} footers «${page} N ${of} ${pages}» on ${pages} pages`);
}

async function convert(name: string, doc: AgendaDocument): Promise<void> {
  const docxPath = join(OUT, `${name}.docx`);
  writeFileSync(docxPath, await renderDocx(doc));
  const { pdf, pages } = docxToPdf(docxPath, OUT);
  check(pages.length >= 1, `${name}: no pages`);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const h = headerLines(doc);
  const a = messagesFor(doc.locale).agenda;
  for (const expected of [
    h.title,
    h.caseLine,
    `${a.pageOf.page} 1 ${a.pageOf.of} ${pages.length}`,
    a.headings.appendix,
  ]) {
    // Spacing is compared loosely: pdftotext turns no-break spaces («4. kvartal») into plain ones.
    check(text.includes(expected.replace(/\s+/g, ' ')), `${name}: the PDF lacks «${expected}»`);
  }
  // The proposed decision is one numbered list: the notes under the points do not restart it.
  const points = doc.proposedDecision.points.length + 1;
  check(text.includes(`${points}. `), `${name}: the proposed decision's point ${points} is not numbered ${points}`);
  checkFooters(name, pdf, doc.locale, pages.length);
  console.log(`${name}: ${pages.length} pages\n  ${pdf}\n  ${pages.join('\n  ')}`);
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  for (const [name, locale] of CASES) await convert(`${name}.${locale}`, composeAgenda(await agendaCase(name, locale)));
  console.log(`agenda-pdf: ${CASES.length} passed, 0 failed`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

/**
 * End-to-end check of the Word agenda item as the secretariat prints it:
 * composes the demo's agenda (and a hand-made case with a heat map), renders
 * each to .docx, converts it to PDF with LibreOffice and to PNG pages with
 * pdftoppm, and checks that there are pages and that the PDF's text holds the
 * head, the page footer and the appendix. The pages are left in
 * test-output/agenda-pdf/ to look at.
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
import { messagesFor } from '../../src/i18n';
import { headerLines } from '../../src/render/agenda-text';
import { renderDocx } from '../../src/render/docx';
import { type AgendaCase, agendaCase } from '../helpers/agenda-cases';

const OUT = join(__dirname, '../../test-output/agenda-pdf');
const CASES: AgendaCase[] = ['demo-2026-Q3', 'red-deviations'];

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

async function convert(name: AgendaCase, doc: AgendaDocument): Promise<void> {
  const docxPath = join(OUT, `${name}.docx`);
  writeFileSync(docxPath, await renderDocx(doc));
  const { pdf, pages } = docxToPdf(docxPath, OUT);
  check(pages.length >= 1, `${name}: no pages`);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const h = headerLines(doc);
  const a = messagesFor(doc.locale).agenda;
  for (const expected of [h.title, h.caseLine, `Side 1 av ${pages.length}`, a.headings.appendix]) {
    // Spacing is compared loosely: pdftotext turns no-break spaces («4. kvartal») into plain ones.
    check(text.includes(expected.replace(/\s+/g, ' ')), `${name}: the PDF lacks «${expected}»`);
  }
  console.log(`${name}: ${pages.length} pages\n  ${pdf}\n  ${pages.join('\n  ')}`);
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  for (const name of CASES) await convert(name, composeAgenda(agendaCase(name, 'nb')));
  console.log(`agenda-pdf: ${CASES.length} passed, 0 failed`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

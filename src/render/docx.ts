/**
 * The agenda item as a Word document (.docx) that the secretariat can open
 * and edit: Word's own Heading 1–3 styles, the case paper's head as in seed
 * 000, tables with repeating header rows, the heat map as an embedded PNG,
 * the proposed decision as a numbered list, A4, the case number in the page
 * header, «Side X av Y» in the footer, and the appendix on a new page. The
 * text is the same as the Markdown's and the HTML's (`agenda-text.ts`).
 */
import { AlignmentType, Document, Footer, Header, Packer, Paragraph, TextRun } from 'docx';
import type { AgendaDocument } from '../domain/agenda/agenda-document';
import type { Locale } from '../domain/model';
import { messagesFor } from '../i18n';
import { caseTitle, headerLines } from './agenda-text';
import { fieldRuns } from './docx/blocks';
import {
  appendix,
  au,
  backgroundAndDecision,
  closing,
  deviationsAndFollowUp,
  head,
  remaining,
  status,
} from './docx/sections';
import {
  A4,
  DECISION_LEVELS,
  DECISION_LIST,
  documentStyles,
  FOOTER_RUN,
  FOOTER_STYLE,
  MARGIN,
  SIZE,
} from './docx/styles';
import { renderHeatmapPng } from './heatmap-png';

function pageHeader(doc: AgendaDocument): Header {
  const a = messagesFor(doc.locale).agenda;
  const caseNumber = a.caseLine(doc.header.caseNumber, '').trim();
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: caseNumber, size: SIZE.small, color: '555555' })],
      }),
    ],
  });
}

/**
 * «Side X av Y»: the words and both page-number fields in the footer's style and size. Each
 * field is written in full with a cached result (see `fieldRuns`), so the numbers print at
 * the size of the words in Word and in LibreOffice alike.
 */
function pageFooter(locale: Locale): Footer {
  const { page, of } = messagesFor(locale).agenda.pageOf;
  return new Footer({
    children: [
      new Paragraph({
        style: FOOTER_STYLE,
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: `${page} `, ...FOOTER_RUN }),
          ...fieldRuns('PAGE', '1', FOOTER_RUN),
          new TextRun({ text: ` ${of} `, ...FOOTER_RUN }),
          ...fieldRuns('NUMPAGES', '1', FOOTER_RUN),
        ],
      }),
    ],
  });
}

/** Renders the agenda item as a .docx file. */
export async function renderDocx(doc: AgendaDocument): Promise<Buffer> {
  const drawing = renderHeatmapPng(doc);
  const before = [...head(doc), ...backgroundAndDecision(doc)];
  const after = [...deviationsAndFollowUp(doc), ...au(doc), ...remaining(doc), ...closing(doc), ...appendix(doc)];
  const heatmapPng = await drawing;
  const l = headerLines(doc);
  const document = new Document({
    title: l.caseLine,
    subject: caseTitle(doc),
    creator: doc.preparedBy,
    description: `${l.title} – ${l.forum} – ${l.meetingDate}`,
    styles: documentStyles(doc.locale),
    numbering: { config: [{ reference: DECISION_LIST, levels: DECISION_LEVELS }] },
    sections: [
      {
        properties: { page: { size: A4, margin: MARGIN } },
        headers: { default: pageHeader(doc) },
        footers: { default: pageFooter(doc.locale) },
        children: [...before, ...status(doc, heatmapPng), ...after],
      },
    ],
  });
  return Packer.toBuffer(document);
}

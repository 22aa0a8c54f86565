/**
 * The body of the Word document, section by section, in the order and with
 * the headings of the Markdown: the case paper's head (seed 000), background
 * and proposed decision, status, heat map, deviations, follow-up, AU's
 * treatment, missing reports, final treatment, SDGs, the closing lines, and
 * the appendix on a new page.
 */
import { createHash } from 'node:crypto';
import { type IImageOptions, ImageRun, Paragraph, type Table, type TableCell, TextRun } from 'docx';
import type { AgendaDocument } from '../../domain/agenda/agenda-document';
import type { Light } from '../../domain/model';
import { messagesFor } from '../../i18n';
import {
  type CommentedInitiative,
  decisionPoints,
  dissent,
  type IntroducedList,
  requestSections,
  voteTable,
  withdrawnLines,
} from '../agenda-au-text';
import { appendixFacts, deviationFacts, followUpFacts } from '../agenda-facts';
import {
  backgroundParagraphs,
  closingLines,
  finalTreatmentLines,
  headerLines,
  heatmapNote,
  heatmapTable,
  initiativeLabel,
  missingLines,
  NO_LIGHT,
  sdgLines,
  statusLegend,
  statusTable,
  TREND_ARROWS,
} from '../agenda-text';
import { heatmapSize } from '../heatmap';
import { locating } from '../render-error';
import {
  bullet,
  cell,
  columns,
  dataTable,
  factLines,
  factsTable,
  gap,
  heading,
  lightCell,
  listOrNone,
  para,
  paras,
} from './blocks';
import { DECISION_INDENT, DECISION_LIST, SIZE, TEXT_WIDTH_PX } from './styles';

/** A block of the body: a paragraph or a table. */
export type Block = Paragraph | Table;

export function head(doc: AgendaDocument): Block[] {
  const l = headerLines(doc);
  const blocks: Block[] = [
    heading(1, l.title),
    para(l.forum),
    para(l.meetingDate),
    new Paragraph({
      children: [new TextRun({ text: l.caseLine, bold: true, size: SIZE.caseLine })],
      spacing: { before: 160, after: 120 },
    }),
    para(l.caseType),
  ];
  if (l.revision !== null) blocks.push(para(l.revision, { bold: true }));
  return blocks;
}

export function backgroundAndDecision(doc: AgendaDocument): Block[] {
  const a = messagesFor(doc.locale).agenda;
  return [
    heading(2, a.headings.background),
    ...backgroundParagraphs(doc).flatMap((p) => paras(p)),
    new Paragraph({
      children: [new TextRun({ text: a.headings.proposedDecision, bold: true })],
      keepNext: true,
      spacing: { before: 200, after: 80 },
    }),
    ...decisionPoints(doc).flatMap((p) => {
      const point = new Paragraph({
        children: [new TextRun(p.text)],
        numbering: { reference: DECISION_LIST, level: 0 },
        spacing: { after: p.note === null ? 80 : 20 },
        // The note belongs to its point: never the point on one page and where it comes from on the next.
        keepNext: p.note !== null,
      });
      if (p.note === null) return [point];
      const note = new Paragraph({
        children: [new TextRun({ text: p.note, italics: true, size: SIZE.table, color: '444444' })],
        indent: { left: DECISION_INDENT },
        spacing: { after: 100 },
      });
      return [point, note];
    }),
    ...withdrawn(doc),
  ];
}

function withdrawn(doc: AgendaDocument): Block[] {
  const lines = withdrawnLines(doc);
  if (lines.length === 0) return [];
  const a = messagesFor(doc.locale).agenda;
  return [para(a.decision.withdrawnIntro, { keepNext: true, before: 120 }), ...lines.map((l) => bullet(l))];
}

// Wide enough for «Digitaliseringsdirektoratet», the «Ferdigdato» header and «↓ dårligere» at 9 pt without breaking a word.
const STATUS_WIDTHS = columns([4.0, 3.9, 1.65, 1.65, 2.0, 1.65]);

function statusBlocks(doc: AgendaDocument): Block[] {
  const a = messagesFor(doc.locale).agenda;
  const st = statusTable(doc);
  const w = (i: number): number => STATUS_WIDTHS[i] ?? 0;
  const rows: TableCell[][] = st.rows.map((cells, r) => {
    const row = doc.statusOverview[r];
    const lights: (Light | null)[] = row ? [row.overall, row.result, row.schedule, row.cost] : [];
    return [
      cell(cells[0] ?? '', { width: w(0) }),
      cell(cells[1] ?? '', { width: w(1) }),
      ...lights.map((light, j) => lightCell(light, cells[j + 2] ?? NO_LIGHT, w(j + 2))),
      trendCell(cells[6] ?? '', w(6)),
    ];
  });
  return [
    heading(2, a.headings.statusOverview),
    dataTable(st.header, rows, STATUS_WIDTHS),
    ...statusLegend(doc).map((line, i) => para(line, { size: SIZE.small, before: i === 0 ? 100 : 0 })),
  ];
}

/** The trend: the arrow bold and dark so it reads at table size, then its word. */
function trendCell(text: string, width: number): TableCell {
  const [arrow = '', ...word] = text.split(' ');
  if (!Object.values(TREND_ARROWS).includes(arrow as never)) return cell(text, { width });
  return cell(
    [new TextRun({ text: arrow, bold: true, color: '1A1A1A' }), new TextRun({ text: ` ${word.join(' ')}` })],
    { width },
  );
}

/**
 * An image run for a PNG. docx names the image after a SHA-1 of its bytes, which it computes in
 * JavaScript: for the heat map of a thousand initiatives (megabytes) that took a third of a
 * second. It is given the PNG's SHA-256 (Node's, native) to name instead, then the PNG itself:
 * the same bytes, a name as unique.
 */
function pngRun(png: Buffer, options: Omit<IImageOptions, 'type' | 'data'>): ImageRun {
  const digest = Buffer.from(createHash('sha256').update(png).digest('hex'));
  const run = new ImageRun({ ...options, type: 'png', data: digest } as IImageOptions);
  (run as unknown as { imageData: { data: Buffer } }).imageData.data = png;
  return run;
}

function heatmapBlocks(doc: AgendaDocument, heatmapPng: Buffer): Block[] {
  const t = messagesFor(doc.locale);
  const blocks: Block[] = [heading(2, t.agenda.headings.heatmap), para(heatmapNote(doc), { keepNext: true })];
  if (heatmapTable(doc) === null) return blocks;
  const size = heatmapSize(doc);
  const width = Math.min(TEXT_WIDTH_PX, size.width);
  const height = Math.round((size.height * width) / size.width);
  blocks.push(
    new Paragraph({
      children: [
        pngRun(heatmapPng, {
          transformation: { width, height },
          altText: {
            name: 'heatmap',
            title: t.agenda.headings.heatmap,
            description: t.agendaCard.heatmapAlt(doc.heatmap.quarters.length),
          },
        }),
      ],
    }),
  );
  return blocks;
}

export function status(doc: AgendaDocument, heatmapPng: Buffer): Block[] {
  return [...statusBlocks(doc), ...heatmapBlocks(doc, heatmapPng)];
}

export function deviationsAndFollowUp(doc: AgendaDocument): Block[] {
  const a = messagesFor(doc.locale).agenda;
  const blocks: Block[] = [heading(2, a.headings.deviations)];
  if (doc.deviations.length === 0) blocks.push(...paras(a.deviations.none));
  const facts = (list: ReturnType<typeof deviationFacts>) => (isLong(doc) ? factLines(list) : [factsTable(list)]);
  for (const entry of doc.deviations) {
    blocks.push(heading(3, initiativeLabel(entry.initiativeId, entry.title)), ...facts(deviationFacts(entry, doc)));
  }
  blocks.push(heading(2, a.headings.followUp));
  blocks.push(...paras(doc.followUp.length === 0 ? a.followUp.none : a.followUp.intro));
  for (const entry of doc.followUp) {
    blocks.push(heading(3, initiativeLabel(entry.initiativeId, entry.title)), ...facts(followUpFacts(entry, doc)));
  }
  return blocks;
}

/** One bullet per initiative with its comments under it; the initiative keeps with its first comment. */
function commentedBullets(items: CommentedInitiative[]): Paragraph[] {
  return items.flatMap((item) => [
    bullet(item.initiative, 0, item.comments.length > 0),
    ...item.comments.map((c, i) => bullet(c, 1, i < item.comments.length - 1)),
  ]);
}

function introduced(list: IntroducedList | null): Paragraph[] {
  return list === null ? [] : [para(list.intro, { keepNext: true }), ...commentedBullets(list.items)];
}

// Wide enough for the longest single-word header at 9 pt bold («Usamd», «orientering», «separate», «Disqualified»), which Word would otherwise break mid-word.
const VOTE_WIDTHS = columns([3.4, 1.5, 1.7, 2.0, 1.8, 2.2, 1.4]);

export function au(doc: AgendaDocument): Block[] {
  const a = messagesFor(doc.locale).agenda;
  const blocks: Block[] = [heading(2, a.headings.auTreatment), ...paras(a.au.intro(doc.auTreatment[0]?.members ?? 0))];
  if (doc.auTreatment.length > 0) {
    const vt = voteTable(doc);
    const last = vt.header.length - 1;
    const rows = vt.rows.map((cells) =>
      cells.map((c, i) => cell(c, { width: VOTE_WIDTHS[i] ?? 0, align: i > 0 && i < last ? 'center' : 'left' })),
    );
    blocks.push(dataTable(vt.header, rows, VOTE_WIDTHS));
  }
  const dissenting = dissent(doc);
  if (dissenting.length > 0) blocks.push(heading(3, a.headings.dissent), ...commentedBullets(dissenting));
  for (const section of requestSections(doc)) {
    blocks.push(heading(3, section.heading), ...introduced(section.asked), ...introduced(section.minority));
    if (section.none !== null) blocks.push(...paras(section.none));
  }
  return blocks;
}

export function remaining(doc: AgendaDocument): Block[] {
  const a = messagesFor(doc.locale).agenda;
  return [
    heading(2, a.headings.missingReports),
    ...listOrNone(a.missing.intro, missingLines(doc), a.missing.none),
    heading(2, a.headings.finalTreatment),
    ...(doc.finalTreatment.length === 0
      ? paras(a.finalTreatment.none)
      : [
          para(a.finalTreatment.intro, { keepNext: true }),
          ...commentedBullets(finalTreatmentLines(doc).map((e) => ({ initiative: e.line, comments: e.feedback }))),
        ]),
    heading(2, a.headings.sdgs),
    ...listOrNone(a.sdgs.intro, sdgLines(doc), a.sdgs.none),
  ];
}

export function closing(doc: AgendaDocument): Block[] {
  return closingLines(doc).map(
    (line, i) => new Paragraph({ children: [new TextRun(line)], spacing: { before: i === 0 ? 480 : 0, after: 60 } }),
  );
}

/**
 * The appendix, starting on a new page: one Heading 3 and facts table per
 * initiative. A very long appendix lists the facts as lines instead: a
 * thousand small tables take seconds to write and make Word sluggish.
 */
export function appendix(doc: AgendaDocument): Block[] {
  const a = messagesFor(doc.locale).agenda;
  const compact = isLong(doc);
  return [
    heading(2, a.headings.appendix, { pageBreakBefore: true }),
    ...doc.appendix.flatMap((entry) => [
      heading(3, initiativeLabel(entry.initiativeId, entry.title)),
      ...locating(entry.initiativeId, a.headings.appendix, () =>
        compact ? factLines(appendixFacts(entry, doc)) : [factsTable(appendixFacts(entry, doc)), gap()],
      ),
    ]),
  ];
}

/** Beyond this many initiatives, facts are listed as lines rather than as one small table each. */
export const COMPACT_FROM = 60;

function isLong(doc: AgendaDocument): boolean {
  return doc.appendix.length > COMPACT_FROM;
}

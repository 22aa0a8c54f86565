/**
 * Building blocks of the Word document: headings in Word's own heading
 * styles, paragraphs that keep the line breaks people typed, bullet lists,
 * label–value tables and tables with a repeating header row. Text is given
 * as plain strings; docx escapes it for XML.
 */
import {
  AlignmentType,
  HeadingLevel,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Light } from '../../domain/model';
import { type Fact, LIGHT_SYMBOLS } from '../agenda-text';
import { CM, HEADER_FILL, LABEL_FILL, LIGHT_COLOURS, SIZE, TEXT_WIDTH } from './styles';

/** Runs of plain text, one line break per newline in `text`. */
export function textRuns(text: string, options: { bold?: boolean; size?: number } = {}): TextRun[] {
  const lines = text.replace(/\r\n?/g, '\n').trim().split('\n');
  return lines.map((line, i) => new TextRun({ text: line.trimEnd(), break: i > 0 ? 1 : 0, ...options }));
}

/** A heading in Word's Heading 1, 2 or 3 style. */
export function heading(level: 1 | 2 | 3, text: string, options: { pageBreakBefore?: boolean } = {}): Paragraph {
  const styles = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
  return new Paragraph({ heading: styles[level], children: textRuns(text), ...options });
}

/** A body paragraph; `before` is extra space above it, in twips. */
export function para(
  text: string,
  options: { bold?: boolean; size?: number; keepNext?: boolean; before?: number } = {},
): Paragraph {
  const { keepNext, before, ...run } = options;
  return new Paragraph({
    children: textRuns(text, run),
    keepNext: keepNext ?? false,
    ...(before === undefined ? {} : { spacing: { before, after: 80 } }),
  });
}

/** Paragraphs from plain text: an empty line starts a new paragraph. */
export function paras(text: string, options: { size?: number } = {}): Paragraph[] {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n\s*\n/)
    .map((p) => para(p, options));
}

/** A bullet point, at `level` 0 or 1. */
export function bullet(text: string, level = 0): Paragraph {
  return new Paragraph({ children: textRuns(text), bullet: { level }, spacing: { after: 60 } });
}

/** An intro paragraph and bullets, or the «none» sentence when there are no lines. */
export function listOrNone(intro: string, lines: string[], none: string): Paragraph[] {
  return lines.length === 0 ? paras(none) : [para(intro, { keepNext: true }), ...lines.map((l) => bullet(l))];
}

const CELL_MARGINS = { top: 40, bottom: 40, left: 90, right: 90 };

/** A table cell holding plain text (or the given runs), optionally tinted. */
export function cell(
  content: string | ParagraphChild[],
  options: { width: number; fill?: string; bold?: boolean; align?: 'left' | 'center' } = { width: 0 },
): TableCell {
  const children =
    typeof content === 'string' ? textRuns(content, { bold: options.bold ?? false, size: SIZE.table }) : content;
  // Cell margins are the table's (dataTable, factsTable), not repeated in every cell: big agendas write faster.
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, fill: options.fill, color: 'auto' } } : {}),
    children: [
      new Paragraph({
        children,
        spacing: { after: 0 },
        ...(options.align === 'center' ? { alignment: AlignmentType.CENTER } : {}),
      }),
    ],
  });
}

/** A light's cell: its shape in the light's ink, the word, the cell tinted; «–» without a light. */
export function lightCell(light: Light | null, text: string, width: number): TableCell {
  if (light === null) return cell(text, { width });
  const symbol = LIGHT_SYMBOLS[light];
  const word = text.startsWith(symbol) ? text.slice(symbol.length).trim() : text;
  const { fill, ink } = LIGHT_COLOURS[light];
  return cell([new TextRun({ text: symbol, color: ink }), new TextRun({ text: ` ${word}` })], { width, fill });
}

/** Column widths in twips from centimetres, the last column taking what is left of the text width. */
export function columns(cm: number[]): number[] {
  const widths = cm.map((c) => Math.round(c * CM));
  const rest = TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return [...widths, rest];
}

/**
 * A table with a header row that repeats on every page; rows are not split
 * across pages. `rows` are cells already built for the given widths.
 */
export function dataTable(header: string[], rows: TableCell[][], widths: number[]): Table {
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: header.map((h, i) => cell(h, { width: widths[i] ?? 0, fill: HEADER_FILL, bold: true })),
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    margins: CELL_MARGINS,
    layout: TableLayoutType.FIXED,
    rows: [head, ...rows.map((children) => new TableRow({ cantSplit: true, children }))],
  });
}

const FACT_WIDTHS = columns([4.4]);

/** Label–value pairs as a two-column table, labels bold on a light grey. */
export function factsTable(facts: Fact[]): Table {
  const [labelWidth = 0, valueWidth = 0] = FACT_WIDTHS;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: FACT_WIDTHS,
    margins: CELL_MARGINS,
    layout: TableLayoutType.FIXED,
    rows: facts.map(
      (f) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(f.label, { width: labelWidth, fill: LABEL_FILL, bold: true }),
            cell(f.value, { width: valueWidth }),
          ],
        }),
    ),
  });
}

/** Label–value pairs as the lines of one paragraph, «Label: value», the label bold. */
export function factLines(facts: Fact[]): Paragraph[] {
  const runs = facts.flatMap((f, i) => [
    new TextRun({ text: `${f.label}: `, bold: true, size: SIZE.table, break: i > 0 ? 1 : 0 }),
    new TextRun({ text: f.value.replace(/\s*\n\s*/g, ' '), size: SIZE.table }),
  ]);
  return [new Paragraph({ spacing: { after: 120 }, children: runs })];
}

/** An empty paragraph after a table, so two tables never merge and text does not touch the table. */
export function gap(): Paragraph {
  return new Paragraph({ children: [], spacing: { after: 60 } });
}

/**
 * Building blocks of the Word document: headings in Word's own heading
 * styles, paragraphs that keep the line breaks people typed, bullet lists,
 * label–value tables and tables with a repeating header row. Text is given
 * as plain strings; docx escapes it for XML.
 */
import {
  BuilderElement,
  HeadingLevel,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  StringContainer,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Light } from '../../domain/model';
import { type Fact, LIGHT_SYMBOLS } from '../agenda-text';
import {
  CM,
  HEADER_FILL,
  LABEL_FILL,
  LIGHT_COLOURS,
  TABLE_CENTRED_STYLE,
  TABLE_HEADING_STYLE,
  TABLE_TEXT_STYLE,
  TEXT_WIDTH,
} from './styles';

/** Runs of plain text, one line break per newline in `text`. */
export function textRuns(text: string, options: { bold?: boolean; size?: number } = {}): TextRun[] {
  const lines = text.replace(/\r\n?/g, '\n').trim().split('\n');
  // Only what differs from the paragraph's style: `bold: false` would write two elements per run.
  const style = {
    ...(options.bold ? { bold: true } : {}),
    ...(options.size === undefined ? {} : { size: options.size }),
  };
  return lines.map((line, i) => new TextRun({ text: line.trimEnd(), ...(i > 0 ? { break: 1 } : {}), ...style }));
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
    ...(keepNext ? { keepNext: true } : {}),
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

/** A bullet point, at `level` 0 or 1; `keepNext` keeps it on the page of what follows (its comments). */
export function bullet(text: string, level = 0, keepNext = false): Paragraph {
  return new Paragraph({
    children: textRuns(text),
    bullet: { level },
    spacing: { after: 60 },
    ...(keepNext ? { keepNext: true } : {}),
  });
}

type RunStyle = { size: number; color?: string; bold?: boolean };

function fieldChar(type: 'begin' | 'separate' | 'end'): BuilderElement<{ type: string }> {
  return new BuilderElement<{ type: string }>({
    name: 'w:fldChar',
    attributes: { type: { key: 'w:fldCharType', value: type } },
  });
}

/**
 * A field (PAGE, NUMPAGES) as Word writes it: begin, instruction, separate, a cached result,
 * end, each in its own run with the same formatting. The cached result in a run of the
 * footer's size is what makes LibreOffice (and Word before it updates fields) show the number
 * at the size of the words around it, not at the body text's.
 */
export function fieldRuns(instruction: 'PAGE' | 'NUMPAGES', cached: string, style: RunStyle): TextRun[] {
  return [
    new TextRun({ ...style, children: [fieldChar('begin')] }),
    new TextRun({ ...style, children: [new StringContainer('w:instrText', ` ${instruction} `)] }),
    new TextRun({ ...style, children: [fieldChar('separate')] }),
    new TextRun({ ...style, text: cached }),
    new TextRun({ ...style, children: [fieldChar('end')] }),
  ];
}

/** An intro paragraph and bullets, or the «none» sentence when there are no lines. */
export function listOrNone(intro: string, lines: string[], none: string): Paragraph[] {
  return lines.length === 0 ? paras(none) : [para(intro, { keepNext: true }), ...lines.map((l) => bullet(l))];
}

const CELL_MARGINS = { top: 40, bottom: 40, left: 90, right: 90 };

/**
 * A table cell holding plain text (or the given runs), optionally tinted. `keepNext` keeps
 * the row on the page of the next one, so a short table is never split with a row orphaned.
 */
export function cell(
  content: string | ParagraphChild[],
  options: {
    width: number;
    fill?: string;
    bold?: boolean;
    align?: 'left' | 'center';
    keepNext?: boolean;
    /** Write the width on the cell: the first row's cells do, the others follow the table's grid. */
    pinWidth?: boolean;
  } = {
    width: 0,
  },
): TableCell {
  const children = typeof content === 'string' ? textRuns(content) : content;
  // Cell margins are the table's (dataTable, factsTable), the widths the grid's (and the first
  // row's), the size, spacing, weight and alignment the paragraph style's: not repeated in every
  // cell and run, so that big agendas write faster and smaller.
  const style = options.bold
    ? TABLE_HEADING_STYLE
    : options.align === 'center'
      ? TABLE_CENTRED_STYLE
      : TABLE_TEXT_STYLE;
  return new TableCell({
    ...(options.pinWidth ? { width: { size: options.width, type: WidthType.DXA } } : {}),
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, fill: options.fill, color: 'auto' } } : {}),
    children: [new Paragraph({ style, children, ...(options.keepNext ? { keepNext: true } : {}) })],
  });
}

/** A light's cell: its shape in the light's ink, the word, the cell tinted; «–» without a light. */
export function lightCell(light: Light | null, text: string, width: number): TableCell {
  if (light === null) return cell(text, { width });
  const symbol = LIGHT_SYMBOLS[light];
  const word = text.startsWith(symbol) ? text.slice(symbol.length).trim() : text;
  const { fill, ink } = LIGHT_COLOURS[light];
  // Both runs take the table's 9 pt from the cell's paragraph style.
  const runs = [new TextRun({ text: symbol, color: ink }), new TextRun({ text: ` ${word}` })];
  return cell(runs, { width, fill });
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
    children: header.map((h, i) => cell(h, { width: widths[i] ?? 0, fill: HEADER_FILL, bold: true, pinWidth: true })),
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

/**
 * Label–value pairs as a two-column table, labels bold on a light grey. Every row but the
 * last keeps with the next, so the table moves to the next page whole rather than leave a
 * row behind (Word and LibreOffice honour keep-with-next inside table rows).
 */
export function factsTable(facts: Fact[]): Table {
  const [labelWidth = 0, valueWidth = 0] = FACT_WIDTHS;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: FACT_WIDTHS,
    margins: CELL_MARGINS,
    layout: TableLayoutType.FIXED,
    rows: facts.map((f, i) => {
      const keepNext = i < facts.length - 1;
      return new TableRow({
        cantSplit: true,
        children: [
          cell(f.label, { width: labelWidth, fill: LABEL_FILL, bold: true, keepNext, pinWidth: i === 0 }),
          cell(f.value, { width: valueWidth, keepNext, pinWidth: i === 0 }),
        ],
      });
    }),
  });
}

/** Label–value pairs as the lines of one paragraph, «Label: value», the label bold. */
export function factLines(facts: Fact[]): Paragraph[] {
  const runs = facts.flatMap((f, i) => [
    new TextRun({ text: `${f.label}: `, bold: true, ...(i > 0 ? { break: 1 } : {}) }),
    new TextRun({ text: f.value.replace(/\s*\n\s*/g, ' ') }),
  ]);
  // At the tables' size, from their paragraph style.
  return [new Paragraph({ style: TABLE_TEXT_STYLE, spacing: { after: 120 }, children: runs })];
}

/** An empty paragraph after a table, so two tables never merge and text does not touch the table. */
export function gap(): Paragraph {
  return new Paragraph({ children: [], spacing: { after: 60 } });
}

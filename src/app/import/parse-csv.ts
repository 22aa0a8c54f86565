/**
 * Reads the text of an import file into rows of named cells, with csv-parse.
 * Handles the BOM, the delimiter (`;` or `,`, detected from the header line), the
 * header (names and aliases, case-insensitive) and the line number of every row.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { cleanText } from '../../domain/text';
import { type ColumnDef, type Delimiter, normaliseColumnName } from './csv-format';
import type { ImportIssue, ImportIssueCode } from './types';

/** One cell: its trimmed text and the column's header as written in the file. */
export interface CsvCell {
  readonly value: string;
  readonly column: string;
}

/** One data row: its first line in the file and its cells by canonical column name (absent columns are missing). */
export interface CsvRow {
  readonly line: number;
  readonly cells: ReadonlyMap<string, CsvCell>;
}

/** The rows of a file and the problems of the file as a whole (header, CSV syntax). */
export interface CsvTable {
  readonly rows: readonly CsvRow[];
  readonly issues: ImportIssue[];
}

function issue(line: number, column: string | null, code: ImportIssueCode, params: ImportIssue['params'] = {}) {
  return { line, column, code, params };
}

/** The delimiter of a header line: whichever of `;` and `,` occurs more often outside quotes (`;` on a tie). */
export function detectDelimiter(headerLine: string): Delimiter {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ';') semicolons += 1;
    else if (!quoted && char === ',') commas += 1;
  }
  return commas > semicolons ? ',' : ';';
}

interface NumberedRecord {
  line: number;
  cells: string[];
}

/** Every non-blank record with the line it starts on, or the csv-parse error and the line of the failing record. */
function readRecords(source: string, delimiter: Delimiter): NumberedRecord[] | ImportIssue {
  const ends: number[] = [];
  let records: string[][];
  try {
    records = parse(source, {
      delimiter,
      record_delimiter: '\n',
      relax_column_count: true,
      relax_quotes: true,
      trim: true,
      on_record: (record, context) => {
        ends.push(context.lines);
        return record;
      },
    });
  } catch (error) {
    const reason = error instanceof CsvError ? error.code : 'unknown';
    return issue((ends.at(-1) ?? 0) + 1, null, 'malformed-csv', { reason });
  }
  // Blank lines are records too (skip_empty_lines is off), so a record starts just after the previous one ends.
  return records
    .map((cells, i) => ({ line: (ends[i - 1] ?? 0) + 1, cells }))
    .filter((record) => record.cells.some((cell) => cell.trim() !== ''));
}

interface Header {
  /** Canonical column name → index of the cell and the header as written. */
  readonly columns: ReadonlyMap<string, { index: number; header: string }>;
  /** Indexes of cells under a non-empty header (known or not); other cells must be empty. */
  readonly named: ReadonlySet<number>;
}

function readHeader(record: NumberedRecord, defs: readonly ColumnDef[], issues: ImportIssue[]): Header {
  const byName = new Map<string, ColumnDef>();
  for (const def of defs) for (const name of [def.name, ...def.aliases]) byName.set(normaliseColumnName(name), def);
  const columns = new Map<string, { index: number; header: string }>();
  const named = new Set<number>();
  record.cells.forEach((cell, index) => {
    const header = cell.trim();
    if (header === '') return;
    named.add(index);
    const def = byName.get(normaliseColumnName(header));
    if (!def) {
      const allowed = defs.map((d) => d.name).join(', ');
      issues.push(issue(record.line, header, 'unknown-column', { column: header, allowed }));
    } else if (columns.has(def.name)) {
      issues.push(issue(record.line, header, 'duplicate', { value: header, firstLine: record.line }));
    } else {
      columns.set(def.name, { index, header });
    }
  });
  for (const def of defs) {
    if (def.required && !columns.has(def.name)) {
      issues.push(issue(record.line, def.name, 'missing-column', { column: def.name }));
    }
  }
  return { columns, named };
}

/**
 * Reads the text of a CSV file against the columns of its kind. Problems with the
 * file as a whole are returned as issues; a file that cannot be parsed, or has no
 * data rows, yields no rows. Cells under unknown columns are ignored (they are
 * reported once, at the header); a row with text in a cell beyond the named
 * columns is reported as `malformed-csv` and left out.
 */
export function readCsv(text: string, defs: readonly ColumnDef[]): CsvTable {
  // Cleaned before parsing too: the parser would turn a lone surrogate into U+FFFD rather than drop it.
  const source = cleanText(text)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
  const headerLine = source.split('\n').find((line) => line.trim() !== '');
  if (headerLine === undefined) return { rows: [], issues: [issue(1, null, 'empty-file')] };

  const records = readRecords(source, detectDelimiter(headerLine));
  if (!Array.isArray(records)) return { rows: [], issues: [records] };
  const [headerRecord, ...dataRecords] = records;
  if (!headerRecord) return { rows: [], issues: [issue(1, null, 'empty-file')] };

  const issues: ImportIssue[] = [];
  const header = readHeader(headerRecord, defs, issues);
  if (dataRecords.length === 0) issues.push(issue(headerRecord.line, null, 'empty-file'));

  const rows: CsvRow[] = [];
  for (const record of dataRecords) {
    const stray = record.cells.some((cell, index) => cell.trim() !== '' && !header.named.has(index));
    if (stray) {
      issues.push(issue(record.line, null, 'malformed-csv', { reason: 'too-many-cells' }));
      continue;
    }
    const cells = new Map<string, CsvCell>();
    for (const [name, { index, header: column }] of header.columns) {
      // Cells reach the registry and from there every paper: characters no document may hold are dropped.
      cells.set(name, { value: cleanText(record.cells[index] ?? '').trim(), column });
    }
    rows.push({ line: record.line, cells });
  }
  return { rows, issues };
}

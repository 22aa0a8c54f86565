/**
 * Reads the cells of one CSV row into typed values, reporting every bad cell
 * (and every bad value of a multi-value cell) as an {@link ImportIssue}.
 */
import { shown, textLength } from '../../domain/text';
import { MULTI_VALUE_SEPARATOR } from './csv-format';
import type { CsvRow } from './parse-csv';
import type { ImportIssue, ImportIssueCode } from './types';
import { normaliseValue } from './value-aliases';

/** Why a cell's text is not a valid value. The issue gets `value` (the text) plus these params. */
export class Rejection {
  constructor(
    readonly code: ImportIssueCode,
    readonly params: ImportIssue['params'] = {},
  ) {}
}

/** Shorthand for `new Rejection(code, params)`. */
export function reject(code: ImportIssueCode, params: ImportIssue['params'] = {}): Rejection {
  return new Rejection(code, params);
}

/** Turns the trimmed, non-empty text of a cell (or of one value of a multi-value cell) into a value. */
export type CellParser<T> = (text: string) => T | Rejection;

/** Accepts any text. */
export const anyText: CellParser<string> = (text) => text;

/** Accepts text of at most `max` characters (code points); longer is `too-long`, never cut. */
export function textUpTo(max: number): CellParser<string> {
  return (text) => (textLength(text) <= max ? text : reject('too-long', { max }));
}

/**
 * A parser for one of `allowed`, also accepting `aliases` (e.g. Norwegian words);
 * compared after {@link normaliseValue}. Otherwise `invalid-value` with the allowed values.
 */
export function oneOf<T extends string>(
  allowed: readonly T[],
  aliases: Readonly<Record<string, T>> = {},
): CellParser<T> {
  return (text) => {
    const value = normaliseValue(text);
    const found = allowed.find((a) => a === value) ?? aliases[value];
    return found ?? reject('invalid-value', { allowed: allowed.join(', ') });
  };
}

/** The cells of one row, read by canonical column name. `failed` tells whether anything was reported. */
export class RowReader {
  /** True once a problem was found in the row: its record must not be used. */
  failed = false;

  constructor(
    private readonly row: CsvRow,
    private readonly issues: ImportIssue[],
  ) {}

  /** The row's first line in the file. */
  get line(): number {
    return this.row.line;
  }

  /** Records a problem with the cell of column `name`. */
  report(name: string, code: ImportIssueCode, params: ImportIssue['params'] = {}): void {
    this.failed = true;
    this.issues.push({ line: this.row.line, column: this.row.cells.get(name)?.column ?? name, code, params });
  }

  /**
   * A required single value. Empty cell → `required`; invalid → the parser's rejection.
   * An absent column was reported at the header: the row just fails. Null whenever the row failed on it.
   */
  required<T>(name: string, parse: CellParser<T>): T | null {
    const cell = this.row.cells.get(name);
    if (!cell) {
      this.failed = true;
      return null;
    }
    if (cell.value === '') {
      this.report(name, 'required');
      return null;
    }
    return this.parse(name, cell.value, parse);
  }

  /** An optional single value: `fallback` when the column is absent or the cell empty; null if invalid. */
  optional<T, F>(name: string, parse: CellParser<T>, fallback: F): T | F | null {
    const value = this.row.cells.get(name)?.value ?? '';
    return value === '' ? fallback : this.parse(name, value, parse);
  }

  /**
   * The values of a multi-value cell (separated by `|`), each parsed, without duplicates.
   * Every invalid value is reported. An empty cell is `[]`, or `required` when `required`.
   */
  list<T>(name: string, parse: CellParser<T>, required: boolean): T[] {
    const cell = this.row.cells.get(name);
    if (!cell) {
      if (required) this.failed = true;
      return [];
    }
    const texts = cell.value
      .split(MULTI_VALUE_SEPARATOR)
      .map((text) => text.trim())
      .filter((text) => text !== '');
    if (texts.length === 0 && required) this.report(name, 'required');
    const values: T[] = [];
    for (const text of texts) {
      const value = this.parse(name, text, parse);
      if (value !== null && !values.includes(value)) values.push(value);
    }
    return values;
  }

  /** Reports `duplicate` when `key` was already seen in the file; otherwise remembers its line. */
  unique(name: string, key: string | null, seen: Map<string, number>): void {
    if (key === null) return;
    const firstLine = seen.get(key);
    if (firstLine === undefined) seen.set(key, this.row.line);
    else this.report(name, 'duplicate', { value: key, firstLine });
  }

  private parse<T>(name: string, text: string, parse: CellParser<T>): T | null {
    const result = parse(text);
    if (result instanceof Rejection) {
      // The value is repeated in the message: a few words recognise it, a whole megabyte does not.
      this.report(name, result.code, { value: shown(text), ...result.params });
      return null;
    }
    return result;
  }
}

/**
 * The problems a CSV import can report, as codes. They live in the domain,
 * not beside the import, because the message catalogue words each one and the
 * catalogue may depend on the domain only.
 */

/**
 * Every problem the import can report. The code is the key of its message in the
 * catalogue; `params` fill the message's placeholders.
 */
export const IMPORT_ISSUE_CODES = [
  /** No header row, or a header and no data rows. */
  'empty-file',
  /** The file cannot be read as CSV (csv-parse error, or more cells than columns). Params: `reason`. */
  'malformed-csv',
  /** A required column is absent from the header. Params: `column`. */
  'missing-column',
  /** A header names a column this kind of file does not have. Params: `column`, `allowed`. */
  'unknown-column',
  /** A required cell is empty. */
  'required',
  /** Params: `value`. */
  'invalid-email',
  /** An id in the wrong format. Params: `value`, `format`. */
  'invalid-id',
  /** Not `YYYY-MM-DD` or `DD.MM.YYYY`, or not a real date. Params: `value`. */
  'invalid-date',
  /** Not a number, not a whole number where one is needed, or below the minimum. Params: `value`, `min`. */
  'invalid-number',
  /** Not one of the allowed values. Params: `value`, `allowed` (comma-separated). */
  'invalid-value',
  /** The organisation id is not registered. Params: `value`. */
  'unknown-organisation',
  /** The email is not a registered person. Params: `value`. */
  'unknown-person',
  /** Params: `value`, `allowed`. */
  'unknown-focus-area',
  /** Params: `value`, `allowed`. */
  'unknown-life-event',
  /** Not a whole number from 1 to 17. Params: `value`. */
  'invalid-sdg',
  /** The same id or email (or the same column) occurs twice. Params: `value`, `firstLine`. */
  'duplicate',
  /** The file is not UTF-8 (nor UTF-16 with a byte-order mark) and cannot safely be read as Windows-1252. */
  'invalid-encoding',
  /** A text cell longer than its field may hold (see FIELD_LIMITS in domain/text.ts). Params: `value` (cut short), `max`. */
  'too-long',
] as const;
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

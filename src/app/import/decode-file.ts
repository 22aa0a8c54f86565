/**
 * The bytes of an import file as text. UTF-8 is the format (docs/csv-import.md),
 * but Norwegian Excel still saves «CSV (semikolondelt)» as Windows-1252, and
 * reading that as UTF-8 would store «Bj�rn» for «Bjørn». So: UTF-8 (with or
 * without a byte-order mark) and UTF-16 with a byte-order mark are read as
 * they are; a file that is not UTF-8 is read as Windows-1252 only when that is
 * clearly right (every non-ASCII byte decodes to a letter or common Norwegian
 * punctuation, and nothing in the file is UTF-8); anything else is refused with
 * a message that says how to save the file.
 */
import type { ImportIssue } from './types';

/** The encodings a file may be read as; `windows-1252` is a guess the answer says it made. */
export type ImportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedFile = { ok: true; text: string; encoding: ImportEncoding } | { ok: false; issue: ImportIssue };

/**
 * Windows-1252's characters for the bytes 0x80–0x9F (U+FFFD where it has none);
 * from 0xA0 it is Latin-1, which is Unicode's first 256 code points. Written out
 * because Node's TextDecoder decodes 'windows-1252' as Latin-1, turning the
 * en dash 0x96 into a control character.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

/** The text of `bytes` read as Windows-1252. */
function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] as string);
}

/** Non-letters Windows-1252 text in Norwegian plausibly holds; a letter (\p{L}) is always plausible. */
const PLAUSIBLE_PUNCTUATION = new Set([...'\u00a0«»–—‘’‚“”„…•·°§€£¢¥©®™±×÷½¼¾¹²³ªº¨´¸¯¬¦¡¿']);

/**
 * The offset of the first byte that is not part of a well-formed UTF-8 sequence
 * (null when there is none), and whether the file holds any multi-byte sequence.
 */
function scanUtf8(bytes: Uint8Array): { invalidAt: number | null; multiByte: boolean } {
  let multiByte = false;
  let invalidAt: number | null = null;
  let i = 0;
  const cont = (at: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[at];
    return b !== undefined && b >= lo && b <= hi;
  };
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let length = 0;
    if (b < 0x80) length = 1;
    else if (b >= 0xc2 && b <= 0xdf && cont(i + 1)) length = 2;
    else if (b === 0xe0 && cont(i + 1, 0xa0) && cont(i + 2)) length = 3;
    else if (((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) && cont(i + 1) && cont(i + 2)) length = 3;
    else if (b === 0xed && cont(i + 1, 0x80, 0x9f) && cont(i + 2)) length = 3;
    else if (b === 0xf0 && cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3)) length = 4;
    else if (b >= 0xf1 && b <= 0xf3 && cont(i + 1) && cont(i + 2) && cont(i + 3)) length = 4;
    else if (b === 0xf4 && cont(i + 1, 0x80, 0x8f) && cont(i + 2) && cont(i + 3)) length = 4;
    if (length === 0) {
      invalidAt ??= i;
      i += 1;
    } else {
      if (length > 1) multiByte = true;
      i += length;
    }
  }
  return { invalidAt, multiByte };
}

/** The 1-based line of byte `offset`: what the refusal points at. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line += 1;
  return line;
}

function isPlausibleWindows1252(text: string): boolean {
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) continue;
    if (!/\p{L}/u.test(char) && !PLAUSIBLE_PUNCTUATION.has(char)) return false;
  }
  return true;
}

/**
 * Decodes an import file's bytes (see the module comment for the rules).
 * A UTF-8 byte-order mark is dropped, as the CSV reader would drop it.
 */
export function decodeImportFile(bytes: Uint8Array): DecodedFile {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const { invalidAt, multiByte } = scanUtf8(bytes);
  if (invalidAt === null) return { ok: true, text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  // A file with UTF-8 in it as well is a mix (often a UTF-8 file edited in a Latin-1 editor): no guess is safe.
  // A NUL byte means UTF-16 without a byte-order mark, or not text at all.
  const guessable = !multiByte && !bytes.includes(0);
  if (guessable) {
    const text = decodeWindows1252(bytes);
    if (isPlausibleWindows1252(text)) return { ok: true, text, encoding: 'windows-1252' };
  }
  return {
    ok: false,
    issue: { line: lineAt(bytes, invalidAt), column: null, code: 'invalid-encoding', params: {} },
  };
}

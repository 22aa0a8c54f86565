/**
 * Text as it enters the bot, made safe for every document it can reach (the Word file is XML,
 * the HTML paper and the Adaptive Cards are parsed by strict readers), and the length limits of
 * every free-text field. Pure: the channels, the use cases and the CSV import all call it.
 */

/**
 * Characters that XML 1.0 forbids or that no reader expects in prose: C0 controls except tab,
 * line feed and carriage return; U+FFFE and U+FFFF; and UTF-16 surrogates that are not part of a
 * pair (a lone half of an emoji, from a truncated string or a hostile client).
 */
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `text` without the characters no document may hold (see FORBIDDEN); tab, line feed and carriage
 * return are kept, and so is everything else, emoji and right-to-left marks included. Idempotent.
 */
export function cleanText(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** Whether `text` holds a character {@link cleanText} would remove. */
export function hasForbiddenCharacters(text: string): boolean {
  FORBIDDEN.lastIndex = 0;
  const found = FORBIDDEN.test(text);
  FORBIDDEN.lastIndex = 0;
  return found;
}

/** Length in code points, so an emoji counts as the one character a person sees. */
export function textLength(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

/**
 * The most characters (code points) each free-text field may hold, wherever it comes from: a
 * card, a chat command or a CSV file. docs/security.md lists them; the report form's own
 * limits are `TEXT_LIMITS` in report-validation.ts and the vote's `VOTE_COMMENT_LIMIT`.
 */
export const FIELD_LIMITS = {
  /** A chat message as a platform delivers it (Teams caps a message near 28 KB, markup included). */
  chatMessage: 40_000,
  /** AU's recommendation, Skate's decision, a Skate member's feedback, a final decision. */
  recommendation: 2000,
  decision: 2000,
  feedback: 2000,
  /** The registry (CSV import). */
  initiativeTitle: 200,
  initiativeDescription: 4000,
  agreedResult: 2000,
  organisationName: 200,
  personName: 200,
  /** A case number as Skate's series writes it (`24/2026`). */
  caseNumber: 20,
  /** An email address (RFC 5321's limit). */
  email: 254,
  /** A button's own data: ids, versions, revisions. */
  buttonData: 64,
  /** The longest value an error message repeats back. */
  shownValue: 40,
} as const;

/** `text`, cut to `max` code points with an ellipsis: for repeating a bad value in an error message. */
export function shown(text: string, max: number = FIELD_LIMITS.shownValue): string {
  const chars = Array.from(cleanText(text));
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max).join('')}…`;
}

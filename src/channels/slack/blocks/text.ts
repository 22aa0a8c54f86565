import type { MrkdwnElement, PlainTextElement } from '@slack/types';

/** What a cut-short text ends with: the reader sees that something was left out. */
export const ELLIPSIS = '…';

/**
 * Escapes text for Slack's mrkdwn: `&`, `<` and `>` are control characters there (`<@U123>`,
 * `<!channel>`, `<https://…|link>`), so a report that contains them must not become a
 * mention, a broadcast or a link. Slack asks for exactly these three entities.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The length Slack counts: characters (code points), never half a surrogate pair. */
export function charLength(text: string): number {
  return Array.from(text).length;
}

/** At most `max` characters, cut with «…» when longer (for plain text: labels, titles, buttons). */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}${ELLIPSIS}`;
}

/** Escaped mrkdwn of `raw` in at most `max` characters, cut with «…» (never inside an entity). */
export function escapedWithin(raw: string, max: number): string {
  const escaped = escapeMrkdwn(raw);
  if (charLength(escaped) <= max) return escaped;
  const chars = Array.from(raw);
  // Escaping only lengthens, so cut the raw text until its escaped form fits with the ellipsis.
  let keep = Math.min(chars.length, max - 1);
  for (;;) {
    const candidate = escapeMrkdwn(chars.slice(0, keep).join(''));
    const excess = charLength(candidate) + 1 - max;
    if (excess <= 0 || keep === 0) return `${candidate}${ELLIPSIS}`;
    keep = Math.max(0, keep - excess);
  }
}

/**
 * Escaped mrkdwn of `raw` split into pieces of at most `max` characters each, at a line
 * break or a space where there is one, never inside an entity: a long report is shown whole,
 * over several blocks, rather than refused by Slack.
 */
export function escapedChunks(raw: string, max: number): string[] {
  const out: string[] = [];
  let rest = escapeMrkdwn(raw);
  while (charLength(rest) > max) {
    const chars = Array.from(rest);
    let cut = max;
    const head = chars.slice(0, max).join('');
    const breakAt = Math.max(head.lastIndexOf('\n'), head.lastIndexOf(' '));
    // A break in the last third of the piece is worth it; otherwise cut mid-word.
    if (breakAt > (max * 2) / 3) cut = Array.from(head.slice(0, breakAt)).length;
    const amp = chars.slice(0, cut).lastIndexOf('&');
    if (amp >= 0 && !chars.slice(amp, cut).includes(';')) cut = amp;
    out.push(chars.slice(0, cut).join('').trimEnd());
    rest = chars.slice(cut).join('').trimStart();
  }
  if (rest !== '' || out.length === 0) out.push(rest);
  return out;
}

/** A plain-text element of at most `max` characters. */
export function plain(text: string, max: number): PlainTextElement {
  return { type: 'plain_text', text: truncate(text === '' ? ' ' : text, max), emoji: true };
}

/**
 * A mrkdwn element from text that is already escaped (or the catalogue's own markup).
 * `verbatim`: Slack would otherwise turn a typed `@here`, `#kanal` or bare address into a
 * mention or a link; escaping covers `<…>`, this covers what Slack parses on its own.
 */
export function mrkdwn(escaped: string): MrkdwnElement {
  return { type: 'mrkdwn', text: escaped === '' ? ' ' : escaped, verbatim: true };
}

/**
 * Text that can reach a document: the characters XML 1.0 forbids (and no reader expects) are
 * dropped, tab, line feed and carriage return and everything else kept, including emoji.
 */
import { cleanText, hasForbiddenCharacters, shown, textLength } from '../../../src/domain/text';

describe('cleanText', () => {
  it.each([
    ['C0 controls but tab, LF, CR', 'a\u0000b\u0001c\u0008d\u000Be\u000Cf\u000Eg\u001Fh', 'abcdefgh'],
    ['U+FFFE and U+FFFF', 'x\uFFFEy\uFFFFz', 'xyz'],
    ['a lone high surrogate', 'a\uD83Db', 'ab'],
    ['a lone low surrogate', 'a\uDE00b', 'ab'],
    ['a lone surrogate at the end', 'ab\uD83D', 'ab'],
    ['a reversed pair', 'a\uDE00\uD83Db', 'ab'],
  ])('removes %s', (_, input, output) => {
    expect(cleanText(input)).toBe(output);
    expect(hasForbiddenCharacters(input)).toBe(true);
  });

  it.each([
    ['tab, line feed and carriage return', 'a\tb\nc\rd'],
    ['emoji (a surrogate pair)', 'Bra 😀 jobba'],
    ['Norwegian letters and guillemets', 'Æøå «sitat» – tankestrek'],
    ['right-to-left text and a mark', 'مرحبا \u200F'],
    ['U+0085 and U+2028 (allowed in XML 1.0)', 'a\u0085b\u2028c'],
    ['DEL (allowed in XML 1.0)', 'a\u007Fb'],
  ])('keeps %s', (_, input) => {
    expect(cleanText(input)).toBe(input);
    expect(hasForbiddenCharacters(input)).toBe(false);
  });

  it('is idempotent', () => {
    const input = '\u0000😀\uD800x\uFFFF\t';
    expect(cleanText(cleanText(input))).toBe(cleanText(input));
  });

  it('counts code points, not UTF-16 units, and cuts what it shows', () => {
    expect(textLength('😀😀')).toBe(2);
    expect(shown('x'.repeat(100), 5)).toBe('xxxxx…');
    expect(shown('\u0000kort')).toBe('kort');
  });
});

import { IMPORT_ISSUE_CODES } from '../../../src/app/import';
import { ERROR_CODES } from '../../../src/domain/errors';
import { LOCALES } from '../../../src/domain/model';
import { describeError, type Messages, messagesFor } from '../../../src/i18n';
import { formatDate, formatInstant, formatNok } from '../../../src/i18n/format';

/** Parameters that answer any name, so a message that reads a parameter always gets one. */
const ANY_PARAMS = new Proxy({} as Record<string, string>, {
  get: (_t, key) => {
    if (key === Symbol.toPrimitive) return () => '«x»';
    return typeof key === 'symbol' ? undefined : `«${key}»`;
  },
});

/** Every leaf string of a catalogue, with functions called on sample arguments. */
function leaves(node: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof node === 'string') out.push([path, node]);
  else if (typeof node === 'function') out.push([path, String(node(ANY_PARAMS, 'x', true))]);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) leaves(v, `${path}.${k}`, out);
  }
  return out;
}

describe('the message catalogue', () => {
  it.each(LOCALES)('%s has a text for every error code and import problem', (locale) => {
    const t: Messages = messagesFor(locale);
    for (const code of ERROR_CODES) {
      const text = describeError({ code, params: ANY_PARAMS }, locale);
      expect(text.trim()).not.toBe('');
      expect(text).not.toContain('undefined');
    }
    for (const code of IMPORT_ISSUE_CODES) expect(t.importIssues[code](ANY_PARAMS)).not.toContain('undefined');
  });

  it.each(LOCALES)('%s has no empty or placeholder texts', (locale) => {
    for (const [path, text] of leaves(messagesFor(locale), locale, [])) {
      expect([path, text.trim() === '' || text.includes('TODO')]).toEqual([path, false]);
    }
  });

  it('really is translated: nn and en differ from nb', () => {
    const nb = new Map(leaves(messagesFor('nb'), '', []));
    for (const locale of ['nn', 'en'] as const) {
      // Command syntax and examples are the same words in every language by design (the parser takes all of them).
      const other = leaves(messagesFor(locale), '', []).filter(
        ([path]) => !/^\.commands\.help\.\w+\.(usage|example)$/.test(path),
      );
      const same = other.filter(([path, text]) => nb.get(path) === text && text.length > 12);
      expect(same.length).toBeLessThan(other.length / 10);
    }
  });
});

describe('Norwegian formatting', () => {
  it('writes dates, Oslo times and NOK as Norwegians do', () => {
    expect(formatDate('2026-10-16', 'nb')).toBe('16.10.2026');
    expect(formatInstant('2026-11-26T15:00:00.000Z', 'nb')).toBe('26.11.2026 kl. 16:00');
    expect(formatInstant('2026-06-26T14:00:00.000Z', 'nn')).toBe('26.06.2026 kl. 16:00');
    expect(formatNok(12_500_000, 'nb').replace(/\s/g, ' ')).toBe('12 500 000 kr');
    expect(formatDate('2026-10-16', 'en')).toBe('16 Oct 2026');
  });

  it('writes each instant to its own minute, asked in turn in every locale (the last minute is kept per locale)', () => {
    const asked = [
      ['2026-11-26T15:00:10.000Z', 'nb', '26.11.2026 kl. 16:00'],
      ['2026-11-26T15:00:50.000Z', 'en', '26 Nov 2026 16:00'],
      ['2026-11-26T15:00:59.999Z', 'nb', '26.11.2026 kl. 16:00'],
      ['2026-11-26T15:01:00.000Z', 'nb', '26.11.2026 kl. 16:01'],
      ['2026-11-26T15:01:00.000Z', 'en', '26 Nov 2026 16:01'],
      ['2026-03-29T00:59:30.000Z', 'nn', '29.03.2026 kl. 01:59'],
      ['2026-03-29T01:00:30.000Z', 'nn', '29.03.2026 kl. 03:00'],
    ] as const;
    for (const [instant, locale, text] of asked)
      expect([instant, formatInstant(instant, locale)]).toEqual([instant, text]);
  });
});

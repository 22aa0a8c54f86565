/**
 * `hjelp` lists every command with every argument and an example, in each
 * language: the text comes from the catalogue's `commands.help`.
 */
import { helpView } from '../../../src/app/commands/help-view';
import { COMMAND_WORDS, parseCommand } from '../../../src/app/commands/parse-command';
import { LOCALES } from '../../../src/domain/model';
import { messagesFor } from '../../../src/i18n';

describe.each(LOCALES)('help in %s', (locale) => {
  const t = messagesFor(locale).commands;

  it('shows the text argument of innstilling and vedtak, in a form no chat client drops', () => {
    const items = helpView(locale, true).items;
    const placeholder = locale === 'en' ? '⟨text⟩' : '⟨tekst⟩';
    for (const word of ['recommendation', 'decision'] as const) {
      expect(t.help[word].usage).toContain(placeholder);
      expect(items.some((item) => item.startsWith(t.help[word].usage))).toBe(true);
    }
    // Teams reads <tekst> as an HTML tag and Slack as a link: neither shows it.
    for (const word of COMMAND_WORDS) expect(t.help[word].usage).not.toMatch(/[<>]/);
  });

  it('gives every command an example that the bot understands as that command', () => {
    const items = helpView(locale, true).items;
    expect(items).toHaveLength(COMMAND_WORDS.length);
    for (const word of COMMAND_WORDS) {
      const { usage, text, example } = t.help[word];
      expect(items).toContain(t.helpLine(usage, text, example));
      const parsed = parseCommand(example);
      expect({ word, example, parsed: parsed.name }).not.toMatchObject({
        parsed: expect.stringMatching(/^(unknown|usage)$/),
      });
    }
    const decision = parseCommand(t.help.decision.example);
    expect(decision).toMatchObject({ name: 'decision', initiativeId: 'T-2026-03' });
    if (decision.name === 'decision') expect(t.help.decision.example.endsWith(decision.text)).toBe(true);
  });
});

import type { Locale } from '../../domain/model';
import { messagesFor } from '../../i18n';
import type { MessageView } from '../../views/message-view';
import { notice } from '../../views/notice';
import { COMMAND_WORDS, type CommandWord } from './parse-command';

/** The commands everyone may use; the rest are the secretariat's. */
const EVERYONE: readonly CommandWord[] = ['help', 'mine', 'delegate', 'language'];

/** `hjelp`: every command the reader may use, with its arguments and an example. */
export function helpView(locale: Locale, administrator: boolean): MessageView {
  const t = messagesFor(locale).commands;
  const words = COMMAND_WORDS.filter((w) => administrator || EVERYONE.includes(w));
  return notice(locale, t.helpIntro, {
    title: t.helpTitle,
    items: words.map((w) => {
      const h = t.help[w];
      return 'example' in h && h.example ? t.helpLine(h.usage, h.text, h.example) : `${h.usage} – ${h.text}`;
    }),
  });
}

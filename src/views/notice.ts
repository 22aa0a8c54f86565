import type { Locale } from '../domain/model';
import type { MessageView } from './message-view';

/** A short answer for one reader: a command's reply, a refusal, an error. */
export function notice(locale: Locale, text: string, extra: Partial<MessageView> = {}): MessageView {
  return {
    kind: 'notice',
    locale,
    title: '',
    summary: text,
    paragraphs: [text],
    facts: [],
    items: [],
    actions: [],
    data: {},
    ...extra,
  };
}

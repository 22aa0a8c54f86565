import type { MessageView } from '../../../views/message-view';

/**
 * Text as a Teams TextBlock shows it. TextBlocks read a subset of Markdown (emphasis, links,
 * lists, headings), so text people typed — an owner's progress report, a vote comment, an
 * initiative's title — could set its own formatting or smuggle a link into a card. Markup
 * characters are escaped with a backslash, which Teams' renderer removes when it shows the text.
 */
const INLINE = /[\\`*_~]/g;
/** `[text](url)`: the bracket before the parenthesis is what makes a link. */
const LINK = /\]\(/g;
/** Line starts that would become a heading, a quote or a bullet (`1.` lists need a space after). */
const LINE_START = /^(\s*)([#>+-]|\d{1,9}[.)])(?=\s)/gm;

export function cardText(text: string): string {
  return text
    .replace(INLINE, (c) => `\\${c}`)
    .replace(LINK, '\\](')
    .replace(LINE_START, (_m, space: string, marker: string) => {
      return `${space}${marker.replace(/([#>+\-.)])$/, '\\$1')}`;
    });
}

/** A message's shown texts with their Markdown escaped (see card-text.ts); the summary is plain text already. */
export function escapedMessage(view: MessageView): MessageView {
  return {
    ...view,
    title: cardText(view.title),
    paragraphs: view.paragraphs.map(cardText),
    items: view.items.map(cardText),
    facts: view.facts.map((f) => ({ label: cardText(f.label), value: cardText(f.value) })),
  };
}

import type { MessageView } from '../../../views/message-view';
import { escapedMessage } from './card-text';

type Element = Record<string, unknown>;

/**
 * A message as an Adaptive Card (1.5): the title, the picture, the paragraphs, the texts to read
 * side by side, the facts and the bullet list, each only when the view has it; one
 * `Action.Execute` per action, then one `Action.OpenUrl` per link. What people typed (title,
 * paragraphs, facts, items) is escaped (see card-text.ts); the summary is plain text for notifications.
 */
export function messageCard(view: MessageView): Element {
  const m = escapedMessage(view);
  // A notice without a title (a one-line answer) gets no empty heading above its text.
  const body: Element[] = m.title
    ? [{ type: 'TextBlock', text: m.title, style: 'heading', size: 'Medium', weight: 'Bolder', wrap: true }]
    : [];
  if (m.image) body.push({ type: 'Image', url: m.image.url, altText: m.image.alt, size: 'Stretch' });
  for (const text of m.paragraphs) body.push({ type: 'TextBlock', text, wrap: true });
  if (m.comparison && m.comparison.length > 0) {
    body.push({
      type: 'ColumnSet',
      columns: m.comparison.map((c) => ({
        type: 'Column',
        width: 'stretch',
        items: [
          { type: 'TextBlock', text: c.label, weight: 'Bolder', wrap: true },
          { type: 'TextBlock', text: c.text, wrap: true },
        ],
      })),
    });
  }
  if (m.facts.length > 0) {
    body.push({ type: 'FactSet', facts: m.facts.map((f) => ({ title: f.label, value: f.value })) });
  }
  if (m.items.length > 0) {
    body.push({
      type: 'Container',
      items: m.items.map((text) => ({ type: 'TextBlock', text: `• ${text}`, spacing: 'Small', wrap: true })),
    });
  }
  return {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    fallbackText: m.summary,
    body,
    actions: [
      ...m.actions.map((a) => ({ type: 'Action.Execute', verb: a.id, title: a.label, data: { ...a.data } })),
      ...(m.links ?? []).map((l) => ({ type: 'Action.OpenUrl', title: l.label, url: l.url })),
    ],
  };
}

import type { VoteCardView } from '../../../views/vote-view';
import { cardText, escapedMessage } from './card-text';
import { formElements } from './form-card';

type Element = Record<string, unknown>;

/**
 * An AU member's vote card (Adaptive Card 1.5): the review post, the member's own vote, a notice
 * when a changed recommendation cleared it, the error of the last attempt, and — until the vote
 * closes — the vote form drawn from its neutral model, with one `review.vote` button per form button.
 */
export function voteCard(view: VoteCardView): Element {
  const { myVote, labels } = view;
  // What people typed (the report, comments) is shown as text, never as Markdown.
  const item = escapedMessage(view.item);
  const body: Element[] = [
    { type: 'TextBlock', text: item.title, style: 'heading', size: 'Medium', weight: 'Bolder', wrap: true },
    ...item.paragraphs.map((text) => ({ type: 'TextBlock', text, wrap: true })),
  ];
  if (item.facts.length > 0) {
    body.push({ type: 'FactSet', facts: item.facts.map((f) => ({ title: f.label, value: f.value })) });
  }
  if (myVote) {
    const facts = [{ title: labels.yourVote, value: myVote.choice }];
    if (myVote.request !== null) facts.push({ title: labels.yourRequest, value: myVote.request });
    const items: Element[] = [{ type: 'FactSet', facts }];
    for (const text of [myVote.comment, myVote.requestReason]) {
      if (text !== '') items.push({ type: 'TextBlock', text: cardText(text), isSubtle: true, wrap: true });
    }
    body.push({ type: 'Container', style: 'emphasis', items });
  }
  // While the form is shown, its first line says the vote was cleared; a closed card says it here.
  if (view.cleared && view.closed)
    body.push({ type: 'TextBlock', text: labels.cleared, color: 'Warning', weight: 'Bolder', wrap: true });
  if (view.error) body.push({ type: 'TextBlock', text: view.error, color: 'Attention', weight: 'Bolder', wrap: true });
  if (!view.closed) body.push(...formElements(view.form));
  const data = { roundId: view.roundId, initiativeId: view.initiativeId, version: view.version };
  return {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    fallbackText: item.summary,
    body,
    actions: view.closed
      ? []
      : view.form.buttons.map((b) => ({
          type: 'Action.Execute',
          verb: b.action,
          title: b.label,
          associatedInputs: 'auto',
          ...(b.primary ? { style: 'positive' } : {}),
          data,
        })),
  };
}

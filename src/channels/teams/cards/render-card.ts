import type { CardView } from '../../../views/card-view';
import { formCard } from './form-card';
import { messageCard } from './message-card';
import { receiptCard } from './receipt-card';
import { tableCard } from './table-card';
import { voteCard } from './vote-card';

export type { CardView } from '../../../views/card-view';

export interface RenderCardOptions {
  /** Universal Actions: Teams asks the bot for this user's up-to-date card when one of `userIds` opens it. */
  refresh?: { verb: string; data: Record<string, string>; userIds: string[] };
}

export interface CardAttachment {
  contentType: 'application/vnd.microsoft.card.adaptive';
  content: Record<string, unknown>;
}

/** The view as an Adaptive Card (1.5), with the Universal Actions refresh block when asked. */
export function renderCard(view: CardView, options: RenderCardOptions = {}): Record<string, unknown> {
  const card = cardFor(view);
  if (options.refresh) {
    const { verb, data, userIds } = options.refresh;
    card.refresh = { action: { type: 'Action.Execute', verb, data }, userIds };
  }
  return card;
}

/** Each view shape has its own card; forms (the report form, the vote card) are drawn from their neutral model. */
function cardFor(view: CardView): Record<string, unknown> {
  switch (view.kind) {
    case 'report-form': {
      const { title, intro, notice, formError, roundId, initiativeId, baseVersion } = view;
      return formCard({ title, intro, notice, formError }, view.form, { roundId, initiativeId, baseVersion });
    }
    case 'review-vote':
      return voteCard(view);
    case 'report-receipt':
      return receiptCard(view);
    case 'table':
      return tableCard(view);
    default:
      return messageCard(view);
  }
}

/** The card as a Bot Framework attachment. */
export function cardAttachment(card: Record<string, unknown>): CardAttachment {
  return { contentType: 'application/vnd.microsoft.card.adaptive', content: card };
}

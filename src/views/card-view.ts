import type { MessageView } from './message-view';
import type { ReceiptView, ReportFormView } from './report-form-view';
import type { TableView, VoteCardView } from './vote-view';

/**
 * Every view a channel renders: a message, the report form and its receipt, an AU member's
 * vote card, and a command's table. Teams renders each as an Adaptive Card, Slack as Block Kit,
 * the CLI and the local transport as text.
 */
export type CardView = MessageView | ReportFormView | ReceiptView | VoteCardView | TableView;

/** One line that stands for a view: notifications, previews, screen readers, logs. */
export function viewSummary(view: CardView): string {
  switch (view.kind) {
    case 'table':
      return view.title;
    case 'report-form':
    case 'report-receipt':
      return view.title;
    case 'review-vote':
      return view.item.summary;
    default:
      return view.summary;
  }
}

import { messagesFor } from '../../../i18n';
import type { CardView } from '../../../views/card-view';
import type { ReportFormView } from '../../../views/report-form-view';
import { buttons, fallbackText, header, paragraphs } from './builders';
import type { RenderOptions, SlackMessage } from './payload';
import { renderMessage } from './render-message';
import { renderReceipt, renderVoteConfirmation } from './render-receipt';
import { renderTable } from './render-table';

/**
 * Any view the app answers with, as a Slack message. A form cannot live in a message, so a
 * report form becomes its introduction with the button that opens it as a modal; a vote card
 * becomes the member's own confirmation.
 */
export function renderView(view: CardView, options: RenderOptions): SlackMessage {
  switch (view.kind) {
    case 'table':
      return renderTable(view);
    case 'report-receipt':
      return renderReceipt(view);
    case 'review-vote':
      return renderVoteConfirmation(view);
    case 'report-form':
      return formInvitation(view);
    default:
      return renderMessage(view, options);
  }
}

function formInvitation(view: ReportFormView): SlackMessage {
  const data = { roundId: view.roundId, initiativeId: view.initiativeId };
  return {
    text: fallbackText(view.title),
    blocks: [
      ...header(view.title),
      ...paragraphs([view.intro, view.notice ?? '']),
      ...buttons([
        { action: 'report.open', label: messagesFor(view.locale).cycle.reportRequest.open, data, style: 'primary' },
      ]),
    ],
  };
}

import type { KnownBlock } from '@slack/types';
import { messagesFor } from '../../../i18n';
import type { ReceiptView } from '../../../views/report-form-view';
import type { VoteCardView } from '../../../views/vote-view';
import { buttons, context, facts, fallbackText, header, paragraphs } from './builders';
import type { SlackMessage } from './payload';

/**
 * The receipt the report request turns into: what was sent, and «Endre» until the round
 * locks (the view leaves the label out once it has).
 */
export function renderReceipt(view: ReceiptView): SlackMessage {
  const data = { roundId: view.roundId, initiativeId: view.initiativeId };
  const blocks: KnownBlock[] = [
    ...header(view.title),
    ...paragraphs([view.text]),
    ...facts(view.facts),
    ...(view.editLabel ? buttons([{ action: 'report.edit', label: view.editLabel, data }]) : []),
  ];
  return { text: fallbackText(view.title, view.text), blocks };
}

/**
 * What an AU member alone sees after voting (an ephemeral message in the thread): their
 * own vote, an error if the vote was refused, and a button to change it while the vote is open.
 */
export function renderVoteConfirmation(view: VoteCardView): SlackMessage {
  const t = messagesFor(view.locale);
  const lines: string[] = [];
  if (view.error) lines.push(view.error);
  const mine = view.myVote;
  if (mine) {
    lines.push(`${view.labels.yourVote}: ${mine.choice}`);
    if (mine.comment) lines.push(`${view.labels.comment}: ${mine.comment}`);
    if (mine.request)
      lines.push(`${view.labels.yourRequest}: ${mine.request}${mine.requestReason ? ` – ${mine.requestReason}` : ''}`);
  } else if (view.cleared) {
    lines.push(view.labels.cleared);
  }
  if (view.closed) lines.push(t.cycle.review.closed);
  const data = { roundId: view.roundId, initiativeId: view.initiativeId };
  const blocks: KnownBlock[] = [
    ...paragraphs(lines.length > 0 ? lines : [view.item.title]),
    context(view.item.title),
    ...(view.closed ? [] : buttons([{ action: 'review.open', label: t.slack.voteMore, data }])),
  ];
  return { text: fallbackText(lines[0] ?? '', view.item.title), blocks };
}

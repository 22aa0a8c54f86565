import type { ImageBlock, KnownBlock } from '@slack/types';
import { messagesFor } from '../../../i18n';
import type { ActionId, MessageView } from '../../../views/message-view';
import { BLOCK_KIT_LIMITS as L } from '../slack-limits';
import {
  type ButtonSpec,
  bullets,
  buttons,
  facts,
  fallbackText,
  fitted,
  header,
  linkButtons,
  paragraphs,
} from './builders';
import type { RenderOptions, SlackMessage } from './payload';
import { truncate } from './text';

const STYLES: Partial<Record<ActionId, 'primary' | 'danger'>> = {
  'report.open': 'primary',
  'initiative.accept': 'primary',
  'initiative.decline': 'danger',
  'agenda.publish': 'primary',
};

/**
 * A message view as a Slack message: the same parts as the Teams card (title, picture,
 * paragraphs, facts, list, buttons, links), every text escaped, nothing over Slack's limits.
 * AU's review item gets the vote buttons in place of Teams' «Stem», since a Slack message
 * cannot turn into a form for one reader.
 */
export function renderMessage(view: MessageView, options: RenderOptions): SlackMessage {
  const blocks: KnownBlock[] = [...header(view.title)];
  if (view.image && options.images && view.image.url.length <= L.url) {
    const image: ImageBlock = {
      type: 'image',
      image_url: view.image.url,
      alt_text: truncate(view.image.alt, L.altText),
    };
    blocks.push(image);
  }
  blocks.push(...paragraphs(view.paragraphs), ...facts(view.facts), ...bullets(view.items));
  const actions = view.kind === 'review-item' ? voteButtons(view) : view.actions.map(buttonOf);
  const tail = [...buttons(actions), ...linkButtons(view.links ?? [])];
  const more = messagesFor(view.locale).slack.moreRows;
  // The buttons matter most: cut the text, never them.
  const body = fitted(blocks, L.messageBlocks - tail.length, more);
  return { text: fallbackText(view.summary, view.title), blocks: [...body, ...tail] };
}

function buttonOf(action: MessageView['actions'][number]): ButtonSpec {
  const style = STYLES[action.id];
  return { action: action.id, label: action.label, data: action.data, ...(style ? { style } : {}) };
}

/**
 * «Enig» votes at once; «Uenig» needs a comment and «Kommentar eller inhabilitet …» opens the
 * whole vote, so both open the vote modal. No buttons once the vote is closed (the view then
 * offers no action).
 */
function voteButtons(view: MessageView): ButtonSpec[] {
  const open = view.actions.find((a) => a.id === 'review.open');
  if (!open) return [];
  const t = messagesFor(view.locale);
  return [
    { action: 'review.vote', label: t.voteChoices.agree, data: { ...open.data, choice: 'agree' }, style: 'primary' },
    { action: 'review.open', label: t.voteChoices.disagree, data: { ...open.data, choice: 'disagree' } },
    { action: 'review.open', label: t.slack.voteMore, data: open.data },
  ];
}

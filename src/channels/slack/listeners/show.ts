import type { WebClient } from '@slack/web-api';
import { messagesFor } from '../../../i18n';
import type { CardView } from '../../../views/card-view';
import type { ModalOrigin } from '../blocks/modals';
import type { RenderOptions, SlackMessage } from '../blocks/payload';
import { infoModal } from '../blocks/render-form';
import { renderView } from '../blocks/render-view';
import type { Interaction } from '../slack-payload';

/** How long a response_url post may take before it is given up (Slack answers in well under a second). */
const RESPONSE_URL_TIMEOUT_MS = 10_000;

/**
 * Shows a view in place of the message whose button was pressed (its response_url, else
 * chat.update); with no message (a button on the Home tab) it opens as a modal.
 */
export async function replaceInPlace(
  client: WebClient,
  interaction: Interaction,
  view: CardView,
  render: RenderOptions,
): Promise<void> {
  const message = renderView(view, render);
  if (interaction.responseUrl) {
    await postToResponseUrl(interaction.responseUrl, { replace_original: true, ...message });
  } else if (interaction.message) {
    await client.chat.update({ channel: interaction.message.channel, ts: interaction.message.ts, ...message });
  } else if (interaction.triggerId) {
    await client.views.open({ trigger_id: interaction.triggerId, view: modalOf(view, message) });
  }
}

/**
 * Tells only the person who pressed: an ephemeral message in the conversation (in the
 * thread where the button was), or a modal when the button was not on a message.
 */
export async function tellPrivately(
  client: WebClient,
  interaction: Interaction,
  view: CardView,
  render: RenderOptions,
): Promise<void> {
  const message = renderView(view, render);
  const m = interaction.message;
  if (m) {
    await client.chat.postEphemeral({
      channel: m.channel,
      user: interaction.user.userId,
      ...(m.threadTs ? { thread_ts: m.threadTs } : {}),
      ...message,
    });
  } else if (interaction.triggerId) {
    await client.views.open({ trigger_id: interaction.triggerId, view: modalOf(view, message) });
  }
}

/** Shows a view where a modal was opened from, once the modal is gone (the receipt in the DM). */
export async function showAtOrigin(client: WebClient, origin: ModalOrigin, message: SlackMessage): Promise<void> {
  if (origin.channel && origin.ts) {
    await client.chat.update({ channel: origin.channel, ts: origin.ts, ...message });
  } else if (origin.responseUrl) {
    await postToResponseUrl(origin.responseUrl, { replace_original: true, ...message });
  }
}

/** Where a modal opened by this interaction should show its outcome. */
export function originOf(interaction: Interaction): ModalOrigin {
  const m = interaction.message;
  if (!m) return {};
  // An ephemeral message cannot be updated by ts, only through its response_url.
  if (m.ephemeral) return interaction.responseUrl ? { responseUrl: interaction.responseUrl } : {};
  return { channel: m.channel, ts: m.ts, ...(m.threadTs ? { threadTs: m.threadTs } : {}) };
}

/** A view as a modal (a button on the Home tab has no message to answer in). */
function modalOf(view: CardView, message: SlackMessage) {
  const t = messagesFor(view.locale).slack;
  const title = view.kind === 'report-receipt' ? t.reportModalTitle(view.initiativeId) : t.appName;
  return infoModal(view.locale, title, message.blocks);
}

async function postToResponseUrl(url: string, body: Record<string, unknown>): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(RESPONSE_URL_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`response_url answered ${response.status}`);
}

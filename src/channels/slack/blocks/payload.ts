import type { KnownBlock } from '@slack/types';

/** A message as chat.postMessage, chat.update and response_url take it: blocks and the text fallback. */
export interface SlackMessage {
  /** Notifications, screen readers and clients without blocks show this: never empty, always escaped. */
  text: string;
  blocks: KnownBlock[];
}

/** How Slack may show what the bot renders, decided once per deployment. */
export interface RenderOptions {
  /**
   * Whether pictures may be shown by address: Slack fetches `image_url` itself, so only an
   * address it can reach (public https) works; otherwise the picture is left out of the blocks.
   */
  images: boolean;
}

/**
 * An `action_id` for the `index`th button of one action in a message: Slack wants action ids
 * unique within their block, and «Fyll ut rapporten» may appear once per initiative.
 */
export function actionIdFor(action: string, index: number): string {
  return index === 0 ? action : `${action}#${index}`;
}

/** The product's action id (`report.open`) behind an `action_id` (`report.open#2`). */
export function actionOf(actionId: string): string {
  const hash = actionId.indexOf('#');
  return hash < 0 ? actionId : actionId.slice(0, hash);
}

/** A button's `value`: its data as JSON (Slack allows 2,000 characters; ours are ids). */
export function encodeValue(data: Record<string, string>): string {
  return JSON.stringify(data);
}

/** A button's data back from its `value`; anything that is not our JSON reads as no data. */
export function decodeValue(value: unknown): Record<string, string> {
  if (typeof value !== 'string' || value === '') return {};
  try {
    const parsed: unknown = JSON.parse(value);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  } catch {
    return {};
  }
}

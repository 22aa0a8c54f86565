import type { SlackUser } from './slack-identity';

type Json = Record<string, unknown>;

const rec = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const opt = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** What an interaction (a button press, a modal's submission or close) tells us, read from Slack's payload. */
export interface Interaction {
  user: SlackUser;
  triggerId: string | null;
  responseUrl: string | null;
  /** The message the button was on, or null for a button in a modal or on the Home tab. */
  message: { channel: string; ts: string; threadTs: string | null; ephemeral: boolean } | null;
  /** The modal the interaction came from, or null. */
  view: { id: string; hash: string; state: unknown; privateMetadata: unknown; callbackId: string } | null;
  /** The first action of a `block_actions` payload. */
  action: { actionId: string; value: unknown } | null;
}

/**
 * The parts of a `block_actions`, `view_submission` or `view_closed` payload the bot uses.
 * The user's workspace is `user.team_id` where Slack gives it (Enterprise Grid), else the team's.
 */
export function interactionOf(body: unknown): Interaction {
  const b = rec(body);
  const user = rec(b.user);
  const container = rec(b.container);
  const message = rec(b.message);
  const view = rec(b.view);
  const action = Array.isArray(b.actions) ? rec(b.actions[0]) : null;
  const channel = str(rec(b.channel).id) || str(container.channel_id);
  const ts = str(container.message_ts) || str(message.ts);
  return {
    user: { teamId: str(user.team_id) || str(rec(b.team).id), userId: str(user.id) },
    triggerId: opt(b.trigger_id),
    responseUrl: opt(b.response_url),
    message:
      container.type === 'message' && channel !== '' && ts !== ''
        ? {
            channel,
            ts,
            threadTs: opt(container.thread_ts) ?? opt(message.thread_ts),
            ephemeral: container.is_ephemeral === true,
          }
        : null,
    view:
      str(view.id) !== ''
        ? {
            id: str(view.id),
            hash: str(view.hash),
            state: rec(view.state).values,
            privateMetadata: view.private_metadata,
            callbackId: str(view.callback_id),
          }
        : null,
    action: action ? { actionId: str(action.action_id), value: action.value } : null,
  };
}

/** The Slack user of an event: `user_team` (Enterprise Grid) before the event's own team. */
export function eventUser(body: unknown, event: unknown): SlackUser {
  const e = rec(event);
  return { teamId: str(e.user_team) || str(e.team) || str(rec(body).team_id), userId: str(e.user) };
}

/**
 * Typed text as the person typed it: Slack marks up messages (`<@U123>` for a mention,
 * `<mailto:kari@nav.no|kari@nav.no>` for an address, `<https://…|label>` for a link) and
 * escapes `&`, `<` and `>`. Mentions (of the bot, or anyone) are no part of a command and go;
 * an address or link becomes its text; entities are read back.
 */
export function typedText(text: string): string {
  return text
    .replace(/<@[A-Z0-9]+(\|[^>]*)?>/gi, ' ')
    .replace(/<mailto:([^|>]+)(\|[^>]*)?>/gi, '$1')
    .replace(/<[^|>]+\|([^>]*)>/g, '$1')
    .replace(/<([^>]*)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}

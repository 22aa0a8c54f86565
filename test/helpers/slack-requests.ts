/**
 * Slack's requests in their real shapes (docs.slack.dev: slash command payload, block_actions,
 * view_submission and view_closed payloads, Events API callbacks), and how Slack signs them.
 * Slash commands and interactions are form-encoded (`payload=` holding the JSON); events are JSON.
 */
import { signSlackRequest } from '../../src/channels/slack/slack-signature';
import type { Json } from './slack-double-state';

export const SIGNING_SECRET = 'skate-test-signing-secret-8b1f4e';
export const TEAM = 'T0SKATE';
export const APP_ID = 'A0SKATE';

/** A request to the bot: its raw body, content type and (unless told otherwise) Slack's headers. */
export interface SlackRequest {
  body: string;
  contentType: string;
}

/** Slack's signature headers for a body at a time (seconds). */
export function signedHeaders(body: string, atSeconds: number, secret = SIGNING_SECRET): Record<string, string> {
  const timestamp = String(Math.floor(atSeconds));
  return { 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signSlackRequest(secret, timestamp, body) };
}

const form = (fields: Record<string, string>): SlackRequest => ({
  body: new URLSearchParams(fields).toString(),
  contentType: 'application/x-www-form-urlencoded',
});
const interaction = (payload: Json): SlackRequest => form({ payload: JSON.stringify(payload) });
const json = (payload: Json): SlackRequest => ({ body: JSON.stringify(payload), contentType: 'application/json' });

export function slashCommand(p: {
  user: string;
  text: string;
  channel: string;
  triggerId: string;
  responseUrl: string;
  team?: string;
}): SlackRequest {
  return form({
    token: 'deprecated-verification-token',
    team_id: p.team ?? TEAM,
    team_domain: 'skate',
    channel_id: p.channel,
    channel_name: p.channel.startsWith('D') ? 'directmessage' : 'au',
    user_id: p.user,
    user_name: p.user.toLowerCase(),
    command: '/skate',
    text: p.text,
    api_app_id: APP_ID,
    is_enterprise_install: 'false',
    response_url: p.responseUrl,
    trigger_id: p.triggerId,
  });
}

/** Where a button was: a message (with its thread and whether ephemeral), a modal, or the Home tab. */
export type ButtonPlace =
  | { message: { channel: string; ts: string; threadTs?: string; ephemeral?: boolean }; responseUrl?: string }
  | { view: { id: string; hash: string; callbackId: string; privateMetadata: string; state: Json } }
  | { home: true };

export function blockActions(p: {
  user: string;
  actionId: string;
  value?: string;
  triggerId: string;
  actionTs: string;
  place: ButtonPlace;
  team?: string;
}): SlackRequest {
  const team = p.team ?? TEAM;
  const base: Json = {
    type: 'block_actions',
    user: { id: p.user, username: p.user.toLowerCase(), team_id: team },
    api_app_id: APP_ID,
    token: 'deprecated-verification-token',
    trigger_id: p.triggerId,
    team: { id: team, domain: 'skate' },
    enterprise: null,
    is_enterprise_install: false,
    actions: [
      {
        type: 'button',
        action_id: p.actionId,
        block_id: 'b1',
        text: { type: 'plain_text', text: 'x' },
        ...(p.value !== undefined ? { value: p.value } : {}),
        action_ts: p.actionTs,
      },
    ],
  };
  if ('message' in p.place) {
    const m = p.place.message;
    return interaction({
      ...base,
      container: {
        type: 'message',
        message_ts: m.ts,
        channel_id: m.channel,
        is_ephemeral: m.ephemeral === true,
        ...(m.threadTs ? { thread_ts: m.threadTs } : {}),
      },
      channel: { id: m.channel, name: m.channel },
      ...(m.ephemeral
        ? {}
        : { message: { type: 'message', ts: m.ts, ...(m.threadTs ? { thread_ts: m.threadTs } : {}) } }),
      ...(p.place.responseUrl ? { response_url: p.place.responseUrl } : {}),
    });
  }
  if ('view' in p.place) {
    const v = p.place.view;
    return interaction({
      ...base,
      container: { type: 'view', view_id: v.id },
      view: viewPayload(v, team),
    });
  }
  return interaction({ ...base, container: { type: 'view', view_id: 'VHOME' }, view: { id: 'VHOME', type: 'home' } });
}

function viewPayload(
  v: { id: string; hash: string; callbackId: string; privateMetadata: string; state: Json },
  team: string,
): Json {
  return {
    id: v.id,
    team_id: team,
    type: 'modal',
    callback_id: v.callbackId,
    private_metadata: v.privateMetadata,
    hash: v.hash,
    state: { values: v.state },
    title: { type: 'plain_text', text: 'x' },
    blocks: [],
    app_id: APP_ID,
    bot_id: 'BBOTSKATE',
  };
}

export function viewSubmission(p: {
  user: string;
  view: { id: string; hash: string; callbackId: string; privateMetadata: string; state: Json };
  triggerId: string;
  team?: string;
}): SlackRequest {
  const team = p.team ?? TEAM;
  return interaction({
    type: 'view_submission',
    team: { id: team, domain: 'skate' },
    user: { id: p.user, username: p.user.toLowerCase(), team_id: team },
    api_app_id: APP_ID,
    token: 'deprecated-verification-token',
    trigger_id: p.triggerId,
    view: viewPayload(p.view, team),
    response_urls: [],
    is_enterprise_install: false,
  });
}

export function viewClosed(p: {
  user: string;
  view: { id: string; hash: string; callbackId: string; privateMetadata: string; state: Json };
}): SlackRequest {
  return interaction({
    type: 'view_closed',
    team: { id: TEAM, domain: 'skate' },
    user: { id: p.user, username: p.user.toLowerCase(), team_id: TEAM },
    api_app_id: APP_ID,
    token: 'deprecated-verification-token',
    view: viewPayload(p.view, TEAM),
    is_cleared: false,
    is_enterprise_install: false,
  });
}

/** An Events API callback around `event`. */
export function eventCallback(event: Json, p: { eventId: string; eventTime: number; team?: string }): SlackRequest {
  const team = p.team ?? TEAM;
  return json({
    token: 'deprecated-verification-token',
    team_id: team,
    api_app_id: APP_ID,
    event,
    type: 'event_callback',
    event_id: p.eventId,
    event_time: Math.floor(p.eventTime),
    authorizations: [{ team_id: team, user_id: 'UBOTSKATE', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    event_context: `4-${p.eventId}`,
  });
}

export function appMention(p: { user: string; channel: string; text: string; ts: string; threadTs?: string }): Json {
  return {
    type: 'app_mention',
    user: p.user,
    text: p.text,
    ts: p.ts,
    channel: p.channel,
    event_ts: p.ts,
    ...(p.threadTs ? { thread_ts: p.threadTs } : {}),
  };
}

export function directMessage(p: { user: string; channel: string; text: string; ts: string }): Json {
  return {
    type: 'message',
    channel_type: 'im',
    user: p.user,
    text: p.text,
    ts: p.ts,
    channel: p.channel,
    event_ts: p.ts,
  };
}

export function appHomeOpened(p: { user: string; channel: string; tab?: 'home' | 'messages' }): Json {
  return {
    type: 'app_home_opened',
    user: p.user,
    channel: p.channel,
    tab: p.tab ?? 'home',
    event_ts: '1700000000.000100',
  };
}

export function urlVerification(challenge: string): SlackRequest {
  return json({ token: 'deprecated-verification-token', challenge, type: 'url_verification' });
}

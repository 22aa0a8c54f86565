/**
 * Builders for the activities Teams posts to `/api/messages`, from the
 * recorded-shape payloads in `test/fixtures/teams`: the fixture gives the
 * shape, the builder the user, conversation, ids and the connector's address.
 */
import { createHash } from 'node:crypto';
import conversationUpdateFixture from '../fixtures/teams/conversation-update-members-added.json';
import installationFixture from '../fixtures/teams/installation-update-add.json';
import invokeFixture from '../fixtures/teams/invoke-adaptive-card-action.json';
import channelFixture from '../fixtures/teams/message-channel-mention.json';
import personalFixture from '../fixtures/teams/message-personal.json';
import type { TeamsMember } from './mock-connector';

/** A Teams user: the ids Teams gives them and the email their member record carries. */
export interface TeamsUser {
  /** The Bot Framework id, `29:…`: what `from.id` and the members API use. */
  id: string;
  aadObjectId: string;
  name: string;
  email: string;
}

/** A team channel the bot is in. */
export interface TeamsChannel {
  teamId: string;
  channelId: string;
}

/** What a builder produces: a JSON activity as Teams sends it. */
export type TeamsActivity = Record<string, unknown> & { type: string; id: string; serviceUrl: string };

export const TENANT_ID = personalFixture.conversation.tenantId;
export const BOT = personalFixture.recipient;

/** The channel in the fixture; AU's channel in the tests. */
export const AU_CHANNEL: TeamsChannel = {
  teamId: channelFixture.channelData.team.id,
  channelId: channelFixture.channelData.channel.id,
};

const digest = (seed: string) => createHash('sha256').update(seed).digest('hex');

/** A user with stable ids derived from their email, so every test file sees the same ids. */
export function teamsUser(email: string, name: string): TeamsUser {
  const h = digest(email);
  const guid = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  return { id: `29:1${Buffer.from(h.slice(32, 56), 'hex').toString('base64url')}`, aadObjectId: guid, name, email };
}

/** The user's member record, as the connector's members API answers for them. */
export function memberOf(user: TeamsUser): TeamsMember {
  const [givenName = user.name, ...rest] = user.name.split(' ');
  return {
    id: user.id,
    name: user.name,
    aadObjectId: user.aadObjectId,
    email: user.email,
    userPrincipalName: user.email,
    givenName,
    surname: rest.join(' '),
    tenantId: TENANT_ID,
  };
}

/** The id of the user's one-to-one chat with the bot (`a:…`). */
export function personalConversationId(user: TeamsUser): string {
  return `a:1${Buffer.from(digest(`chat:${user.aadObjectId}`), 'hex').toString('base64url')}`;
}

let sequence = 0;

/** A fresh activity id: Teams message ids are epoch milliseconds, invoke and event ids `f:…`. */
export function nextActivityId(kind: 'message' | 'event' = 'message'): string {
  sequence += 1;
  return kind === 'message'
    ? String(1_795_341_600_000 + sequence)
    : `f:${4_811_296_758_209_000_000n + BigInt(sequence)}`;
}

const from = (user: TeamsUser) => ({ id: user.id, name: user.name, aadObjectId: user.aadObjectId });
const personalConversation = (user: TeamsUser) => ({
  ...personalFixture.conversation,
  id: personalConversationId(user),
});
const channelData = (channel: TeamsChannel) => ({
  ...channelFixture.channelData,
  teamsChannelId: channel.channelId,
  teamsTeamId: channel.teamId,
  channel: { id: channel.channelId },
  team: { id: channel.teamId },
});
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface Common {
  serviceUrl: string;
  user: TeamsUser;
  id?: string;
}

/** A message in the user's personal chat with the bot. */
export function personalMessage(o: Common & { text: string }): TeamsActivity {
  return {
    ...structuredClone(personalFixture),
    id: o.id ?? nextActivityId(),
    serviceUrl: o.serviceUrl,
    text: o.text,
    attachments: [{ contentType: 'text/html', content: `<p>${escapeHtml(o.text)}</p>` }],
    from: from(o.user),
    conversation: personalConversation(o.user),
  };
}

/** A new post in a team channel that @mentions the bot: `<at>Skate-boten</at> kanal au`. */
export function channelMention(o: Common & { text: string; channel?: TeamsChannel }): TeamsActivity {
  const channel = o.channel ?? AU_CHANNEL;
  const id = o.id ?? nextActivityId();
  const mention = `<at>${BOT.name}</at>`;
  return {
    ...structuredClone(channelFixture),
    id,
    serviceUrl: o.serviceUrl,
    text: `${mention} ${o.text}\n`,
    attachments: [
      {
        contentType: 'text/html',
        content: `<div><div><span itemscope="" itemtype="http://schema.skype.com/Mention" itemid="0">${BOT.name}</span> ${escapeHtml(o.text)}</div></div>`,
      },
    ],
    from: from(o.user),
    // A new post starts a thread: the conversation is the channel plus the post's own id.
    conversation: { ...channelFixture.conversation, id: `${channel.channelId};messageid=${id}` },
    channelData: channelData(channel),
  };
}

/**
 * A Universal Action (`Action.Execute`) pressed on a card: `adaptiveCard/action`
 * with the verb and the action's data merged with the card's inputs. `in` is
 * the personal chat, or a channel thread (the post's id as `messageId`).
 */
export function cardInvoke(
  o: Common & {
    verb: string;
    data: Record<string, unknown>;
    in?: { channel: TeamsChannel; messageId: string };
    replyToId?: string;
  },
): TeamsActivity {
  const base = structuredClone(invokeFixture);
  const thread = o.in;
  return {
    ...base,
    id: o.id ?? nextActivityId('event'),
    serviceUrl: o.serviceUrl,
    from: from(o.user),
    conversation: thread
      ? { ...channelFixture.conversation, id: `${thread.channel.channelId};messageid=${thread.messageId}` }
      : personalConversation(o.user),
    channelData: thread ? { ...channelData(thread.channel), source: { name: 'message' } } : base.channelData,
    replyToId: o.replyToId ?? thread?.messageId ?? base.replyToId,
    value: { ...base.value, action: { ...base.value.action, verb: o.verb, data: o.data } },
  };
}

/** The user added the app (personal scope). */
export function installationAdd(o: Common): TeamsActivity {
  return {
    ...structuredClone(installationFixture),
    id: o.id ?? nextActivityId('event'),
    serviceUrl: o.serviceUrl,
    from: { id: o.user.id, aadObjectId: o.user.aadObjectId },
    conversation: personalConversation(o.user),
  };
}

/** The bot was added to the user's personal chat (Teams sends this beside the installationUpdate). */
export function membersAdded(o: Common): TeamsActivity {
  return {
    ...structuredClone(conversationUpdateFixture),
    id: o.id ?? nextActivityId('event'),
    serviceUrl: o.serviceUrl,
    from: { id: o.user.id, aadObjectId: o.user.aadObjectId },
    conversation: personalConversation(o.user),
  };
}

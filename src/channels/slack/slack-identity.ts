import type { WebClient } from '@slack/web-api';
import type { AppContext } from '../../app/app-context';
import { type PlatformContact, recognisePerson } from '../../app/identity/recognise-person';
import type { Person } from '../../domain/model';

/** A Slack user as a request names them: the workspace (team) and the user id in it. */
export interface SlackUser {
  teamId: string;
  userId: string;
}

/**
 * The key a Slack identity is stored under: team and user, since a user id is unique only
 * within its workspace (Enterprise Grid and several workspaces share one bot and database).
 */
export function slackUserKey(user: SlackUser): string {
  return `${user.teamId}:${user.userId}`;
}

/** The Slack user id of a stored key (`T123:U456` → `U456`). */
export function slackUserIdOf(key: string): string {
  return key.slice(key.lastIndexOf(':') + 1);
}

/** Where the bot talks to someone or posts: a conversation in a workspace, serialised for storage. */
export interface SlackConversation {
  team: string;
  channel: string;
}

export function conversationReference(team: string, channel: string): string {
  return JSON.stringify({ team, channel } satisfies SlackConversation);
}

/** A stored conversation reference back; null when it is not one of ours. */
export function parseConversation(reference: string | null): SlackConversation | null {
  if (!reference) return null;
  try {
    const parsed = JSON.parse(reference) as Partial<SlackConversation>;
    return typeof parsed.channel === 'string' && parsed.channel !== ''
      ? { team: typeof parsed.team === 'string' ? parsed.team : '', channel: parsed.channel }
      : null;
  } catch {
    return null;
  }
}

/** Whether a conversation id is a direct message with the bot (Slack's ids start with D). */
export const isDirectMessage = (channel: string | undefined): boolean =>
  typeof channel === 'string' && channel.startsWith('D');

/**
 * The registered person behind a Slack user, linked by the email `users.info` gives (which
 * needs `users:read.email`) at first contact; their DM with the bot is remembered when the
 * request came from it. With `lookup: false` only people already linked are found, without
 * calling Slack: for what must be answered at once.
 */
export async function recogniseSlackUser(
  app: AppContext,
  client: WebClient,
  who: SlackUser & { dmChannel: string | null },
  now: Date,
  lookup = true,
): Promise<Person | null> {
  const contact: PlatformContact = {
    platform: 'slack',
    userId: slackUserKey(who),
    personalConversation: who.dmChannel ? conversationReference(who.teamId, who.dmChannel) : null,
  };
  return recognisePerson(app, contact, () => (lookup ? emailOf(client, who.userId) : Promise.resolve(null)), now);
}

/** The user's email from `users.info`; null when Slack does not give one (no scope, a bot, an error). */
async function emailOf(client: WebClient, userId: string): Promise<string | null> {
  try {
    const info = await client.users.info({ user: userId });
    const email = info.user?.profile?.email;
    return typeof email === 'string' && email !== '' && info.user?.deleted !== true ? email : null;
  } catch {
    return null;
  }
}

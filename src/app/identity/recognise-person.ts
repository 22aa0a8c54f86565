import type { Person, Platform } from '../../domain/model';
import type { Repositories } from '../../domain/ports';
import type { AppContext } from '../app-context';

/** Who wrote to the bot, as the channel knows them. */
export interface PlatformContact {
  platform: Platform;
  /** The platform's stable user key (Teams: the AAD object id; Slack: team id + user id). */
  userId: string;
  /**
   * The personal conversation with the bot the message came from, serialised by the channel;
   * null when it came from a channel or group chat.
   */
  personalConversation: string | null;
}

/**
 * The email address of the user from a trusted source: the platform's member lookup by the
 * authenticated user id (Teams `TeamsInfo.getMember`, Slack `users.info`). Null when the lookup
 * fails; never guessed from a display name.
 */
export type EmailLookup = () => Promise<string | null>;

/**
 * The registered person behind a platform user, linking them by email on first contact, and
 * remembering their personal conversation so the bot can reach them later. Null for strangers
 * and when the lookup fails: such a user stays unlinked (and `sjekk` shows them unreachable).
 */
export async function recognisePerson(
  app: AppContext,
  contact: PlatformContact,
  lookupEmail: EmailLookup,
  now: Date,
): Promise<Person | null> {
  const actor = `${contact.platform}:${contact.userId}`;
  // One read for who they are and what we know of their conversation: most messages need nothing more.
  const known = await app.uow.read(async (repos) => ({
    person: await repos.people.findByIdentity(contact.platform, contact.userId),
    ...(await conversationState(repos, contact)),
  }));
  let person = known.person;
  if (!person) {
    const email = (await lookupEmail())?.trim().toLowerCase() ?? '';
    if (email === '') return null;
    person = await app.uow.write({ actor, now }, async (repos) => {
      const found = await repos.people.get(email);
      if (!found) return null;
      await repos.people.linkIdentity(found.email, { platform: contact.platform, userId: contact.userId });
      return await repos.people.get(found.email);
    });
    if (!person) return null;
  }
  await rememberConversation(app, contact, known, now);
  return person;
}

/** How stale «last seen» may get before a message records it again: a write per message would cost. */
const SEEN_RESOLUTION_MS = 10 * 60_000;

interface ConversationState {
  /** The personal conversation stored for the user, if any. */
  stored: string | null;
  /** When they were last recorded as seen on the platform. */
  seen: string | null;
}

async function conversationState(repos: Repositories, contact: PlatformContact): Promise<ConversationState> {
  return {
    stored: await repos.directory.conversationOf(contact.platform, contact.userId),
    seen: await repos.directory.lastSeen(contact.platform, contact.userId),
  };
}

/**
 * Stores the personal conversation's reference when it is new or changed, and when the user was
 * last seen on this platform (a person on Teams and Slack is messaged where they were last seen):
 * one write, or none. `known` is what was read of both.
 */
async function rememberConversation(
  app: AppContext,
  contact: PlatformContact,
  known: ConversationState,
  now: Date,
): Promise<void> {
  const { platform, userId } = contact;
  const reference = contact.personalConversation;
  const newConversation = reference !== null && known.stored !== reference;
  const stale = known.seen === null || now.getTime() - Date.parse(known.seen) >= SEEN_RESOLUTION_MS;
  if (!newConversation && !stale) return;
  await app.uow.write({ actor: `${platform}:${userId}`, now }, async (repos) => {
    // Saving the conversation records the user as seen too.
    if (reference !== null && newConversation) await repos.directory.saveConversation(platform, userId, reference, now);
    else await repos.directory.recordSeen(platform, userId, now);
  });
}

/**
 * Remembers a personal conversation for a user who is already linked (an installation or a
 * conversation update, before any message): strangers' conversations are never stored.
 */
export async function rememberPersonalConversation(
  app: AppContext,
  contact: PlatformContact,
  now: Date,
): Promise<void> {
  const known = await app.uow.read(async (repos) => ({
    person: await repos.people.findByIdentity(contact.platform, contact.userId),
    ...(await conversationState(repos, contact)),
  }));
  if (known.person) await rememberConversation(app, contact, known, now);
}

import { type ConversationReference, TurnContext } from 'botbuilder';
import type { AppContext } from '../../app/app-context';
import { teamsUserId } from './identity';

/** The conversation reference of an activity, serialised for storage. */
export function referenceOf(context: TurnContext): ConversationReference {
  return TurnContext.getConversationReference(context.activity) as ConversationReference;
}

/** A channel's reference without the thread part (`;messageid=…`), so posts start new threads. */
export function channelReference(context: TurnContext): ConversationReference {
  const ref = referenceOf(context);
  const id = ref.conversation.id.split(';')[0] ?? ref.conversation.id;
  return { ...ref, conversation: { ...ref.conversation, id }, activityId: undefined };
}

/**
 * Remembers how to reach the user proactively: the reference of their personal
 * chat with the bot, stored at installation and at every personal message.
 * Only for registered people (call after `identify`): the dispatcher finds a
 * conversation through a linked identity only, so a stranger's is never used.
 */
export function rememberPersonalConversation(context: TurnContext, app: AppContext, now: Date): void {
  if (context.activity.conversation.conversationType !== 'personal') return;
  const userId = teamsUserId(context);
  const reference = JSON.stringify({ ...referenceOf(context), activityId: undefined });
  if (!app.uow.read((repos) => repos.people.findByIdentity('msteams', userId))) return;
  app.uow.write({ actor: `msteams:${userId}`, now }, (repos) => {
    if (repos.directory.conversationOf('msteams', userId) !== reference) {
      repos.directory.saveConversation('msteams', userId, reference, now);
    }
  });
}

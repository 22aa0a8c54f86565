import { type ConversationReference, TurnContext } from 'botbuilder';

/** The conversation reference of an activity, serialised by the callers for storage. */
export function referenceOf(context: TurnContext): ConversationReference {
  return TurnContext.getConversationReference(context.activity) as ConversationReference;
}

/** A channel's reference without the thread part (`;messageid=…`), so posts start new threads. */
export function channelReference(context: TurnContext): ConversationReference {
  const ref = referenceOf(context);
  const id = ref.conversation.id.split(';')[0] ?? ref.conversation.id;
  return { ...ref, conversation: { ...ref.conversation, id }, activityId: undefined };
}

import { type CloudAdapter, type ConversationReference, MessageFactory, type TurnContext } from 'botbuilder';
import type { RateLimitPolicy } from '../../app/dispatch/rate-limiter';
import type { DeliveryFailure } from '../../app/dispatch/retry-policy';
import { DeliveryError, type Messenger, type OutboundMessage, type Reachability } from '../../app/ports';
import type { MessageRef } from '../../domain/delivery';
import type { Person } from '../../domain/model';
import type { ViewData } from '../../views/message-view';
import { cardAttachment, renderCard } from './cards/render-card';
import { classifyTeamsError } from './teams-errors';
import { teamsLimits } from './teams-limits';

/**
 * The Teams transport of the cycle: proactive messages through the Bot
 * Framework connector (continueConversationAsync on stored references), posts
 * and thread replies in channels, and updates in place. It carries Teams'
 * rate limits and classifies the connector's errors (teams-errors.ts) for the
 * dispatcher, which alone retries; botbuilder itself does not retry a failed
 * send (teams-adapter.ts removes its retry policy).
 */
export class TeamsMessenger implements Messenger {
  readonly platform = 'msteams' as const;
  readonly limits: RateLimitPolicy;

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    globalRequestsPerSecond: number,
    private readonly refreshUserIds: () => Promise<string[]> = async () => [],
  ) {
    this.limits = teamsLimits(globalRequestsPerSecond);
  }

  cost(): number {
    // Only stored conversations are used: no message needs a conversation created first.
    return 1;
  }

  async deliver(message: OutboundMessage): Promise<MessageRef> {
    const d = message.destination;
    let reference: Partial<ConversationReference>;
    switch (d.kind) {
      case 'person':
        if (!d.conversation) throw permanent(d.userId ? 'no-conversation' : 'no-identity');
        reference = JSON.parse(d.conversation) as ConversationReference;
        break;
      case 'channel':
        if (!d.binding) throw permanent('channel-not-bound');
        reference = JSON.parse(d.binding) as ConversationReference;
        break;
      case 'thread':
      case 'update': {
        const parent = d.kind === 'thread' ? d.parent : d.target;
        reference = JSON.parse(parent.extra.reference ?? '{}') as ConversationReference;
        if (d.kind === 'thread') {
          const base = reference.conversation?.id.split(';')[0] ?? '';
          reference = {
            ...reference,
            conversation: {
              ...reference.conversation,
              id: `${base};messageid=${parent.messageId}`,
            } as ConversationReference['conversation'],
          };
        }
        break;
      }
    }
    const card = renderCard(
      message.view,
      message.view.kind === 'review-item' ? await this.refreshFor(message.view.data) : undefined,
    );
    const activity = MessageFactory.attachment(cardAttachment(card));
    activity.summary = message.view.summary;
    let messageId = '';
    // Errors go to the dispatcher as thrown; it asks `classify` what they mean.
    await this.adapter.continueConversationAsync(this.appId, reference, async (context: TurnContext) => {
      if (d.kind === 'update') {
        await context.updateActivity({ ...activity, id: d.target.messageId });
        messageId = d.target.messageId;
      } else {
        const sent = await context.sendActivity(activity);
        messageId = sent?.id ?? '';
      }
    });
    return {
      platform: 'msteams',
      conversationId: reference.conversation?.id ?? '',
      messageId,
      extra: { reference: JSON.stringify(reference) },
    };
  }

  classify(error: unknown): DeliveryFailure {
    return classifyTeamsError(error, Date.now());
  }

  async reachability(_person: Person, userId: string | null, conversation: string | null): Promise<Reachability> {
    if (!userId) return { reachable: false, reason: 'no-identity' };
    if (!conversation) return { reachable: false, reason: 'no-conversation' };
    return { reachable: true };
  }

  /** AU members' cards refresh to show their own vote (Universal Actions, `refresh.userIds`). */
  private async refreshFor(data: ViewData) {
    return {
      refresh: {
        verb: 'review.open',
        data: { roundId: data.roundId ?? '', initiativeId: data.initiativeId ?? '' },
        userIds: await this.refreshUserIds(),
      },
    };
  }
}

function permanent(reason: string): DeliveryError {
  return new DeliveryError({ kind: 'permanent', reason });
}

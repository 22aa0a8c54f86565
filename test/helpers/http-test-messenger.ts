/**
 * A Messenger for integration tests that delivers over real HTTP to the
 * loopback {@link DeliveryCounterServer}: like the local transport it needs no
 * identities and has no rate limits, but a delivery is a network request that
 * a crash can interrupt at any point.
 */
import { classifyHttpFailure, classifyUnknownFailure, type DeliveryFailure } from '../../src/app/dispatch/retry-policy';
import { DeliveryError, type Messenger, type OutboundMessage, type Reachability } from '../../src/app/ports';
import { describeDestination } from '../../src/channels/local/local-messenger';
import type { MessageRef } from '../../src/domain/delivery';
import type { DeliveryRequest } from './delivery-counter-server';
import { postDelivery } from './post-delivery';

const REQUEST_TIMEOUT_MS = 10_000;

export class HttpTestMessenger implements Messenger {
  readonly platform = 'local' as const;
  readonly limits = { global: [], perConversation: [] };

  /** `sender` is written into every request, so the server can tell which engine delivered. */
  constructor(
    private readonly url: string,
    private readonly sender: string,
  ) {}

  cost(): number {
    return 1;
  }

  async deliver(message: OutboundMessage): Promise<MessageRef> {
    const destination = describeDestination(message);
    const request: DeliveryRequest = {
      dedupeKey: message.dedupeKey,
      destination,
      title: message.view.title,
      sender: this.sender,
    };
    const body = await postDelivery(this.url, request, { timeoutMs: REQUEST_TIMEOUT_MS });
    const messageId = body.messageId;
    if (typeof messageId !== 'string') {
      throw new DeliveryError(classifyHttpFailure(200, null, 'invalid_response', Date.now()));
    }
    const d = message.destination;
    const conversationId =
      d.kind === 'thread' ? d.parent.conversationId : d.kind === 'update' ? d.target.conversationId : destination;
    return { platform: 'local', conversationId, messageId, extra: {} };
  }

  classify(error: unknown): DeliveryFailure {
    return classifyUnknownFailure(error);
  }

  async reachability(): Promise<Reachability> {
    return { reachable: true };
  }
}

import type { AppContext } from '../../app/app-context';
import { recordLocalDelivery } from '../../app/dispatch/local-deliveries';
import type { RateLimitPolicy } from '../../app/dispatch/rate-limiter';
import { classifyUnknownFailure, type DeliveryFailure } from '../../app/dispatch/retry-policy';
import type { Messenger, OutboundMessage, Reachability } from '../../app/ports';
import type { MessageRef } from '../../domain/delivery';
import { viewAsText } from '../../views/message-view';

/** Where a delivery went, as one readable word. */
export function describeDestination(message: OutboundMessage): string {
  const d = message.destination;
  switch (d.kind) {
    case 'person':
      return d.person.email;
    case 'channel':
      return `#${d.channel}`;
    case 'thread':
      return `thread:${d.parent.messageId}`;
    case 'update':
      return `update:${d.target.messageId}`;
  }
}

/**
 * The transport for development and tests: every message is written to the log
 * and to the `local_deliveries` table (`npm run cli -- outbox`), so the whole
 * cycle can be watched without Teams or Slack. It has no rate limits and
 * reaches everyone who is registered; configured beside a platform, it stands
 * in for platforms that are not (see Messengers).
 */
export class LocalMessenger implements Messenger {
  readonly platform = 'local' as const;
  readonly limits: RateLimitPolicy = { global: [], perConversation: [] };

  constructor(
    private readonly app: AppContext,
    private readonly now: () => Date,
    private readonly log: (entry: { to: string; title: string; text: string }) => void = () => undefined,
  ) {}

  cost(): number {
    return 1;
  }

  async deliver(message: OutboundMessage): Promise<MessageRef> {
    const destination = describeDestination(message);
    const text = viewAsText(message.view);
    const at = this.now();
    const delivery = { dedupeKey: message.dedupeKey, destination, operation: message.destination.kind, text };
    const seq = await recordLocalDelivery(this.app, delivery, at);
    this.log({ to: destination, title: message.view.title, text });
    const conversationId =
      message.destination.kind === 'thread'
        ? message.destination.parent.conversationId
        : message.destination.kind === 'update'
          ? message.destination.target.conversationId
          : destination;
    const messageId = message.destination.kind === 'update' ? message.destination.target.messageId : String(seq);
    return { platform: 'local', conversationId, messageId, extra: {} };
  }

  /** Only the database can fail here, and a write that failed once may well succeed the next time. */
  classify(error: unknown): DeliveryFailure {
    return classifyUnknownFailure(error);
  }

  async reachability(): Promise<Reachability> {
    return { reachable: true };
  }
}

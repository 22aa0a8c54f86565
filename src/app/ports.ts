import type { ChannelName, MessageRef } from '../domain/delivery';
import type { Person } from '../domain/model';
import type { MessageView } from '../views/message-view';
import type { RateLimitPolicy } from './dispatch/rate-limiter';
import type { DeliveryFailure } from './dispatch/retry-policy';

/** A destination with what the platform needs to reach it, looked up by the dispatcher. */
export type ResolvedDestination =
  | { kind: 'person'; person: Person; userId: string | null; conversation: string | null }
  | { kind: 'channel'; channel: ChannelName; binding: string | null }
  | { kind: 'thread'; parent: MessageRef }
  | { kind: 'update'; target: MessageRef };

export interface OutboundMessage {
  dedupeKey: string;
  destination: ResolvedDestination;
  view: MessageView;
}

export type Reachability =
  | { reachable: true }
  | { reachable: false; reason: 'no-identity' | 'no-conversation' | 'transport'; detail?: string };

/**
 * The outbound port a channel implements: send a direct message, post to a
 * channel, reply in a thread, update a message in place (by the destination's
 * kind), taking channel-neutral views and returning the platform's reference.
 * Failures are thrown as DeliveryError; only the dispatcher retries.
 */
export interface Messenger {
  /** The platform whose identities and conversations it uses; `local` needs none. */
  readonly platform: 'msteams' | 'slack' | 'local';
  readonly limits: RateLimitPolicy;
  /** Requests a delivery costs against the rate limits: 2 when a conversation must be created first. */
  cost(message: OutboundMessage): number;
  deliver(message: OutboundMessage): Promise<MessageRef>;
  /** Whether a person can be reached, before anything is sent (the pre-flight check). */
  reachability(person: Person, userId: string | null, conversation: string | null): Promise<Reachability>;
}

/** A failed delivery, classified so the dispatcher knows whether and when to retry. */
export class DeliveryError extends Error {
  constructor(readonly failure: DeliveryFailure) {
    super(failure.kind === 'permanent' || failure.kind === 'transient' ? failure.reason : 'rate limited');
    this.name = 'DeliveryError';
  }
}

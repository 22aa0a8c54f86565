import type { ChannelName, MessageRef } from '../domain/delivery';
import type { Person, Platform } from '../domain/model';
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
 * It owns its platform's numbers: the rate limits the dispatcher keeps to, and
 * what the platform's errors mean. Only the dispatcher retries.
 */
export interface Messenger {
  /** The platform whose identities and conversations it uses; `local` needs none and reaches everyone. */
  readonly platform: Platform | 'local';
  /** The platform's published limits, kept by one rate limiter per Messenger. */
  readonly limits: RateLimitPolicy;
  /** Requests a delivery costs against the rate limits: 2 when a conversation must be created first. */
  cost(message: OutboundMessage): number;
  /**
   * Sends, or throws: a DeliveryError when the Messenger itself knows why (no
   * stored conversation), anything else as the platform's SDK threw it, for
   * {@link Messenger.classify}.
   */
  deliver(message: OutboundMessage): Promise<MessageRef>;
  /** What a failed delivery means, in the dispatcher's terms: wait, retry with back-off, or give up. */
  classify(error: unknown): DeliveryFailure;
  /** Whether a person can be reached, before anything is sent (the pre-flight check). */
  reachability(person: Person, userId: string | null, conversation: string | null): Promise<Reachability>;
}

/**
 * One platform in a deployment: the HTTP routes its inbound traffic arrives on and
 * the Messenger the dispatcher sends through. The composition root builds one per
 * configured platform; all of them share one database, one outbox and one
 * dispatcher. `Route` is the HTTP layer's handler type, opaque to the use cases.
 */
export interface ChannelAdapter<Route = unknown> {
  readonly platform: Platform;
  readonly routes: readonly Route[];
  readonly messenger: Messenger;
}

/** A failed delivery, classified so the dispatcher knows whether and when to retry. */
export class DeliveryError extends Error {
  constructor(readonly failure: DeliveryFailure) {
    super(failure.kind === 'permanent' || failure.kind === 'transient' ? failure.reason : 'rate limited');
    this.name = 'DeliveryError';
  }
}

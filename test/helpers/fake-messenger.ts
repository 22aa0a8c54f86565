/**
 * A Messenger for dispatcher tests: records each delivery with the fake clock's
 * time, takes as long as told, and fails as scripted per dedupe key or by a
 * standing rule; otherwise it returns a MessageRef naming the key.
 */
import type { RateLimitPolicy } from '../../src/app/dispatch/rate-limiter';
import { classifyUnknownFailure, type DeliveryFailure } from '../../src/app/dispatch/retry-policy';
import { DeliveryError, type Messenger, type OutboundMessage, type Reachability } from '../../src/app/ports';
import type { MessageRef } from '../../src/domain/delivery';
import type { Platform } from '../../src/domain/model';
import type { MessageView } from '../../src/views/message-view';
import type { FakeClock } from './fake-clock';

const NO_LIMITS: RateLimitPolicy = { global: [], perConversation: [] };

export interface FakeDelivery {
  key: string;
  /** Epoch milliseconds on the fake clock when the delivery began. */
  at: number;
  message: OutboundMessage;
}

export class FakeMessenger implements Messenger {
  readonly deliveries: FakeDelivery[] = [];
  /** A standing rule, consulted after the per-key script. */
  failWhen: (message: OutboundMessage) => DeliveryFailure | null = () => null;
  /** How long each delivery takes on the fake clock (the request's round trip). */
  latencyOf: (key: string) => number = () => 0;
  private readonly scripts = new Map<string, DeliveryFailure[]>();

  constructor(
    private readonly clock: FakeClock,
    readonly limits: RateLimitPolicy = NO_LIMITS,
    /** `local` reaches everyone; a platform's fake is routed to by identities, bindings and parents. */
    readonly platform: Platform | 'local' = 'local',
  ) {}

  /** The next deliveries of `key` fail with these failures, in order; then it succeeds. */
  script(key: string, ...failures: DeliveryFailure[]): void {
    this.scripts.set(key, failures);
  }

  cost(): number {
    return 1;
  }

  async deliver(message: OutboundMessage): Promise<MessageRef> {
    this.deliveries.push({ key: message.dedupeKey, at: this.clock.now().getTime(), message });
    this.clock.advance(this.latencyOf(message.dedupeKey));
    const failure = this.scripts.get(message.dedupeKey)?.shift() ?? this.failWhen(message);
    if (failure) throw new DeliveryError(failure);
    return { platform: this.platform, conversationId: 'c', messageId: `m-${message.dedupeKey}`, extra: { n: 'x' } };
  }

  classify(error: unknown): DeliveryFailure {
    return classifyUnknownFailure(error);
  }

  async reachability(): Promise<Reachability> {
    return { reachable: true };
  }

  keys(): string[] {
    return this.deliveries.map((d) => d.key);
  }

  /** When `key` was delivered, in milliseconds after `origin`. */
  timesOf(key: string, origin: number): number[] {
    return this.deliveries.filter((d) => d.key === key).map((d) => d.at - origin);
  }
}

/** A minimal view: the dispatcher reads only its kind and title. */
export function aMessageView(title: string): MessageView {
  return {
    kind: 'reminder',
    locale: 'nb',
    title,
    summary: title,
    paragraphs: [],
    facts: [],
    items: [],
    actions: [],
    data: {},
  };
}

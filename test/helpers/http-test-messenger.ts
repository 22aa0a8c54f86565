/**
 * A Messenger for integration tests that delivers over real HTTP to the
 * loopback {@link DeliveryCounterServer}: like the local transport it needs no
 * identities and has no rate limits, but a delivery is a network request that
 * a crash can interrupt at any point.
 */
import { classifyHttpFailure } from '../../src/app/dispatch/retry-policy';
import { DeliveryError, type Messenger, type OutboundMessage, type Reachability } from '../../src/app/ports';
import { describeDestination } from '../../src/channels/local/local-messenger';
import type { MessageRef } from '../../src/domain/delivery';
import type { DeliveryRequest } from './delivery-counter-server';

const REQUEST_TIMEOUT_MS = 10_000;

/** The platform's error code in an error body such as `{"error":"channel_not_found"}`, if any. */
async function errorCode(response: Response): Promise<string | null> {
  try {
    const body: unknown = await response.json();
    if (typeof body === 'object' && body !== null) {
      const code = (body as Record<string, unknown>).error;
      if (typeof code === 'string') return code;
    }
  } catch {
    // Not JSON: the status alone classifies it.
  }
  return null;
}

/** The socket error code (ECONNREFUSED…) behind a failed fetch, if any. */
function networkCode(error: unknown): string | null {
  const cause = error instanceof Error ? (error as Error & { cause?: unknown }).cause : undefined;
  if (typeof cause === 'object' && cause !== null) {
    const code = (cause as Record<string, unknown>).code;
    if (typeof code === 'string') return code;
  }
  if (error instanceof Error && error.name === 'TimeoutError') return 'ETIMEDOUT';
  return null;
}

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
    let response: Response;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      throw new DeliveryError(classifyHttpFailure(null, null, networkCode(error), Date.now()));
    }
    if (!response.ok) {
      const code = await errorCode(response);
      throw new DeliveryError(
        classifyHttpFailure(response.status, response.headers.get('retry-after'), code, Date.now()),
      );
    }
    const body: unknown = await response.json();
    const messageId =
      typeof body === 'object' && body !== null ? (body as Record<string, unknown>).messageId : undefined;
    if (typeof messageId !== 'string') {
      throw new DeliveryError(classifyHttpFailure(response.status, null, 'invalid_response', Date.now()));
    }
    const d = message.destination;
    const conversationId =
      d.kind === 'thread' ? d.parent.conversationId : d.kind === 'update' ? d.target.conversationId : destination;
    return { platform: 'local', conversationId, messageId, extra: {} };
  }

  async reachability(): Promise<Reachability> {
    return { reachable: true };
  }
}

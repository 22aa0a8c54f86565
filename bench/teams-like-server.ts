/**
 * A loopback stand-in for the Teams "send to conversation" endpoint that
 * enforces Teams' published rate limits itself, the way the real service
 * would: a request that would exceed the per-app global window or its
 * conversation's windows is answered 429 with Retry-After, and does not count.
 * The check is the same sliding-log RateLimiter the dispatcher uses, fed with
 * the server's own arrival times.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RateLimiter, type RateLimitPolicy } from '../src/app/dispatch/rate-limiter';

/** What the bench's messenger posts. */
export interface SendRequest {
  conversation: string;
  dedupeKey: string;
}

export interface TeamsLikeServer {
  url: string;
  /** Requests answered 429. */
  throttled: number;
  /** Accepted deliveries per dedupe key. */
  accepted: Map<string, number>;
  /** Server arrival time (Date.now()) of each accepted request, in order. */
  acceptedAt: number[];
  close(): Promise<void>;
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function asSendRequest(value: unknown): SendRequest | null {
  if (typeof value !== 'object' || value === null) return null;
  const { conversation, dedupeKey } = value as Record<string, unknown>;
  return typeof conversation === 'string' && typeof dedupeKey === 'string' ? { conversation, dedupeKey } : null;
}

/** Starts the server on 127.0.0.1 on a free port, enforcing `limits`. */
export async function startTeamsLikeServer(limits: RateLimitPolicy): Promise<TeamsLikeServer> {
  const limiter = new RateLimiter(limits);
  const state: Omit<TeamsLikeServer, 'url' | 'close'> = { throttled: 0, accepted: new Map(), acceptedAt: [] };

  const server = createServer((request, response) => {
    const reply = (status: number, body: object, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(JSON.stringify(body));
    };
    readJson(request)
      .then((json) => {
        const send = asSendRequest(json);
        if (!send) return reply(400, { error: { code: 'BadArgument' } });
        // Arrival time, taken after the body is read: the latest moment the service could count it.
        const now = Date.now();
        const wait = limiter.delayFor(send.conversation, now);
        if (wait > 0) {
          state.throttled += 1;
          // Whole seconds, rounded up, as services send it.
          return reply(429, { error: { code: 'Throttled' } }, { 'retry-after': String(Math.ceil(wait / 1_000)) });
        }
        limiter.record(send.conversation, now);
        state.accepted.set(send.dedupeKey, (state.accepted.get(send.dedupeKey) ?? 0) + 1);
        state.acceptedAt.push(now);
        return reply(201, { id: `activity-${state.acceptedAt.length}` });
      })
      .catch(() => reply(400, { error: { code: 'BadArgument' } }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/v3/conversations/activities`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  });
}

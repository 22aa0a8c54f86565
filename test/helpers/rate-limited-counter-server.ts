/**
 * A loopback platform for the replica tests: counts deliveries like
 * delivery-counter-server.ts, and enforces a rate-limit policy the way Teams
 * does (teams-like-server.ts in bench/): a request that would exceed a window
 * is answered 429 with Retry-After and does not count as delivered. Every
 * request that arrives, accepted or not, is recorded with its arrival time and
 * sender, so a test can measure the send rate the whole deployment produced.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RateLimiter, type RateLimitPolicy } from '../../src/app/dispatch/rate-limiter';

/** What the replicas' loopback messenger posts. */
export interface PlatformRequest {
  dedupeKey: string;
  /** The conversation the message goes to (the per-conversation windows). */
  conversation: string;
  /** The lease owner of the replica that sent it. */
  sender: string;
}

export interface RecordedRequest extends PlatformRequest {
  /** Order of arrival, from 1. */
  seq: number;
  /** Arrival (Date.now()) once the body was in: the latest moment a platform could count it. */
  at: number;
  /** False: answered 429. */
  accepted: boolean;
}

function isPlatformRequest(value: unknown): value is PlatformRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['dedupeKey', 'conversation', 'sender'].every((k) => typeof v[k] === 'string');
}

/**
 * The most timestamps in any window (t − windowMs, t] (the RateLimiter's sliding
 * window: a request exactly windowMs after another no longer shares its window),
 * with where that window ends.
 */
export function maxInWindow(times: readonly number[], windowMs: number): { count: number; endsAt: number | null } {
  const sorted = [...times].sort((a, b) => a - b);
  let best = { count: 0, endsAt: null as number | null };
  let first = 0;
  for (let last = 0; last < sorted.length; last++) {
    const end = sorted[last] as number;
    while ((sorted[first] as number) <= end - windowMs) first++;
    const count = last - first + 1;
    if (count > best.count) best = { count, endsAt: end };
  }
  return best;
}

export class RateLimitedCounterServer {
  /** Every request that arrived, in order. */
  readonly requests: RecordedRequest[] = [];

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  /** Listens on 127.0.0.1 on a free port, enforcing `policy` on the arrival times it sees. */
  static async start(policy: RateLimitPolicy): Promise<RateLimitedCounterServer> {
    const limiter = new RateLimiter(policy);
    let self: RateLimitedCounterServer | null = null;
    const server = createServer((req, res) => self?.handle(req, res, limiter));
    server.keepAliveTimeout = 5_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    self = new RateLimitedCounterServer(server, `http://127.0.0.1:${port}/v3/conversations/activities`);
    return self;
  }

  /** The accepted requests: the deliveries. */
  get deliveries(): RecordedRequest[] {
    return this.requests.filter((r) => r.accepted);
  }

  get throttled(): number {
    return this.requests.filter((r) => !r.accepted).length;
  }

  /** How many times each dedupe key was delivered. */
  countsByKey(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const d of this.deliveries) counts.set(d.dedupeKey, (counts.get(d.dedupeKey) ?? 0) + 1);
    return counts;
  }

  /** The deliveries of one key, in order of arrival. */
  deliveriesOf(dedupeKey: string): RecordedRequest[] {
    return this.deliveries.filter((d) => d.dedupeKey === dedupeKey);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse, limiter: RateLimiter): void {
    const reply = (status: number, body: object, headers: Record<string, string> = {}) => {
      if (res.destroyed) return;
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    };
    if (req.method !== 'POST') {
      reply(404, { error: { code: 'NotFound' } });
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    // An aborted request (its sender killed mid-body) never reaches 'end' and is not recorded.
    req.on('end', () => {
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = null;
      }
      if (!isPlatformRequest(body)) return reply(400, { error: { code: 'BadArgument' } });
      const at = Date.now();
      const wait = limiter.delayFor(body.conversation, at);
      const seq = this.requests.length + 1;
      this.requests.push({ ...body, seq, at, accepted: wait === 0 });
      if (wait > 0) {
        // Whole seconds, rounded up, as services send it.
        return reply(429, { error: { code: 'Throttled' } }, { 'retry-after': String(Math.ceil(wait / 1_000)) });
      }
      limiter.record(body.conversation, at);
      return reply(201, { id: `activity-${seq}` });
    });
  }
}

/**
 * A loopback HTTP endpoint that fails like a busy chat platform: a seeded
 * pseudo-random share of requests is answered 429 with Retry-After, or 500,
 * 502, 503 or 504; the rest are accepted. The answer to the n-th request for a
 * dedupe key depends only on the seed, the key and n, not on timing, so a run
 * is reproducible. It records every request, so a test can check what arrived
 * when, and counts accepted deliveries per dedupe key.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FlakyServerOptions {
  /** Seeds the pseudo-random answers. */
  seed: number;
  /** Share of requests answered 429 (0–1). */
  rateLimited: number;
  /** Share of requests answered 500, 502, 503 or 504 (0–1). */
  serverErrors: number;
  /** The Retry-After header of a 429, in seconds. Default 1. */
  retryAfterSeconds?: number;
}

/** One request as the server saw it; `at` is the server's Date.now() on arrival. */
export interface FlakyRequest {
  key: string;
  at: number;
  status: number;
}

/** The request body the server expects. */
export interface FlakyDelivery {
  dedupeKey: string;
}

export interface FlakyServer {
  url: string;
  requests: FlakyRequest[];
  /** How many times each dedupe key was accepted (answered 200). */
  accepted(): Map<string, number>;
  close(): Promise<void>;
}

/** mulberry32: a tiny, well-mixed 32-bit PRNG; deterministic for a seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SERVER_ERRORS = [500, 502, 503, 504] as const;

/** FNV-1a over the text, mixed with the seed: one PRNG stream per (seed, key, request number). */
function streamFor(seed: number, key: string, n: number): () => number {
  let hash = 0x811c9dc5 ^ seed;
  for (const char of `${key}#${n}`) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193);
  return seededRandom(hash);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseDelivery(body: string): FlakyDelivery | null {
  try {
    const value: unknown = JSON.parse(body);
    if (typeof value !== 'object' || value === null) return null;
    const key = (value as Record<string, unknown>).dedupeKey;
    return typeof key === 'string' ? { dedupeKey: key } : null;
  } catch {
    return null;
  }
}

/** Starts the server on 127.0.0.1 on a free port. */
export async function startFlakyServer(options: FlakyServerOptions): Promise<FlakyServer> {
  const retryAfter = String(options.retryAfterSeconds ?? 1);
  const requests: FlakyRequest[] = [];
  let accepted = 0;

  const answer = (response: ServerResponse, status: number, body: object, headers: Record<string, string> = {}) => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(body));
  };

  const server = createServer((request, response) => {
    const at = Date.now();
    readBody(request)
      .then((body) => {
        const delivery = request.method === 'POST' ? parseDelivery(body) : null;
        if (!delivery) return answer(response, 400, { error: 'bad request' });
        const n = requests.filter((r) => r.key === delivery.dedupeKey).length;
        const random = streamFor(options.seed, delivery.dedupeKey, n);
        const draw = random();
        if (draw < options.rateLimited) {
          requests.push({ key: delivery.dedupeKey, at, status: 429 });
          return answer(response, 429, { error: 'Throttled' }, { 'retry-after': retryAfter });
        }
        if (draw < options.rateLimited + options.serverErrors) {
          const status = SERVER_ERRORS[Math.floor(random() * SERVER_ERRORS.length)] ?? 500;
          requests.push({ key: delivery.dedupeKey, at, status });
          return answer(response, status, { error: 'ServiceError' });
        }
        requests.push({ key: delivery.dedupeKey, at, status: 200 });
        accepted += 1;
        return answer(response, 200, { id: `msg-${accepted}` });
      })
      .catch(() => answer(response, 500, { error: 'ServiceError' }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/deliver`,
    requests,
    accepted() {
      const counts = new Map<string, number>();
      for (const r of requests) if (r.status === 200) counts.set(r.key, (counts.get(r.key) ?? 0) + 1);
      return counts;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

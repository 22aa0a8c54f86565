/**
 * A loopback stand-in for Slack's Web API, response URLs and file uploads, answering like Slack:
 * HTTP 200 with `ok:false` and Slack's error code for failures, HTTP 429 with `Retry-After` and
 * `ratelimited` when a limit is exceeded (only when asked to enforce limits), and the shapes the
 * Web API client reads. It records every call and keeps what was posted, so a test can see
 * what a person would see and check that updates happened in place.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RateLimiter, type RateWindow } from '../../src/app/dispatch/rate-limiter';
import { answerMethod } from './slack-double-methods';
import { DoubleState, type DoubleUser, type Json } from './slack-double-state';

export const BOT_TOKEN = 'xoxb-skate-test-token';
export const BOT_USER = 'UBOTSKATE';

/** A call the bot made, in arrival order. */
export interface DoubleCall {
  method: string;
  args: Json;
  at: number;
  /** For `response_url`: the URL posted to. */
  url?: string;
}

/** Slack's limits, as the double enforces them when asked (the bench). */
export interface EnforcedLimits {
  postPerChannel: RateWindow;
  postWorkspace: RateWindow;
  tiers: Record<string, RateWindow>;
}

interface Failure {
  error?: string;
  status?: number;
  retryAfter?: number;
  times: number;
}

export class SlackApiDouble {
  readonly state = new DoubleState();
  readonly calls: DoubleCall[] = [];
  /** Requests answered 429. */
  throttled = 0;
  private readonly failures = new Map<string, Failure>();
  private limiters: { post: RateLimiter; tiers: Map<string, RateLimiter> } | null = null;
  private server: Server | null = null;
  url = '';
  /** What apps.connections.open answers (Socket Mode tests). */
  socketUrl = '';

  /** Starts on 127.0.0.1, port 0. */
  static async start(users: DoubleUser[] = [], limits: EnforcedLimits | null = null): Promise<SlackApiDouble> {
    const double = new SlackApiDouble();
    for (const u of users) {
      if (double.state.users.has(u.id)) double.state.otherTeams.set(`${u.teamId}:${u.id}`, u);
      else double.state.users.set(u.id, u);
    }
    if (limits) {
      double.limiters = {
        post: new RateLimiter({ global: [limits.postWorkspace], perConversation: [limits.postPerChannel] }),
        tiers: new Map(
          Object.entries(limits.tiers).map(([m, w]) => [m, new RateLimiter({ global: [w], perConversation: [] })]),
        ),
      };
    }
    double.server = createServer((req, res) => {
      void double.handle(req).then(
        ({ status, body, headers }) => {
          res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
          res.end(typeof body === 'string' ? body : JSON.stringify(body));
        },
        () => res.writeHead(500).end(),
      );
    });
    await new Promise<void>((resolve) => double.server?.listen(0, '127.0.0.1', () => resolve()));
    double.url = `http://127.0.0.1:${(double.server.address() as AddressInfo).port}`;
    return double;
  }

  /** The Web API base URL to configure (`SLACK_API_URL`). */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** A response URL that records what is posted to it. */
  responseUrl(id: string): string {
    return `${this.url}/response/${id}`;
  }

  /** The next `times` calls to `method` fail with Slack's `error` (or an HTTP status, or a 429 with Retry-After). */
  failNext(method: string, failure: Omit<Failure, 'times'> & { times?: number }): void {
    this.failures.set(method, { times: 1, ...failure });
  }

  callsTo(method: string): DoubleCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Waits until `predicate` holds (polling), or fails after `timeoutMs`. */
  async waitFor<T>(
    predicate: () => T | undefined | null | false | Promise<T | undefined | null | false>,
    timeoutMs = 5_000,
    what = 'a Slack call',
  ): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = await predicate();
      if (value) return value;
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(
    req: IncomingMessage,
  ): Promise<{ status: number; body: unknown; headers?: Record<string, string> }> {
    const raw = await readBody(req);
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (path.startsWith('/upload/')) {
      const file = this.state.files.find((f) => f.id === path.slice('/upload/'.length));
      if (file) file.bytes = raw.length;
      return { status: 200, body: 'OK' };
    }
    const args = parseArgs(req.headers['content-type'], raw);
    if (path.startsWith('/response/')) {
      this.calls.push({ method: 'response_url', args, at: Date.now(), url: `${this.url}${path}` });
      this.state.responses.push({ url: `${this.url}${path}`, body: args });
      return { status: 200, body: 'ok' };
    }
    const method = path.replace(/^\/api\//, '');
    const now = Date.now();
    const limited = this.limitFor(method, args, now);
    if (limited > 0) {
      this.throttled += 1;
      const seconds = String(Math.ceil(limited / 1_000));
      return { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': seconds } };
    }
    this.calls.push({ method, args, at: now });
    const failure = this.failures.get(method);
    if (failure) {
      failure.times -= 1;
      if (failure.times <= 0) this.failures.delete(method);
      if (failure.retryAfter !== undefined) {
        return {
          status: 429,
          body: { ok: false, error: 'ratelimited' },
          headers: { 'retry-after': String(failure.retryAfter) },
        };
      }
      return { status: failure.status ?? 200, body: { ok: false, error: failure.error ?? 'internal_error' } };
    }
    const authorised = req.headers.authorization === `Bearer ${BOT_TOKEN}` || method === 'apps.connections.open';
    if (!authorised) return { status: 200, body: { ok: false, error: 'invalid_auth' } };
    return { status: 200, body: answerMethod(this, method, args) };
  }

  /** Milliseconds the caller must wait under the enforced limits (0: allowed, and counted). */
  private limitFor(method: string, args: Json, now: number): number {
    if (!this.limiters) return 0;
    if (method === 'chat.postMessage') {
      const channel = String(args.channel ?? '');
      const wait = this.limiters.post.delayFor(channel, now);
      if (wait === 0) this.limiters.post.record(channel, now);
      return wait;
    }
    const tier = this.limiters.tiers.get(method);
    if (!tier) return 0;
    const wait = tier.delayFor(method, now);
    if (wait === 0) tier.record(method, now);
    return wait;
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The call's arguments: JSON, or form fields with the JSON-valued ones (blocks, view, files) parsed. */
function parseArgs(contentType: string | undefined, raw: Buffer): Json {
  const type = (contentType ?? '').split(';')[0]?.trim();
  if (type === 'application/json') return JSON.parse(raw.toString('utf8') || '{}') as Json;
  if (type !== 'application/x-www-form-urlencoded') return {};
  const out: Json = {};
  for (const [k, v] of new URLSearchParams(raw.toString('utf8'))) {
    out[k] = /^[[{]/.test(v) ? safeJson(v) : v;
  }
  return out;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

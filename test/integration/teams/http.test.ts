/**
 * The HTTP surface around the Teams endpoint, on the real server: health and
 * readiness probes, and what `/api/messages` answers to requests that are not
 * activities. None of these reaches the bot or writes anything.
 */
import { Agent, request } from 'node:http';
import { personalMessage } from '../../helpers/teams-activities';
import { type Harness, type Snapshot, startHarness, USERS } from './harness';

jest.setTimeout(30_000);

let h: Harness;
let before: Snapshot;
beforeAll(async () => {
  h = await startHarness();
  before = h.snapshot();
});
afterAll(async () => {
  expect(h.connector.calls).toEqual([]);
  expect(h.changedSince(before)).toEqual([]);
  await h.stop();
});

/** A raw request, so the client keeps sending a big body while the server has already answered. */
function raw(
  method: string,
  path: string,
  body: Buffer | string | null,
  headers: Record<string, string> = {},
  agent?: Agent,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${h.url}${path}`, { method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
    });
    // Once the answer is in, an unfinished upload may be cut short: that is the server's right.
    req.on('error', reject);
    req.end(body ?? undefined);
  });
}

describe('probes', () => {
  it('GET /healthz is 200', async () => {
    const response = await fetch(`${h.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('GET /readyz is 200 with the database open and migrated', async () => {
    const response = await fetch(`${h.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  it('an unknown path is 404', async () => {
    expect((await fetch(`${h.url}/api/nothing`)).status).toBe(404);
  });
});

describe('/api/messages', () => {
  it('GET is 405 and says POST is allowed', async () => {
    const response = await fetch(`${h.url}/api/messages`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it.each([
    ['not JSON', '<activity type="message">hei</activity>'],
    ['truncated JSON', '{"type":"message","text":"hei"'],
    ['a JSON array', '[{"type":"message"}]'],
    ['a JSON string', '"message"'],
    ['an empty body', ''],
  ])('a body that is %s is 400', async (_, body) => {
    expect((await h.post(body)).status).toBe(400);
  });

  it.each([
    ['no type', '{"text":"hei"}'],
    ['a type that is not a string', '{"type":42,"text":"hei"}'],
  ])('an object with %s is 400, not a crash', async (_, body) => {
    expect(await h.post(body)).toEqual({ status: 400, text: JSON.stringify({ error: 'invalid activity' }) });
  });

  const oversized = () => JSON.stringify({ type: 'message', text: 'x'.repeat(2 * 1024 * 1024) });

  it('a body over 1 MB is 413, and the client gets the answer', async () => {
    const answer = await raw('POST', '/api/messages', oversized(), { 'content-type': 'application/json' });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.text)).toEqual({ error: 'invalid body' });
  });

  it('after a 413 the connection is closed, so a keep-alive client does not send its next request into it', async () => {
    // The unread rest of the body would otherwise sit before the next request until the server's
    // keep-alive timeout reset the connection (ECONNRESET after 5 s, as a proxy pooling connections would see).
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await raw('POST', '/api/messages', oversized(), { 'content-type': 'application/json' }, agent);
      expect([first.status, first.headers.connection]).toEqual([413, 'close']);
      const started = Date.now();
      expect((await raw('GET', '/healthz', null, {}, agent)).status).toBe(200);
      expect(Date.now() - started).toBeLessThan(1_000);
    } finally {
      agent.destroy();
    }
  });

  it('a body just under the limit is read and handled', async () => {
    // A typing indicator the bot ignores: no reply, nothing stored.
    const typing = {
      ...personalMessage({ serviceUrl: h.connector.serviceUrl, user: USERS.kristin, text: '' }),
      type: 'typing',
      text: 'x'.repeat(1024 * 1024 - 4096),
    };
    const body = JSON.stringify(typing);
    expect(Buffer.byteLength(body)).toBeLessThan(1024 * 1024);
    expect((await raw('POST', '/api/messages', body, { 'content-type': 'application/json' })).status).toBe(200);
  });
});

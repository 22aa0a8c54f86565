/**
 * Local mode (no credentials) stays local. Nothing authenticates a request,
 * so a web page in this machine's browser must not be able to drive the bot:
 * not with a `text/plain` «simple request» from a foreign Origin (which used
 * to open a round), not through a rebound DNS name, and the bot must not post
 * its replies to a serviceUrl on another machine on a request's say-so.
 */
import { request } from 'node:http';
import { personalMessage, type TeamsActivity } from '../../helpers/teams-activities';
import { type Harness, type Snapshot, startHarness, USERS } from './harness';

jest.setTimeout(30_000);

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

/** A message that opens a round, were it let in: ingrid is the secretariat. */
const intrusion = (serviceUrl = h.connector.serviceUrl): TeamsActivity =>
  personalMessage({ serviceUrl, user: { ...USERS.ingrid, name: USERS.ingrid.email }, text: 'runde åpne 2026-Q4' });

/** A raw POST, so the test can set Host (fetch may not). */
function post(body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${h.url}/api/messages`, { method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

let before: Snapshot;
let calls: number;
beforeEach(() => {
  before = h.snapshot();
  calls = h.connector.calls.length;
});

/** Nothing reached the bot: no reply, no write, no round. */
async function expectUntouched(): Promise<void> {
  expect(h.connector.since(calls)).toEqual([]);
  expect(h.changedSince(before)).toEqual([]);
  expect(await h.read(async (repos) => await repos.rounds.get('2026-Q4'))).toBeNull();
}

const port = () => new URL(h.url).port;

describe('in local mode, /api/messages refuses', () => {
  it('a text/plain POST from a foreign Origin (a CORS simple request from any web page): 415', async () => {
    const answer = await post(JSON.stringify(intrusion()), {
      'content-type': 'text/plain',
      origin: 'https://attacker.example',
    });
    expect(answer).toEqual({ status: 415, text: JSON.stringify({ error: 'unsupported-media-type' }) });
    await expectUntouched();
  });

  it('JSON from a foreign Origin: 403', async () => {
    const answer = await post(JSON.stringify(intrusion()), {
      'content-type': 'application/json',
      origin: 'https://attacker.example',
    });
    expect(answer.status).toBe(403);
    await expectUntouched();
  });

  it('a request whose Host is a rebound DNS name: 421', async () => {
    const answer = await post(JSON.stringify(intrusion()), {
      'content-type': 'application/json',
      host: `attacker.example:${port()}`,
    });
    expect(answer.status).toBe(421);
    await expectUntouched();
  });

  it('an activity whose serviceUrl is another machine: 400, and nothing is posted there or stored', async () => {
    const answer = await post(JSON.stringify(intrusion('https://smba.trafficmanager.net/emea/')), {
      'content-type': 'application/json',
    });
    expect(answer).toEqual({ status: 400, text: JSON.stringify({ error: 'invalid service url' }) });
    await expectUntouched();
  });

  it.each([
    ['a number', 42],
    ['an object', { href: 'http://127.0.0.1/' }],
    ['missing', undefined],
  ])('an activity whose serviceUrl is %s: 400, not 500', async (_, serviceUrl) => {
    const answer = await post(JSON.stringify({ ...intrusion(), serviceUrl }), { 'content-type': 'application/json' });
    expect(answer).toEqual({ status: 400, text: JSON.stringify({ error: 'invalid activity' }) });
    await expectUntouched();
  });

  it('a loopback serviceUrl in another scheme: 400', async () => {
    const answer = await post(JSON.stringify(intrusion('ftp://127.0.0.1/')), { 'content-type': 'application/json' });
    expect(answer.status).toBe(400);
    await expectUntouched();
  });
});

describe('in local mode, /api/messages lets in this machine', () => {
  const typing = () => ({
    ...personalMessage({ serviceUrl: h.connector.serviceUrl, user: USERS.kristin, text: '' }),
    type: 'typing',
  });

  it.each([
    ['Host localhost', () => ({ host: `localhost:${port()}` })],
    ['Host [::1]', () => ({ host: `[::1]:${port()}` })],
    ['a loopback Origin', () => ({ origin: 'http://localhost:56150' })],
  ])('with %s', async (_, headers) => {
    const answer = await post(JSON.stringify(typing()), { 'content-type': 'application/json', ...headers() });
    expect(answer.status).toBe(200);
  });

  it('and answers a loopback serviceUrl as before', async () => {
    const replies = await h.say(USERS.kristin, 'hjelp');
    expect(replies).toHaveLength(1);
  });
});

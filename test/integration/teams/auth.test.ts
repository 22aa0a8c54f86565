/**
 * With Bot Framework credentials configured, `/api/messages` only lets in
 * requests carrying a valid channel token. Requests without one, with a forged
 * one or an expired one are answered 401 and never reach the bot.
 *
 * No network is needed. How botbuilder 4.23 validates a token (JwtTokenExtractor):
 * 1. a token whose issuer is not the Bot Framework's (`https://api.botframework.com`,
 *    or the emulator's) is rejected at once, before anything is fetched: that is
 *    how the first forged token fails fast;
 * 2. otherwise it fetches the OpenID metadata and signing keys from
 *    login.botframework.com (with node-fetch) *before* checking signature or
 *    expiry. Offline that fetch fails (or hangs), so this file serves the
 *    metadata from memory by mocking node-fetch for those two URLs: "Microsoft"
 *    publishes one key, which the tests hold. Every other non-loopback request
 *    is refused at once, so nothing here can hang on the network.
 */
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { membersAdded, personalMessage, TENANT_ID, type TeamsActivity } from '../../helpers/teams-activities';
import { type Harness, startHarness, USERS } from './harness';

const METADATA_URL = 'https://login.botframework.com/v1/.well-known/openidconfiguration';
const KEYS_URL = 'https://login.botframework.com/v1/.well-known/keys';

/** The fake login.botframework.com: the published key and a log of what was fetched. */
class MockOpenIdProvider {
  readonly fetched: string[] = [];
  readonly trusted = generateKeyPairSync('rsa', { modulusLength: 2048 });
  readonly kid = 'skate-test-signing-key';

  respond(url: string): Response | null {
    if (url === METADATA_URL) {
      this.fetched.push(url);
      return Response.json({ issuer: 'https://api.botframework.com', jwks_uri: KEYS_URL });
    }
    if (url === KEYS_URL) {
      this.fetched.push(url);
      const { n, e } = this.trusted.publicKey.export({ format: 'jwk' });
      return Response.json({ keys: [{ kty: 'RSA', use: 'sig', kid: this.kid, n, e, endorsements: ['msteams'] }] });
    }
    return null;
  }
}

const mockOpenId = new MockOpenIdProvider();

type Fetch = (url: string, init?: unknown) => Promise<unknown>;

jest.mock('node-fetch', () => {
  const actual = jest.requireActual<Fetch & Record<string, unknown>>('node-fetch');
  const fake: Fetch = async (url, init) => {
    const fixed = mockOpenId.respond(String(url));
    if (fixed) return fixed;
    if (new URL(String(url)).hostname === '127.0.0.1') return actual(url, init);
    throw new Error(`no network in this test: ${String(url)}`);
  };
  return Object.assign(fake, actual, { __esModule: true, default: fake });
});

const APP_ID = '3f6a2c1e-9b8d-4e7f-a6c5-b4d3e2f1a0b9';

let h: Harness;
let errors: jest.SpyInstance;

beforeAll(async () => {
  // botbuilder logs every rejected request with console.error; the assertions below are what matters.
  errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  h = await startHarness({
    MICROSOFT_APP_ID: APP_ID,
    MICROSOFT_APP_PASSWORD: 'not-a-real-secret-only-for-this-test',
    MICROSOFT_APP_TENANT_ID: TENANT_ID,
    HOST: '127.0.0.1',
    PUBLIC_BASE_URL: 'https://skate-bot.example.no',
    LINK_SECRET: 'a-link-secret-only-for-this-test',
  });
});
afterAll(async () => {
  await h.stop();
  errors.mockRestore();
});

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An RS256 JWT, signed with `key`. */
function jwt(claims: Record<string, unknown>, key: KeyObject, kid: string): string {
  const input = `${base64url({ alg: 'RS256', typ: 'JWT', kid, x5t: kid })}.${base64url(claims)}`;
  return `${input}.${sign('RSA-SHA256', Buffer.from(input), key).toString('base64url')}`;
}

/** The claims of a Bot Framework channel token for this bot and this activity's serviceUrl. */
function channelClaims(lifetime: { from: number; to: number }): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    serviceurl: h.connector.serviceUrl,
    nbf: now + lifetime.from,
    exp: now + lifetime.to,
    iss: 'https://api.botframework.com',
    aud: APP_ID,
  };
}

const random = () => generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
/** A message that would open a round, were it let in: ingrid's name is her email, so no look-up is needed. */
const intrusion = (): TeamsActivity =>
  personalMessage({
    serviceUrl: h.connector.serviceUrl,
    user: { ...USERS.ingrid, name: USERS.ingrid.email },
    text: 'runde åpne 2026-Q4',
  });

/** Posts the intrusion with `headers`; asserts it reached neither the connector nor the database. */
async function rejected(headers: Record<string, string>): Promise<{ status: number; text: string }> {
  const before = h.snapshot();
  const answer = await h.post(intrusion(), headers);
  expect(h.connector.calls).toEqual([]);
  expect(h.changedSince(before)).toEqual([]);
  expect(h.read((repos) => repos.rounds.get('2026-Q4'))).toBeNull();
  return answer;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('with credentials configured, /api/messages rejects', () => {
  it.each([
    ['no token', {}],
    ['a malformed Authorization header', { authorization: 'Basic aW5ncmlkOmhlbW1lbGln' }],
  ])('a request with %s: 401', async (_, headers) => {
    expect(await rejected(headers)).toEqual({ status: 401, text: expect.stringMatching(/^Unauthorized/) });
  });

  it('a forged token from a foreign issuer: 401 before any metadata is fetched', async () => {
    const token = jwt({ ...channelClaims({ from: -60, to: 3600 }), iss: 'https://sts.forged.example/' }, random(), 'x');
    expect(await rejected(bearer(token))).toEqual({ status: 401, text: 'Unauthorized. No valid identity.' });
    expect(mockOpenId.fetched).toEqual([]);
  });

  it('a forged Bot Framework token signed with a random key: 401', async () => {
    const token = jwt(channelClaims({ from: -60, to: 3600 }), random(), 'not-a-published-key');
    expect(await rejected(bearer(token))).toEqual({ status: 401, text: 'Signing Key could not be retrieved.' });
    expect(mockOpenId.fetched).toEqual([METADATA_URL, KEYS_URL]);
  });

  it('a forged token that names the published key: rejected, never reaching the bot', async () => {
    const token = jwt(channelClaims({ from: -60, to: 3600 }), random(), mockOpenId.kid);
    const { status, text } = await rejected(bearer(token));
    // botbuilder 4.23 rethrows jsonwebtoken's error as is, not as an AuthenticationError, so CloudAdapter
    // answers 500 rather than 401 here. Either way the request is refused before the bot sees it.
    expect([401, 500]).toContain(status);
    expect(text).toBe('invalid signature');
  });

  it('an expired token, correctly signed: 401', async () => {
    // Expired an hour ago: beyond botbuilder's five minutes of clock tolerance.
    const token = jwt(channelClaims({ from: -7200, to: -3600 }), mockOpenId.trusted.privateKey, mockOpenId.kid);
    expect(await rejected(bearer(token))).toEqual({ status: 401, text: 'The token has expired' });
  });
});

describe('the control', () => {
  it('the same key and claims, unexpired, are let in', async () => {
    // A stranger's conversationUpdate: handled by the bot without calling the connector (which would need an AAD token).
    const token = jwt(channelClaims({ from: -60, to: 3600 }), mockOpenId.trusted.privateKey, mockOpenId.kid);
    const activity = membersAdded({ serviceUrl: h.connector.serviceUrl, user: USERS.stranger });
    expect((await h.post(activity, bearer(token))).status).toBe(200);
  });
});

/**
 * Bot Framework tokens for a test where Teams runs with credentials beside Slack (Slack's keys
 * end local mode, so Teams must authenticate): "Microsoft" publishes one signing key from a
 * fake login.botframework.com (served by mocking node-fetch, as test/integration/teams/
 * auth.test.ts explains), and the test signs channel tokens with it.
 */
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';

export const METADATA_URL = 'https://login.botframework.com/v1/.well-known/openidconfiguration';
export const KEYS_URL = 'https://login.botframework.com/v1/.well-known/keys';

/** The fake login.botframework.com: the published key. */
export class MockOpenIdProvider {
  readonly trusted = generateKeyPairSync('rsa', { modulusLength: 2048 });
  readonly kid = 'skate-mixed-test-key';

  respond(url: string): Response | null {
    if (url === METADATA_URL) return Response.json({ issuer: 'https://api.botframework.com', jwks_uri: KEYS_URL });
    if (url === KEYS_URL) {
      const { n, e } = this.trusted.publicKey.export({ format: 'jwk' });
      return Response.json({ keys: [{ kty: 'RSA', use: 'sig', kid: this.kid, n, e, endorsements: ['msteams'] }] });
    }
    return null;
  }

  /** A channel token for `appId`, valid for an hour, for activities from `serviceUrl`. */
  channelToken(appId: string, serviceUrl: string): string {
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      serviceurl: serviceUrl,
      nbf: now - 60,
      exp: now + 3600,
      iss: 'https://api.botframework.com',
      aud: appId,
    };
    return jwt(claims, this.trusted.privateKey, this.kid);
  }
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

function jwt(claims: Record<string, unknown>, key: KeyObject, kid: string): string {
  const input = `${base64url({ alg: 'RS256', typ: 'JWT', kid, x5t: kid })}.${base64url(claims)}`;
  return `${input}.${sign('RSA-SHA256', Buffer.from(input), key).toString('base64url')}`;
}

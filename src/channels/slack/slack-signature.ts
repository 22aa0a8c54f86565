import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * How far a request's timestamp may be from now, either way, before it is refused: Slack's
 * recommendation (docs.slack.dev, "Verifying requests from Slack"). A signed request replayed
 * later than this is refused outright; inside it, the replay guard applies it once.
 */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

export type SignatureVerdict =
  | { ok: true; timestamp: number }
  | { ok: false; reason: 'missing-header' | 'bad-timestamp' | 'stale' | 'bad-signature' };

/**
 * Checks a request from Slack: `X-Slack-Signature` must be `v0=` and the hex HMAC-SHA256 of
 * `v0:<X-Slack-Request-Timestamp>:<raw body>` under the signing secret (compared in constant
 * time), and the timestamp within five minutes of now in either direction.
 */
export function verifySlackSignature(
  signingSecret: string,
  headers: { signature: string | undefined; timestamp: string | undefined },
  rawBody: Buffer,
  nowMs: number,
): SignatureVerdict {
  const { signature, timestamp } = headers;
  if (!signature || !timestamp) return { ok: false, reason: 'missing-header' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'bad-timestamp' };
  const seconds = Number(timestamp);
  if (Math.abs(nowMs / 1000 - seconds) > MAX_CLOCK_SKEW_SECONDS) return { ok: false, reason: 'stale' };
  const expected = Buffer.from(signSlackRequest(signingSecret, timestamp, rawBody), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, reason: 'bad-signature' };
  return { ok: true, timestamp: seconds };
}

/** The `X-Slack-Signature` Slack sends for a body at a timestamp (also what the tests sign with). */
export function signSlackRequest(signingSecret: string, timestamp: string, rawBody: Buffer | string): string {
  const hmac = createHmac('sha256', signingSecret);
  hmac.update(`v0:${timestamp}:`);
  hmac.update(rawBody);
  return `v0=${hmac.digest('hex')}`;
}

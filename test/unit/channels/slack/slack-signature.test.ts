import { signSlackRequest, verifySlackSignature } from '../../../../src/channels/slack/slack-signature';

const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const NOW = 1_531_420_618_000;
const BODY = Buffer.from(
  'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
);

describe('verifySlackSignature', () => {
  it('accepts Slack’s own example (docs.slack.dev, "Verifying requests from Slack")', () => {
    const signature = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';
    expect(verifySlackSignature(SECRET, { signature, timestamp: '1531420618' }, BODY, NOW)).toEqual({
      ok: true,
      timestamp: 1531420618,
    });
    expect(signSlackRequest(SECRET, '1531420618', BODY)).toBe(signature);
  });

  it.each([
    [{ signature: undefined, timestamp: '1531420618' }, 'missing-header'],
    [{ signature: 'v0=abc', timestamp: undefined }, 'missing-header'],
    [{ signature: 'v0=abc', timestamp: 'yesterday' }, 'bad-timestamp'],
    [{ signature: 'v0=abc', timestamp: '1531420618' }, 'bad-signature'],
  ])('refuses %p: %s', (headers, reason) => {
    expect(verifySlackSignature(SECRET, headers, BODY, NOW)).toEqual({ ok: false, reason });
  });

  it('refuses a timestamp more than five minutes off in either direction, before the signature', () => {
    for (const offset of [-301, 301]) {
      const ts = String(1531420618 + offset);
      const signature = signSlackRequest(SECRET, ts, BODY);
      expect(verifySlackSignature(SECRET, { signature, timestamp: ts }, BODY, NOW)).toEqual({
        ok: false,
        reason: 'stale',
      });
    }
    const edge = String(1531420618 + 300);
    expect(
      verifySlackSignature(SECRET, { signature: signSlackRequest(SECRET, edge, BODY), timestamp: edge }, BODY, NOW).ok,
    ).toBe(true);
  });
});

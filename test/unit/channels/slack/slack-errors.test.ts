import { WebAPIHTTPError, WebAPIPlatformError, WebAPIRateLimitedError, WebAPIRequestError } from '@slack/web-api';
import { classifySlackError, classifySlackFailure } from '../../../../src/channels/slack/slack-errors';

const NOW = Date.UTC(2026, 2, 12, 9, 0, 0);

// Moved from test/unit/app/dispatch/retry-policy.test.ts with the Slack codes themselves.
describe('classifySlackFailure', () => {
  it('recognises Slack’s ratelimited code on HTTP 200', () => {
    expect(classifySlackFailure(200, null, 'ratelimited', NOW)).toMatchObject({ kind: 'rate-limited' });
  });

  it.each([
    [200, 'channel_not_found'],
    [200, 'not_in_channel'],
    [200, 'user_not_found'],
    [200, 'account_inactive'],
    [200, 'is_archived'],
    [null, 'channel_not_found'],
  ])('treats HTTP %p with %p as permanent: the recipient cannot be reached', (status, code) => {
    expect(classifySlackFailure(status, null, code, NOW)).toEqual({ kind: 'permanent', reason: code });
  });

  it.each(['internal_error', 'service_unavailable', 'request_timeout', 'fatal_error'])(
    'treats Slack’s %p on HTTP 200 as transient',
    (code) => {
      expect(classifySlackFailure(200, null, code, NOW)).toEqual({ kind: 'transient', status: 200, reason: code });
    },
  );

  it('treats an unknown Slack error code on HTTP 200 as permanent', () => {
    expect(classifySlackFailure(200, null, 'invalid_blocks', NOW)).toEqual({
      kind: 'permanent',
      reason: 'invalid_blocks',
    });
  });
});

describe('classifySlackError: what the Web API client throws', () => {
  it('waits out ratelimited for exactly Slack’s Retry-After', () => {
    expect(classifySlackError(new WebAPIRateLimitedError(7), NOW)).toEqual({
      kind: 'rate-limited',
      retryAfterMs: 7_000,
      scope: 'conversation',
    });
  });

  it('reads Slack’s code from an ok:false answer', () => {
    const error = new WebAPIPlatformError({ ok: false, error: 'not_in_channel' });
    expect(classifySlackError(error, NOW)).toEqual({ kind: 'permanent', reason: 'not_in_channel' });
  });

  it('retries a 5xx and a dropped connection, and keeps a bug’s own message', () => {
    expect(classifySlackError(new WebAPIHTTPError(503, 'Service Unavailable', {}), NOW)).toMatchObject({
      kind: 'transient',
      status: 503,
    });
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    expect(classifySlackError(new WebAPIRequestError(reset), NOW)).toMatchObject({ kind: 'transient', status: null });
    expect(classifySlackError(new TypeError('x is undefined'), NOW)).toEqual({
      kind: 'transient',
      status: null,
      reason: 'x is undefined',
    });
  });
});

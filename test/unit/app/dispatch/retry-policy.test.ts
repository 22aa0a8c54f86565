import {
  BACKOFF_CAP_MS,
  backoffCeiling,
  classifyHttpFailure,
  type DeliveryFailure,
  MAX_ATTEMPTS,
  nextAttemptDelay,
  parseRetryAfter,
} from '../../../../src/app/dispatch/retry-policy';

const NOW = Date.UTC(2026, 2, 12, 9, 0, 0);
const never = (): number => {
  throw new Error('random() should not be called');
};

describe('parseRetryAfter', () => {
  it.each([
    ['120', 120_000],
    [' 3 ', 3_000],
    ['0', 0],
    ['1.5', 1_500],
  ])('reads %p as seconds', (header, ms) => {
    expect(parseRetryAfter(header, NOW)).toBe(ms);
  });

  it('reads an HTTP date relative to now', () => {
    expect(parseRetryAfter('Thu, 12 Mar 2026 09:00:30 GMT', NOW)).toBe(30_000);
    expect(parseRetryAfter('Thursday, 12-Mar-26 09:01:00 GMT', NOW)).toBe(60_000);
  });

  it('gives 0 for a date already past', () => {
    expect(parseRetryAfter('Thu, 12 Mar 2026 08:59:00 GMT', NOW)).toBe(0);
  });

  it.each([null, '', 'soon', '-5', '1e3', 'NaN', '12 apples', '2026-03-12T09:00:30Z', 'Thu, 99 Foo 2026 09:00:30 GMT'])(
    'ignores %p',
    (header) => {
      expect(parseRetryAfter(header, NOW)).toBeNull();
    },
  );
});

describe('classifyHttpFailure', () => {
  it('treats 429 as rate-limited with the Retry-After in ms', () => {
    expect(classifyHttpFailure(429, '7', null, NOW)).toEqual({
      kind: 'rate-limited',
      retryAfterMs: 7_000,
      scope: 'conversation',
    });
    expect(classifyHttpFailure(429, 'Thu, 12 Mar 2026 09:00:02 GMT', 'Throttled', NOW)).toEqual({
      kind: 'rate-limited',
      retryAfterMs: 2_000,
      scope: 'conversation',
    });
  });

  it('keeps a 429 rate-limited when its Retry-After is missing or garbage', () => {
    expect(classifyHttpFailure(429, null, null, NOW)).toMatchObject({ kind: 'rate-limited', retryAfterMs: null });
    expect(classifyHttpFailure(429, 'later', null, NOW)).toMatchObject({ kind: 'rate-limited', retryAfterMs: null });
  });

  it.each([412, 408, 500, 501, 502, 503, 504, 599])('treats HTTP %p as transient', (status) => {
    expect(classifyHttpFailure(status, null, null, NOW)).toEqual({
      kind: 'transient',
      status,
      reason: `HTTP ${status}`,
    });
  });

  it.each(['ECONNRESET', 'ETIMEDOUT', 'ECONNREFUSED', 'EAI_AGAIN', 'UND_ERR_SOCKET', null])(
    'treats a network error (%p, no status) as transient',
    (code) => {
      expect(classifyHttpFailure(null, null, code, NOW)).toEqual({
        kind: 'transient',
        status: null,
        reason: code ?? 'network error',
      });
    },
  );

  it.each([400, 401, 403, 404, 405, 409, 410, 413, 422])('treats HTTP %p as permanent', (status) => {
    expect(classifyHttpFailure(status, null, null, NOW)).toEqual({ kind: 'permanent', reason: `HTTP ${status}` });
  });

  it('matches socket error codes regardless of case', () => {
    expect(classifyHttpFailure(null, null, 'econnreset', NOW)).toMatchObject({ kind: 'transient' });
  });
});

describe('nextAttemptDelay', () => {
  const transient: DeliveryFailure = { kind: 'transient', status: 503, reason: 'HTTP 503' };

  it('waits exactly the Retry-After after a 429, whatever the attempt', () => {
    const limited: DeliveryFailure = { kind: 'rate-limited', retryAfterMs: 30_000, scope: 'conversation' };
    expect(nextAttemptDelay(limited, 1, never)).toBe(30_000);
    expect(nextAttemptDelay(limited, MAX_ATTEMPTS + 5, never)).toBe(30_000);
  });

  it('waits 1000 ms after a 429 without Retry-After', () => {
    expect(nextAttemptDelay({ kind: 'rate-limited', retryAfterMs: null, scope: 'global' }, 1, never)).toBe(1_000);
  });

  it('never retries a permanent failure', () => {
    expect(nextAttemptDelay({ kind: 'permanent', reason: 'ConversationNotFound' }, 1, never)).toBeNull();
  });

  it('doubles the back-off ceiling per attempt', () => {
    const almostOne = (): number => 0.999_999;
    expect([1, 2, 3, 4, 5, 6, 7].map((attempt) => nextAttemptDelay(transient, attempt, almostOne))).toEqual([
      999, 1_999, 3_999, 7_999, 15_999, 31_999, 63_999,
    ]);
  });

  it('caps the ceiling at 5 minutes', () => {
    expect(backoffCeiling(9)).toBe(256_000);
    expect(backoffCeiling(10)).toBe(BACKOFF_CAP_MS);
    expect(backoffCeiling(2_000)).toBe(BACKOFF_CAP_MS);
    expect(nextAttemptDelay(transient, 12, () => 0.999_999, 20)).toBe(299_999);
    expect(nextAttemptDelay(transient, 12, () => 1, 20)).toBe(300_000);
  });

  it('draws full jitter between 250 ms and the ceiling', () => {
    expect(nextAttemptDelay(transient, 1, () => 0)).toBe(250);
    expect(nextAttemptDelay(transient, 1, () => 0.1)).toBe(250);
    expect(nextAttemptDelay(transient, 1, () => 0.5)).toBe(500);
    expect(nextAttemptDelay(transient, 3, () => 0.5)).toBe(2_000);
    expect(nextAttemptDelay(transient, 3, () => 0)).toBe(250);
    for (let draw = 0; draw < 1; draw += 0.05) {
      const delay = nextAttemptDelay(transient, 4, () => draw);
      expect(delay).toBeGreaterThanOrEqual(250);
      expect(delay).toBeLessThanOrEqual(8_000);
    }
  });

  it('gives up on a transient failure once MAX_ATTEMPTS deliveries have failed', () => {
    expect(MAX_ATTEMPTS).toBe(8);
    // Retry 7 is the 8th delivery; after it fails, retry 8 would be the 9th.
    expect(nextAttemptDelay(transient, MAX_ATTEMPTS - 1, () => 0.5)).not.toBeNull();
    expect(nextAttemptDelay(transient, MAX_ATTEMPTS, () => 0.5)).toBeNull();
    expect(nextAttemptDelay(transient, MAX_ATTEMPTS + 1, () => 0.5)).toBeNull();
    expect(nextAttemptDelay(transient, 3, () => 0.5, 3)).toBeNull();
  });

  it('rejects an attempt number below 1', () => {
    expect(() => nextAttemptDelay(transient, 0, () => 0.5)).toThrow(RangeError);
    expect(() => nextAttemptDelay(transient, 1.5, () => 0.5)).toThrow(RangeError);
  });
});

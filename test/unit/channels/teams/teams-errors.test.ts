import { classifyTeamsError, classifyTeamsFailure } from '../../../../src/channels/teams/teams-errors';

const NOW = Date.UTC(2026, 2, 12, 9, 0, 0);

// Moved from test/unit/app/dispatch/retry-policy.test.ts with the Teams codes themselves.
describe('classifyTeamsFailure', () => {
  it.each([
    [403, 'BotNotInConversationRoster'],
    [404, 'ConversationNotFound'],
    [403, 'ConversationBlockedByUser'],
  ])('treats HTTP %p with %p as permanent: the recipient cannot be reached', (status, code) => {
    expect(classifyTeamsFailure(status, null, code, NOW)).toEqual({ kind: 'permanent', reason: code });
  });

  it('lets a known not-reachable code win over a retryable status', () => {
    expect(classifyTeamsFailure(502, null, 'ConversationNotFound', NOW)).toMatchObject({ kind: 'permanent' });
  });

  it('matches platform codes regardless of case', () => {
    expect(classifyTeamsFailure(404, null, 'conversationnotfound', NOW)).toMatchObject({ kind: 'permanent' });
  });

  it('treats Throttled as rate-limited even without a 429', () => {
    expect(classifyTeamsFailure(200, null, 'Throttled', NOW)).toMatchObject({ kind: 'rate-limited' });
  });
});

describe('classifyTeamsError', () => {
  const restError = (statusCode: number, code: string | null, retryAfter: string | null = null) => ({
    statusCode,
    ...(code ? { body: { error: { code } } } : {}),
    response: { headers: { get: (name: string) => (name === 'retry-after' ? (retryAfter ?? undefined) : undefined) } },
  });

  it('reads the status, the Retry-After header and the connector’s error code', () => {
    expect(classifyTeamsError(restError(429, null, '3'), NOW)).toEqual({
      kind: 'rate-limited',
      retryAfterMs: 3_000,
      scope: 'conversation',
    });
    expect(classifyTeamsError(restError(403, 'ConversationBlockedByUser'), NOW)).toEqual({
      kind: 'permanent',
      reason: 'ConversationBlockedByUser',
    });
    expect(classifyTeamsError(restError(503, null), NOW)).toEqual({
      kind: 'transient',
      status: 503,
      reason: 'HTTP 503',
    });
  });

  it('treats a socket error as transient', () => {
    expect(classifyTeamsError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), NOW)).toEqual({
      kind: 'transient',
      status: null,
      reason: 'ECONNRESET',
    });
  });

  it('keeps the message of an error that is no platform answer at all', () => {
    expect(classifyTeamsError(new SyntaxError('Unexpected token'), NOW)).toEqual({
      kind: 'transient',
      status: null,
      reason: 'Unexpected token',
    });
  });
});

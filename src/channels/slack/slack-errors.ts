import {
  classifyHttpFailure,
  classifyUnknownFailure,
  type DeliveryFailure,
  type PlatformErrorCodes,
} from '../../app/dispatch/retry-policy';

/**
 * Slack's Web API error codes (chat.postMessage, chat.update, conversations.open,
 * files.*), in the dispatcher's classes. Slack answers most failures with HTTP 200 and
 * `ok:false`, so the code alone decides; an unknown code on a 200 is permanent.
 */
export const SLACK_ERROR_CODES: PlatformErrorCodes = {
  rateLimited: new Set(['ratelimited', 'rate_limited']),
  permanent: new Set([
    'channel_not_found',
    'not_in_channel',
    'is_archived',
    'user_not_found',
    'account_inactive',
    'user_disabled',
    'cannot_dm_bot',
    'message_not_found',
    'cant_update_message',
    'invalid_blocks',
    'msg_too_long',
    'invalid_auth',
    'not_authed',
    'token_revoked',
    'missing_scope',
  ]),
  transient: new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']),
};

/**
 * The codes that say a person cannot be reached on Slack at all (deactivated, deleted, or
 * never in this workspace): `sjekk` lists them once a delivery has met one.
 */
export const UNREACHABLE_PERSON_CODES: ReadonlySet<string> = new Set([
  'user_not_found',
  'account_inactive',
  'user_disabled',
  'cannot_dm_bot',
]);

/** Classifies a failed Slack call from its status, Retry-After and `error` code. */
export function classifySlackFailure(
  status: number | null,
  retryAfterHeader: string | null,
  code: string | null,
  nowMs: number,
): DeliveryFailure {
  return classifyHttpFailure(status, retryAfterHeader, code, nowMs, SLACK_ERROR_CODES);
}

/** What the Web API client's errors carry (see @slack/web-api `errors.ts`), read structurally. */
interface WebApiErrorShape {
  code?: unknown;
  retryAfter?: unknown;
  data?: { error?: unknown };
  statusCode?: unknown;
  headers?: Record<string, unknown>;
  original?: { code?: unknown; message?: unknown };
}

/**
 * The Slack error code a failed Web API call carries (`channel_not_found`), or null when
 * the call failed before Slack answered.
 */
export function slackErrorCode(error: unknown): string | null {
  const e = (typeof error === 'object' && error !== null ? error : {}) as WebApiErrorShape;
  return typeof e.data?.error === 'string' ? e.data.error : null;
}

/**
 * Maps whatever a Web API call threw to the dispatcher's classes. The client is built with
 * `rejectRateLimitedCalls` and no retries of its own, so a 429 arrives here as its
 * rate-limited error with Slack's Retry-After (in seconds); an `ok:false` answer as a
 * platform error with Slack's code; a non-200 as an HTTP error; a dropped connection as a
 * request error wrapping the socket's code.
 */
export function classifySlackError(error: unknown, nowMs: number): DeliveryFailure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as WebApiErrorShape;
  switch (e.code) {
    case 'slack_webapi_rate_limited_error': {
      const seconds = typeof e.retryAfter === 'number' ? e.retryAfter : null;
      return classifySlackFailure(429, seconds === null ? null : String(seconds), 'ratelimited', nowMs);
    }
    case 'slack_webapi_platform_error':
      return classifySlackFailure(200, null, slackErrorCode(error), nowMs);
    case 'slack_webapi_http_error': {
      const status = typeof e.statusCode === 'number' ? e.statusCode : null;
      const retryAfter = e.headers?.['retry-after'];
      return classifySlackFailure(status, typeof retryAfter === 'string' ? retryAfter : null, null, nowMs);
    }
    case 'slack_webapi_request_error': {
      const code = typeof e.original?.code === 'string' ? e.original.code : null;
      const reason = typeof e.original?.message === 'string' ? e.original.message : 'network error';
      return code ? classifySlackFailure(null, null, code, nowMs) : { kind: 'transient', status: null, reason };
    }
    default:
      return classifyUnknownFailure(error);
  }
}

import { classifyHttpFailure, type DeliveryFailure, type PlatformErrorCodes } from '../../app/dispatch/retry-policy';

/**
 * Slack's Web API error codes (chat.postMessage, chat.update, conversations.open), in
 * the dispatcher's classes. Slack answers most failures with HTTP 200 and `ok:false`,
 * so the code alone decides; an unknown code on a 200 is permanent.
 */
export const SLACK_ERROR_CODES: PlatformErrorCodes = {
  rateLimited: new Set(['ratelimited', 'rate_limited']),
  permanent: new Set([
    'channel_not_found',
    'not_in_channel',
    'is_archived',
    'user_not_found',
    'account_inactive',
    'invalid_auth',
    'token_revoked',
    'missing_scope',
  ]),
  transient: new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']),
};

/** Classifies a failed Slack call from its status, Retry-After and `error` code. */
export function classifySlackFailure(
  status: number | null,
  retryAfterHeader: string | null,
  code: string | null,
  nowMs: number,
): DeliveryFailure {
  return classifyHttpFailure(status, retryAfterHeader, code, nowMs, SLACK_ERROR_CODES);
}

import {
  classifyHttpFailure,
  classifyUnknownFailure,
  type DeliveryFailure,
  type PlatformErrorCodes,
} from '../../app/dispatch/retry-policy';

/**
 * The Bot Framework connector's error codes in the dispatcher's classes. Source:
 * Microsoft Learn, "Status codes from bot API calls",
 * https://learn.microsoft.com/en-us/microsoftteams/platform/bots/build-conversational-capability#status-codes-from-bot-conversational-apis
 */
export const TEAMS_ERROR_CODES: PlatformErrorCodes = {
  rateLimited: new Set(['throttled']),
  permanent: new Set([
    'conversationnotfound',
    'botnotinconversationroster',
    'conversationblockedbyuser',
    'botdisabledbyadmin',
    'messagesizetoobig',
  ]),
  transient: new Set(['preconditionfailed', 'serviceerror', 'gatewaytimeout']),
};

/** Classifies a failed connector call from its status, Retry-After and error code. */
export function classifyTeamsFailure(
  status: number | null,
  retryAfterHeader: string | null,
  code: string | null,
  nowMs: number,
): DeliveryFailure {
  return classifyHttpFailure(status, retryAfterHeader, code, nowMs, TEAMS_ERROR_CODES);
}

/** What botbuilder's HTTP errors carry (RestError from @azure/core-http), and Node's socket errors. */
interface PlatformError {
  statusCode?: number;
  code?: string;
  message?: string;
  response?: { headers?: { get?(name: string): string | undefined } };
  body?: { error?: { code?: string } };
}

/**
 * Maps whatever a Teams send threw to the dispatcher's classes: 429 waits, 5xx and
 * socket errors retry, 403/404 and the not-reachable codes are final. An error with
 * neither a status nor a code is no platform answer at all (a bug, a malformed stored
 * reference) and keeps its own message.
 */
export function classifyTeamsError(error: unknown, nowMs: number): DeliveryFailure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as PlatformError;
  const status = typeof e.statusCode === 'number' ? e.statusCode : null;
  const code = e.body?.error?.code ?? (typeof e.code === 'string' ? e.code : null);
  if (status === null && code === null) return classifyUnknownFailure(error);
  const retryAfter = e.response?.headers?.get?.('retry-after') ?? null;
  return classifyTeamsFailure(status, retryAfter, code, nowMs);
}

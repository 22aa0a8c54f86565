/**
 * Why a delivery failed, as transports report it. `rate-limited` is retried after the
 * platform's Retry-After; `transient` with back-off; `permanent` never.
 */
export type DeliveryFailure =
  | { kind: 'rate-limited'; retryAfterMs: number | null; scope: 'conversation' | 'global' }
  | { kind: 'transient'; status: number | null; reason: string }
  | { kind: 'permanent'; reason: string };

/**
 * Deliveries of one message, the first included, before a transient failure is given
 * up on and treated as permanent. Rate-limited retries do not count towards it.
 */
export const MAX_ATTEMPTS = 8;

/** Wait after a 429 that carried no usable Retry-After. */
export const DEFAULT_RETRY_AFTER_MS = 1_000;
export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_CAP_MS = 5 * 60_000;
/** Floor under the jittered back-off so that a small random draw is not an immediate retry. */
export const BACKOFF_MIN_MS = 250;

/**
 * A platform's own error codes, in lower case, sorted into the dispatcher's classes.
 * Each channel keeps its table beside its Messenger (e.g. channels/teams/teams-errors.ts):
 * the codes are the platform's, the classes and what they mean for a retry are ours.
 */
export interface PlatformErrorCodes {
  rateLimited: ReadonlySet<string>;
  /** The recipient cannot be reached: retrying the same message will not help. */
  permanent: ReadonlySet<string>;
  transient: ReadonlySet<string>;
}

/** No platform codes: status, Retry-After and socket errors alone decide. */
export const NO_PLATFORM_CODES: PlatformErrorCodes = {
  rateLimited: new Set(),
  permanent: new Set(),
  transient: new Set(),
};

/** Node and undici socket errors: no HTTP response arrived, whatever the platform. Lower case. */
const NETWORK_CODES = new Set([
  'econnreset',
  'etimedout',
  'econnrefused',
  'econnaborted',
  'epipe',
  'eai_again',
  'enotfound',
  'enetunreach',
  'ehostunreach',
  'und_err_socket',
  'und_err_connect_timeout',
  'und_err_headers_timeout',
  'und_err_body_timeout',
]);

/**
 * Classifies a failed platform call. `status` is null when no HTTP response arrived;
 * `code` is the platform's error code (Slack answers HTTP 200 with `ok:false` and a
 * code, so a code alone decides), looked up case-insensitively in `codes`. A 429 pauses
 * only its conversation: the limiter already keeps us under the global limits, so a
 * surprise 429 is most likely a per-conversation one, and pausing everything would
 * stall unrelated deliveries.
 */
export function classifyHttpFailure(
  status: number | null,
  retryAfterHeader: string | null,
  code: string | null,
  nowMs: number,
  codes: PlatformErrorCodes = NO_PLATFORM_CODES,
): DeliveryFailure {
  const normalised = code?.trim().toLowerCase() ?? null;
  const reason = code ?? (status === null ? 'network error' : `HTTP ${status}`);
  if (status === 429 || (normalised !== null && codes.rateLimited.has(normalised))) {
    return { kind: 'rate-limited', retryAfterMs: parseRetryAfter(retryAfterHeader, nowMs), scope: 'conversation' };
  }
  if (normalised !== null && codes.permanent.has(normalised)) return { kind: 'permanent', reason };
  if (normalised !== null && (NETWORK_CODES.has(normalised) || codes.transient.has(normalised))) {
    return { kind: 'transient', status, reason };
  }
  if (status === null) return { kind: 'transient', status, reason };
  // 408 and 412 (Teams: a conflicting concurrent update) succeed when simply repeated.
  if (status === 408 || status === 412 || (status >= 500 && status <= 599)) {
    return { kind: 'transient', status, reason };
  }
  // 400, 401 (bad credentials: a configuration problem, but retrying the message will
  // not fix it), 403, 404, other 4xx, and a 2xx carrying an unknown platform error code.
  return { kind: 'permanent', reason };
}

/**
 * An error no platform classification recognises (a bug, a malformed stored reference):
 * transient, so a passing cause heals by itself and a lasting one ends after
 * {@link MAX_ATTEMPTS} tries and reaches the secretariat.
 */
export function classifyUnknownFailure(error: unknown): DeliveryFailure {
  return { kind: 'transient', status: null, reason: error instanceof Error ? error.message : String(error) };
}

const DELAY_SECONDS = /^\d+(?:\.\d+)?$/;
// IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") and the obsolete RFC 850 form; both end in GMT.
const HTTP_DATE = /^[A-Za-z]{3,9}, \d{2}[ -][A-Za-z]{3}[ -]\d{2,4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * Retry-After as milliseconds from `nowMs`: delay-seconds or an HTTP date (a date
 * already past gives 0). Null when absent or unparseable.
 */
export function parseRetryAfter(header: string | null, nowMs: number): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (DELAY_SECONDS.test(value)) return Math.round(Number(value) * 1_000);
  if (!HTTP_DATE.test(value)) return null;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

/**
 * Milliseconds before retry number `attempt` (1 = the first retry), or null to give
 * up. Rate-limited: exactly the platform's Retry-After, never earlier. Transient:
 * exponential back-off with full jitter, `random() × min(cap, base × 2^(attempt-1))`
 * but at least {@link BACKOFF_MIN_MS}, until `maxAttempts` deliveries have failed.
 */
export function nextAttemptDelay(
  failure: DeliveryFailure,
  attempt: number,
  random: () => number,
  maxAttempts: number = MAX_ATTEMPTS,
): number | null {
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`Invalid retry attempt: ${attempt}`);
  switch (failure.kind) {
    case 'permanent':
      return null;
    case 'rate-limited':
      return Math.max(0, failure.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS);
    case 'transient': {
      // Retry `attempt` would be delivery number attempt + 1.
      if (attempt >= maxAttempts) return null;
      const ceiling = backoffCeiling(attempt);
      const draw = Math.min(Math.max(random(), 0), 1);
      return Math.max(BACKOFF_MIN_MS, Math.floor(draw * ceiling));
    }
  }
}

/** Upper bound of the jittered delay before retry `attempt`. */
export function backoffCeiling(attempt: number): number {
  return Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
}

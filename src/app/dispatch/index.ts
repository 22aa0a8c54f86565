export { type DispatchClock, Dispatcher, type DispatcherOptions, type DispatchSummary } from './dispatcher';
export { RateLimiter, type RateLimitPolicy, type RateWindow } from './rate-limiter';
export {
  BACKOFF_CAP_MS,
  BACKOFF_MIN_MS,
  backoffCeiling,
  classifyHttpFailure,
  classifyUnknownFailure,
  type DeliveryFailure,
  MAX_ATTEMPTS,
  NO_PLATFORM_CODES,
  nextAttemptDelay,
  type PlatformErrorCodes,
  parseRetryAfter,
} from './retry-policy';
export { Messengers, type PersonRoute, type Routed, type Unresolvable } from './routing';

export {
  RateLimiter,
  type RateLimitPolicy,
  type RateWindow,
  SLACK_LIMITS,
  TEAMS_LIMITS,
  teamsLimits,
} from './rate-limiter';
export {
  BACKOFF_CAP_MS,
  BACKOFF_MIN_MS,
  backoffCeiling,
  classifyHttpFailure,
  type DeliveryFailure,
  MAX_ATTEMPTS,
  nextAttemptDelay,
  parseRetryAfter,
} from './retry-policy';

import type { RateLimitPolicy } from '../../app/dispatch/rate-limiter';

/**
 * Teams limits for a bot, with the global (per app per tenant) requests per second
 * configurable.
 *
 * Source: Microsoft Learn, "Optimize your bot with rate limiting and best practices
 * in Teams", https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/rate-limit
 * - per bot per thread, "send to conversation": 7 per 1 s, 8 per 2 s, 60 per 30 s,
 *   1800 per 3600 s;
 * - per app per tenant: 30 or 50 requests per second depending on the section of the
 *   page, so {@link TEAMS_LIMITS} takes the lower one. Creating a conversation is a
 *   request of its own, so create + send costs 2.
 */
export function teamsLimits(globalPerSecond: number): RateLimitPolicy {
  return {
    global: [{ limit: globalPerSecond, windowMs: 1_000 }],
    perConversation: [
      { limit: 7, windowMs: 1_000 },
      { limit: 8, windowMs: 2_000 },
      { limit: 60, windowMs: 30_000 },
      { limit: 1_800, windowMs: 3_600_000 },
    ],
  };
}

/** Teams with the lower documented global limit, 30 requests per second. */
export const TEAMS_LIMITS: RateLimitPolicy = teamsLimits(30);

import type { RateLimitPolicy } from '../../app/dispatch/rate-limiter';

/**
 * Slack limits, for the Slack Messenger to carry. Source: api.slack.com, "Rate limits",
 * https://api.slack.com/apis/rate-limits
 * - chat.postMessage: about 1 message per second per channel; short bursts are
 *   tolerated, but we never rely on them.
 * - the other methods we call (chat.update, conversations.open, views.*) are Web API
 *   Tier 3, 50+ per minute per method per workspace. We apply 50 per minute to all our
 *   calls together: the lowest guaranteed figure, and ample for a bot that posts a few
 *   messages per round, while it also keeps us far below chat.postMessage's
 *   workspace-wide ceiling of several hundred per minute.
 */
export const SLACK_LIMITS: RateLimitPolicy = {
  global: [{ limit: 50, windowMs: 60_000 }],
  perConversation: [{ limit: 1, windowMs: 1_000 }],
};

import type { RateLimitPolicy, RateWindow } from '../../app/dispatch/rate-limiter';

/**
 * Slack's rate limits, for the Slack Messenger to carry. Source: docs.slack.dev, "Rate limits"
 * (https://docs.slack.dev/apis/web-api/rate-limits) and the chat.postMessage reference:
 * - chat.postMessage: "generally allow an app to post 1 message per second to a specific
 *   channel", and "limiting posting to several hundred messages per minute" across the
 *   workspace. Bursts are tolerated, but we never rely on them; «several hundred» is read as
 *   300 per minute, the lowest value the words allow.
 * - every other method has a tier, counted per method, per app, per workspace (below).
 *
 * The dispatcher keeps these windows: every delivery counts against the workspace window
 * (a DM that needs `conversations.open` first counts twice), and against its channel's.
 */
export const SLACK_LIMITS: RateLimitPolicy = {
  global: [{ limit: 300, windowMs: 60_000 }],
  perConversation: [{ limit: 1, windowMs: 1_000 }],
};

/**
 * The tiers of the methods the Messenger calls besides chat.postMessage, which the Messenger
 * keeps itself because the dispatcher's windows know no methods: Tier 3 is "50+ per minute",
 * Tier 2 "20+ per minute" (same source). files.uploadV2 makes two Tier-2/3 calls; it is held to
 * the lower tier.
 */
export const SLACK_METHOD_TIERS = {
  'conversations.open': { limit: 50, windowMs: 60_000 },
  'chat.update': { limit: 50, windowMs: 60_000 },
  'files.uploadV2': { limit: 20, windowMs: 60_000 },
} as const satisfies Record<string, RateWindow>;
export type TieredMethod = keyof typeof SLACK_METHOD_TIERS;

/**
 * Block Kit's documented limits (docs.slack.dev, "Block Kit" reference pages), as a contract
 * every payload the bot produces is checked against (test/unit/channels/slack/gallery-limits).
 * Where Slack allows more than a reader needs (an input label may have 2,000 characters),
 * the lower figure a polished app keeps to is used, so a breach is caught early.
 */
export const BLOCK_KIT_LIMITS = {
  messageBlocks: 50,
  surfaceBlocks: 100,
  sectionText: 3_000,
  sectionFields: 10,
  sectionFieldText: 2_000,
  contextElements: 10,
  contextElementText: 2_000,
  headerText: 150,
  label: 150,
  hint: 2_000,
  placeholder: 150,
  modalTitle: 24,
  modalButton: 24,
  buttonText: 75,
  buttonValue: 2_000,
  url: 3_000,
  optionText: 75,
  optionValue: 150,
  staticSelectOptions: 100,
  radioOptions: 10,
  checkboxOptions: 10,
  actionsElements: 25,
  id: 255,
  privateMetadata: 3_000,
  textInput: 3_000,
  altText: 2_000,
  /** The `text` of chat.postMessage: Slack truncates longer ones. */
  messageText: 40_000,
} as const;

import type { Migration } from './migration';

/**
 * When each platform identity last used the bot, so that a person on both Teams
 * and Slack is messaged on the one they use. Seeded from the stored personal
 * conversations: storing one meant the person had just been there.
 */
export const identityLastSeen: Migration = {
  version: 7,
  name: 'identity-last-seen',
  sql: `
CREATE TABLE identity_last_seen (
  platform TEXT NOT NULL,
  user_id TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  PRIMARY KEY (platform, user_id)
);
INSERT INTO identity_last_seen (platform, user_id, last_seen_at)
  SELECT platform, user_id, updated_at FROM conversation_refs;
`,
  postgres: `
CREATE TABLE identity_last_seen (
  platform TEXT COLLATE "C" NOT NULL,
  user_id TEXT COLLATE "C" NOT NULL,
  last_seen_at TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (platform, user_id)
);
INSERT INTO identity_last_seen (platform, user_id, last_seen_at)
  SELECT platform, user_id, updated_at FROM conversation_refs;
`,
};

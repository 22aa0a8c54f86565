import type { Migration } from './migration';

/**
 * Delivery: the outbox of messages to send, the jobs table of due work, where
 * to reach people and channels, and what the local transport delivered.
 */
export const delivery: Migration = {
  version: 2,
  name: 'delivery',
  sql: `
CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  dedupe_key TEXT NOT NULL UNIQUE,
  cancel_group TEXT,
  destination TEXT NOT NULL,
  conversation_key TEXT NOT NULL,
  parent_key TEXT,
  view TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'cancelled')),
  attempts INTEGER NOT NULL DEFAULT 0,
  not_before TEXT NOT NULL,
  lease_owner TEXT,
  lease_until TEXT,
  message_ref TEXT,
  error TEXT,
  created_at TEXT NOT NULL,
  sent_at TEXT
);
CREATE INDEX outbox_due ON outbox(state, not_before, seq);
CREATE INDEX outbox_cancel_group ON outbox(cancel_group) WHERE cancel_group IS NOT NULL;

CREATE TABLE jobs (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  dedupe_key TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL,
  due_at TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'dropped', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  outcome TEXT,
  finished_at TEXT,
  finished_by TEXT
);
CREATE INDEX jobs_due ON jobs(state, due_at, seq);

CREATE TABLE conversation_refs (
  platform TEXT NOT NULL,
  user_id TEXT NOT NULL,
  reference TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (platform, user_id)
);

CREATE TABLE channel_bindings (
  name TEXT PRIMARY KEY CHECK (name IN ('au', 'skate')),
  platform TEXT NOT NULL,
  reference TEXT NOT NULL,
  bound_by TEXT NOT NULL,
  bound_at TEXT NOT NULL
);

CREATE TABLE local_deliveries (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  dedupe_key TEXT NOT NULL,
  destination TEXT NOT NULL,
  operation TEXT NOT NULL,
  text TEXT NOT NULL
);
`,
};

import type { Migration } from './migration';

/**
 * Idempotency entries keyed by (platform, actor, action, request id) with a
 * SHA-256 of the canonical payload, so a replay is only answered from the
 * store when it is the same request, and a different payload under the same
 * id is refused instead of silently getting someone else's answer.
 *
 * The old entries are dropped, not carried over: they had neither action nor
 * payload hash, so none could be verified, and their shared `msteams:` key for
 * invokes without an id is exactly the fault this fixes. They only ever
 * absorbed retries seconds apart, which an upgrade's restart interrupts anyway.
 */
export const idempotencyPayloads: Migration = {
  version: 5,
  name: 'idempotency-payloads',
  sql: `
DROP TABLE idempotency_keys;
CREATE TABLE idempotency_keys (
  platform TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  request_id TEXT NOT NULL CHECK (request_id <> ''),
  payload_sha256 TEXT NOT NULL CHECK (length(payload_sha256) = 64),
  result TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (platform, actor, action, request_id)
);
`,
  postgres: `
DROP TABLE idempotency_keys;
-- length() counts characters in both engines (PostgreSQL: in a UTF8 database; a SQL_ASCII one counts bytes).
CREATE TABLE idempotency_keys (
  platform TEXT COLLATE "C" NOT NULL,
  actor TEXT COLLATE "C" NOT NULL,
  action TEXT COLLATE "C" NOT NULL,
  request_id TEXT COLLATE "C" NOT NULL CHECK (request_id <> ''),
  payload_sha256 TEXT COLLATE "C" NOT NULL CHECK (length(payload_sha256) = 64),
  result TEXT COLLATE "C" NOT NULL,
  created_at TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (platform, actor, action, request_id)
);
`,
};

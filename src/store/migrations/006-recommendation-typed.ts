import type { Migration } from './migration';

/**
 * Whether a person typed a recommendation, stored as a flag. Before this, the
 * agenda decided that the secretariat had edited one by comparing the stored
 * text with the catalogue's current wording of the default, which broke when
 * the wording or the reader's language changed. The review stored its
 * defaults as author 'system', so every other author typed theirs.
 */
export const recommendationTyped: Migration = {
  version: 6,
  name: 'recommendation-typed',
  sql: `
ALTER TABLE recommendations ADD COLUMN typed INTEGER NOT NULL DEFAULT 0 CHECK (typed IN (0, 1));
UPDATE recommendations SET typed = 1 WHERE author <> 'system';
`,
  postgres: `
ALTER TABLE recommendations ADD COLUMN typed INTEGER NOT NULL DEFAULT 0 CHECK (typed IN (0, 1));
UPDATE recommendations SET typed = 1 WHERE author <> 'system';
`,
};

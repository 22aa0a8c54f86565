import type { Migration } from './migration';

/** AU votes closed by the secretariat before the round is compiled: per initiative, or the whole round. */
export const voteClosures: Migration = {
  version: 3,
  name: 'vote-closures',
  sql: `
CREATE TABLE vote_closures (
  round_id TEXT NOT NULL REFERENCES rounds(id),
  initiative_id TEXT NOT NULL,
  closed_by TEXT NOT NULL,
  closed_at TEXT NOT NULL,
  PRIMARY KEY (round_id, initiative_id)
);
`,
  postgres: `
CREATE TABLE vote_closures (
  round_id TEXT COLLATE "C" NOT NULL REFERENCES rounds(id),
  initiative_id TEXT COLLATE "C" NOT NULL,
  closed_by TEXT COLLATE "C" NOT NULL,
  closed_at TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (round_id, initiative_id)
);
`,
};

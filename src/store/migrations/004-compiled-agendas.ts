import type { Migration } from './migration';

/** Every compilation of a round's agenda item, with its documents and content hash. */
export const compiledAgendas: Migration = {
  version: 4,
  name: 'compiled-agendas',
  sql: `
CREATE TABLE compiled_agendas (
  round_id TEXT NOT NULL REFERENCES rounds(id),
  revision INTEGER NOT NULL,
  hash TEXT NOT NULL,
  case_number TEXT NOT NULL,
  locale TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  markdown TEXT NOT NULL,
  html TEXT NOT NULL,
  docx BLOB NOT NULL,
  heatmap_png BLOB NOT NULL,
  summary TEXT NOT NULL,
  published_at TEXT,
  PRIMARY KEY (round_id, revision)
);
`,
  postgres: `
CREATE TABLE compiled_agendas (
  round_id TEXT COLLATE "C" NOT NULL REFERENCES rounds(id),
  revision INTEGER NOT NULL,
  hash TEXT COLLATE "C" NOT NULL,
  case_number TEXT COLLATE "C" NOT NULL,
  locale TEXT COLLATE "C" NOT NULL,
  created_at TEXT COLLATE "C" NOT NULL,
  created_by TEXT COLLATE "C" NOT NULL,
  markdown TEXT COLLATE "C" NOT NULL,
  html TEXT COLLATE "C" NOT NULL,
  docx BYTEA NOT NULL,
  heatmap_png BYTEA NOT NULL,
  summary TEXT COLLATE "C" NOT NULL,
  published_at TEXT COLLATE "C",
  PRIMARY KEY (round_id, revision)
);
`,
};

import type { Migration } from './migration';

/**
 * AU's outcome, the secretariat's points, case numbers, editions and final treatment.
 *
 * - votes: a member's position (agree / disagree) is kept apart from their wish for an oral
 *   briefing or a separate item, with its reason, and each vote records the recommendation
 *   version it was cast on. Old votes of `oral-briefing` / `separate-item` become agree with
 *   that request: those options replaced «Enig» on the old card, so the member did not disagree
 *   (disagree asked for a comment), and what they asked for is kept with its words.
 * - recommendations: the default's code once AU has voted on it, and the version; the words
 *   of old defaults (always bokmål, never shown again) are dropped.
 * - agenda_items: whether the secretariat set the case number or it is the bot's proposal.
 * - compiled_agendas: the edition shown («Revidert utgave N»), apart from the storage revision;
 *   and how many points awaited the secretariat's decision (such a paper is not published).
 * - decisions: a point adopted as proposed, as its code.
 * - point_decisions, final_treatments, final_feedback: new.
 */
export const auOutcomeAndFinalTreatment: Migration = {
  version: 8,
  name: 'au-outcome-and-final-treatment',
  sql: `
ALTER TABLE votes RENAME TO votes_before_8;
DROP INDEX votes_round;
CREATE TABLE votes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  round_id TEXT NOT NULL REFERENCES rounds(id),
  initiative_id TEXT NOT NULL REFERENCES initiatives(id),
  voter TEXT NOT NULL REFERENCES people(email),
  choice TEXT NOT NULL CHECK (choice IN ('agree', 'disagree')),
  comment TEXT NOT NULL DEFAULT '',
  request TEXT CHECK (request IS NULL OR request IN ('oral-briefing', 'separate-item')),
  request_reason TEXT NOT NULL DEFAULT '',
  recused INTEGER NOT NULL DEFAULT 0,
  recommendation_version INTEGER NOT NULL DEFAULT 1 CHECK (recommendation_version >= 1),
  at TEXT NOT NULL
);
INSERT INTO votes (seq, round_id, initiative_id, voter, choice, comment, request, request_reason, recused, at)
  SELECT seq, round_id, initiative_id, voter,
    CASE WHEN choice = 'disagree' THEN 'disagree' ELSE 'agree' END,
    CASE WHEN choice IN ('oral-briefing', 'separate-item') THEN '' ELSE comment END,
    CASE WHEN choice IN ('oral-briefing', 'separate-item') THEN choice ELSE NULL END,
    CASE WHEN choice IN ('oral-briefing', 'separate-item') THEN comment ELSE '' END,
    recused, at
  FROM votes_before_8;
DROP TABLE votes_before_8;
CREATE INDEX votes_round ON votes(round_id, initiative_id);

ALTER TABLE recommendations ADD COLUMN draft TEXT;
ALTER TABLE recommendations ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
UPDATE recommendations SET text = '' WHERE typed = 0;

ALTER TABLE agenda_items ADD COLUMN confirmed INTEGER NOT NULL DEFAULT 0 CHECK (confirmed IN (0, 1));

ALTER TABLE compiled_agendas ADD COLUMN edition INTEGER NOT NULL DEFAULT 0;
ALTER TABLE compiled_agendas ADD COLUMN undecided_points INTEGER NOT NULL DEFAULT 0;
UPDATE compiled_agendas SET edition = revision;

ALTER TABLE decisions ADD COLUMN point TEXT;

CREATE TABLE point_decisions (
  round_id TEXT NOT NULL REFERENCES rounds(id),
  initiative_id TEXT NOT NULL REFERENCES initiatives(id),
  disposition TEXT NOT NULL CHECK (disposition IN ('secretariat-proposal', 'withdrawn')),
  decided_by TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (round_id, initiative_id)
);

CREATE TABLE final_treatments (
  initiative_id TEXT PRIMARY KEY REFERENCES initiatives(id),
  state TEXT NOT NULL CHECK (state IN ('requested', 'feedback', 'decided', 'declined')),
  requested_by TEXT NOT NULL,
  requested_at TEXT NOT NULL,
  confirmed_by TEXT,
  confirmed_at TEXT,
  feedback_deadline TEXT,
  decision_id TEXT
);

CREATE TABLE final_feedback (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  initiative_id TEXT NOT NULL REFERENCES initiatives(id),
  author TEXT NOT NULL,
  organisation_id TEXT,
  text TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX final_feedback_initiative ON final_feedback(initiative_id);
`,
  postgres: `
-- SQLite rebuilds votes because its ALTER TABLE cannot change a CHECK; PostgreSQL changes the table in
-- place, which keeps the identity sequence (no setval after copying seq) and the index. The three new
-- columns thus come after \`at\` instead of before it; every statement names its columns.
ALTER TABLE votes
  ADD COLUMN request TEXT COLLATE "C" CHECK (request IS NULL OR request IN ('oral-briefing', 'separate-item')),
  ADD COLUMN request_reason TEXT COLLATE "C" NOT NULL DEFAULT '',
  ADD COLUMN recommendation_version INTEGER NOT NULL DEFAULT 1 CHECK (recommendation_version >= 1);
-- The right-hand sides read the row as it was, as the rebuild's SELECT does.
UPDATE votes SET choice = 'agree', comment = '', request = choice, request_reason = comment
  WHERE choice IN ('oral-briefing', 'separate-item');
-- votes_choice_check is the name PostgreSQL gave migration 1's column CHECK.
ALTER TABLE votes DROP CONSTRAINT votes_choice_check;
ALTER TABLE votes ADD CONSTRAINT votes_choice_check CHECK (choice IN ('agree', 'disagree'));

ALTER TABLE recommendations ADD COLUMN draft TEXT COLLATE "C";
ALTER TABLE recommendations ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
UPDATE recommendations SET text = '' WHERE typed = 0;

ALTER TABLE agenda_items ADD COLUMN confirmed INTEGER NOT NULL DEFAULT 0 CHECK (confirmed IN (0, 1));

ALTER TABLE compiled_agendas ADD COLUMN edition INTEGER NOT NULL DEFAULT 0;
ALTER TABLE compiled_agendas ADD COLUMN undecided_points INTEGER NOT NULL DEFAULT 0;
UPDATE compiled_agendas SET edition = revision;

ALTER TABLE decisions ADD COLUMN point TEXT COLLATE "C";

CREATE TABLE point_decisions (
  round_id TEXT COLLATE "C" NOT NULL REFERENCES rounds(id),
  initiative_id TEXT COLLATE "C" NOT NULL REFERENCES initiatives(id),
  disposition TEXT COLLATE "C" NOT NULL CHECK (disposition IN ('secretariat-proposal', 'withdrawn')),
  decided_by TEXT COLLATE "C" NOT NULL,
  at TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (round_id, initiative_id)
);

CREATE TABLE final_treatments (
  initiative_id TEXT COLLATE "C" PRIMARY KEY REFERENCES initiatives(id),
  state TEXT COLLATE "C" NOT NULL CHECK (state IN ('requested', 'feedback', 'decided', 'declined')),
  requested_by TEXT COLLATE "C" NOT NULL,
  requested_at TEXT COLLATE "C" NOT NULL,
  confirmed_by TEXT COLLATE "C",
  confirmed_at TEXT COLLATE "C",
  feedback_deadline TEXT COLLATE "C",
  decision_id TEXT COLLATE "C"
);

CREATE TABLE final_feedback (
  seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  initiative_id TEXT COLLATE "C" NOT NULL REFERENCES initiatives(id),
  author TEXT COLLATE "C" NOT NULL,
  organisation_id TEXT COLLATE "C",
  text TEXT COLLATE "C" NOT NULL,
  at TEXT COLLATE "C" NOT NULL
);
CREATE INDEX final_feedback_initiative ON final_feedback(initiative_id);
`,
};

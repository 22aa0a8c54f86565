import type { Migration } from './migration';

/** The registry, the reporting cycle, the audit log and idempotency keys. */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE organisations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  org_number TEXT
);

CREATE TABLE people (
  email TEXT PRIMARY KEY CHECK (email = lower(email)),
  name TEXT NOT NULL,
  locale TEXT NOT NULL CHECK (locale IN ('nb', 'nn', 'en')),
  roles TEXT NOT NULL DEFAULT '[]',
  organisation_id TEXT REFERENCES organisations(id)
);

CREATE TABLE platform_identities (
  platform TEXT NOT NULL CHECK (platform IN ('msteams', 'slack')),
  user_id TEXT NOT NULL,
  email TEXT NOT NULL REFERENCES people(email) ON DELETE CASCADE,
  linked_at TEXT NOT NULL,
  PRIMARY KEY (platform, user_id)
);
CREATE INDEX platform_identities_email ON platform_identities(email);

CREATE TABLE initiatives (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  owner_organisation_id TEXT NOT NULL REFERENCES organisations(id),
  acceptance TEXT NOT NULL CHECK (acceptance IN ('proposed', 'accepted', 'declined')),
  focus_area TEXT NOT NULL,
  life_events TEXT NOT NULL DEFAULT '[]',
  sdgs TEXT NOT NULL DEFAULT '[]',
  agreed_result TEXT NOT NULL,
  agreed_completion_date TEXT NOT NULL,
  agreed_cost_nok REAL NOT NULL CHECK (agreed_cost_nok >= 0),
  tolerance_days INTEGER NOT NULL CHECK (tolerance_days >= 0),
  tolerance_percent REAL NOT NULL CHECK (tolerance_percent >= 0),
  phase TEXT NOT NULL CHECK (phase IN ('concept', 'planning', 'execution', 'finished', 'final-treatment-done')),
  track TEXT NOT NULL CHECK (track IN ('skate', 'line'))
);

CREATE TABLE initiative_contacts (
  initiative_id TEXT NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
  email TEXT NOT NULL REFERENCES people(email),
  position INTEGER NOT NULL,
  PRIMARY KEY (initiative_id, email)
);
CREATE INDEX initiative_contacts_email ON initiative_contacts(email);

CREATE TABLE delegations (
  initiative_id TEXT NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
  from_email TEXT NOT NULL REFERENCES people(email),
  to_email TEXT NOT NULL REFERENCES people(email),
  from_date TEXT NOT NULL,
  to_date TEXT NOT NULL CHECK (to_date >= from_date),
  PRIMARY KEY (initiative_id, from_email, to_email, from_date)
);

CREATE TABLE meetings (
  id TEXT PRIMARY KEY,
  forum TEXT NOT NULL CHECK (forum IN ('skate', 'au')),
  date TEXT NOT NULL,
  place TEXT
);

CREATE TABLE rounds (
  id TEXT PRIMARY KEY,
  skate_meeting_id TEXT NOT NULL UNIQUE REFERENCES meetings(id),
  au_meeting_id TEXT REFERENCES meetings(id),
  deadline TEXT NOT NULL,
  lock_at TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('planned', 'open', 'in-review', 'compiled', 'closed')),
  opened_at TEXT,
  closed_at TEXT
);

CREATE TABLE reports (
  initiative_id TEXT NOT NULL REFERENCES initiatives(id),
  round_id TEXT NOT NULL REFERENCES rounds(id),
  state TEXT NOT NULL CHECK (state IN ('draft', 'submitted')),
  version INTEGER NOT NULL,
  fields TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  submitted_at TEXT,
  PRIMARY KEY (initiative_id, round_id)
);

CREATE TABLE report_versions (
  initiative_id TEXT NOT NULL,
  round_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  state TEXT NOT NULL,
  fields TEXT NOT NULL,
  author TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (initiative_id, round_id, version),
  FOREIGN KEY (initiative_id, round_id) REFERENCES reports(initiative_id, round_id)
);

CREATE TABLE votes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  round_id TEXT NOT NULL REFERENCES rounds(id),
  initiative_id TEXT NOT NULL REFERENCES initiatives(id),
  voter TEXT NOT NULL REFERENCES people(email),
  choice TEXT NOT NULL CHECK (choice IN ('agree', 'disagree', 'oral-briefing', 'separate-item')),
  comment TEXT NOT NULL DEFAULT '',
  recused INTEGER NOT NULL DEFAULT 0,
  at TEXT NOT NULL
);
CREATE INDEX votes_round ON votes(round_id, initiative_id);

CREATE TABLE recommendations (
  round_id TEXT NOT NULL REFERENCES rounds(id),
  initiative_id TEXT NOT NULL REFERENCES initiatives(id),
  text TEXT NOT NULL,
  author TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (round_id, initiative_id)
);

CREATE TABLE decisions (
  id TEXT PRIMARY KEY,
  initiative_id TEXT NOT NULL REFERENCES initiatives(id),
  round_id TEXT NOT NULL REFERENCES rounds(id),
  text TEXT NOT NULL,
  decided_on TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('open', 'closed')),
  recorded_by TEXT NOT NULL
);
CREATE INDEX decisions_initiative ON decisions(initiative_id);

CREATE TABLE agenda_items (
  round_id TEXT PRIMARY KEY REFERENCES rounds(id),
  year INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  case_number TEXT NOT NULL,
  UNIQUE (year, seq)
);

CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  before TEXT,
  after TEXT
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);

CREATE TABLE idempotency_keys (
  key TEXT PRIMARY KEY,
  actor TEXT NOT NULL,
  result TEXT NOT NULL,
  created_at TEXT NOT NULL
);
`,
  postgres: `
-- lower() on a COLLATE "C" value folds ASCII letters only, as SQLite's built-in lower() does,
-- so the CHECK accepts and refuses the same addresses in both engines.
CREATE TABLE organisations (
  id TEXT COLLATE "C" PRIMARY KEY,
  name TEXT COLLATE "C" NOT NULL,
  org_number TEXT COLLATE "C"
);

CREATE TABLE people (
  email TEXT COLLATE "C" PRIMARY KEY CHECK (email = lower(email)),
  name TEXT COLLATE "C" NOT NULL,
  locale TEXT COLLATE "C" NOT NULL CHECK (locale IN ('nb', 'nn', 'en')),
  roles TEXT COLLATE "C" NOT NULL DEFAULT '[]',
  organisation_id TEXT COLLATE "C" REFERENCES organisations(id)
);

CREATE TABLE platform_identities (
  platform TEXT COLLATE "C" NOT NULL CHECK (platform IN ('msteams', 'slack')),
  user_id TEXT COLLATE "C" NOT NULL,
  email TEXT COLLATE "C" NOT NULL REFERENCES people(email) ON DELETE CASCADE,
  linked_at TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (platform, user_id)
);
CREATE INDEX platform_identities_email ON platform_identities(email);

CREATE TABLE initiatives (
  id TEXT COLLATE "C" PRIMARY KEY,
  title TEXT COLLATE "C" NOT NULL,
  description TEXT COLLATE "C" NOT NULL DEFAULT '',
  owner_organisation_id TEXT COLLATE "C" NOT NULL REFERENCES organisations(id),
  acceptance TEXT COLLATE "C" NOT NULL CHECK (acceptance IN ('proposed', 'accepted', 'declined')),
  focus_area TEXT COLLATE "C" NOT NULL,
  life_events TEXT COLLATE "C" NOT NULL DEFAULT '[]',
  sdgs TEXT COLLATE "C" NOT NULL DEFAULT '[]',
  agreed_result TEXT COLLATE "C" NOT NULL,
  agreed_completion_date TEXT COLLATE "C" NOT NULL,
  agreed_cost_nok DOUBLE PRECISION NOT NULL CHECK (agreed_cost_nok >= 0),
  tolerance_days INTEGER NOT NULL CHECK (tolerance_days >= 0),
  tolerance_percent DOUBLE PRECISION NOT NULL CHECK (tolerance_percent >= 0),
  phase TEXT COLLATE "C" NOT NULL CHECK (phase IN ('concept', 'planning', 'execution', 'finished', 'final-treatment-done')),
  track TEXT COLLATE "C" NOT NULL CHECK (track IN ('skate', 'line'))
);

CREATE TABLE initiative_contacts (
  initiative_id TEXT COLLATE "C" NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
  email TEXT COLLATE "C" NOT NULL REFERENCES people(email),
  position INTEGER NOT NULL,
  PRIMARY KEY (initiative_id, email)
);
CREATE INDEX initiative_contacts_email ON initiative_contacts(email);

CREATE TABLE delegations (
  initiative_id TEXT COLLATE "C" NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
  from_email TEXT COLLATE "C" NOT NULL REFERENCES people(email),
  to_email TEXT COLLATE "C" NOT NULL REFERENCES people(email),
  from_date TEXT COLLATE "C" NOT NULL,
  to_date TEXT COLLATE "C" NOT NULL CHECK (to_date >= from_date),
  PRIMARY KEY (initiative_id, from_email, to_email, from_date)
);

CREATE TABLE meetings (
  id TEXT COLLATE "C" PRIMARY KEY,
  forum TEXT COLLATE "C" NOT NULL CHECK (forum IN ('skate', 'au')),
  date TEXT COLLATE "C" NOT NULL,
  place TEXT COLLATE "C"
);

CREATE TABLE rounds (
  id TEXT COLLATE "C" PRIMARY KEY,
  skate_meeting_id TEXT COLLATE "C" NOT NULL UNIQUE REFERENCES meetings(id),
  au_meeting_id TEXT COLLATE "C" REFERENCES meetings(id),
  deadline TEXT COLLATE "C" NOT NULL,
  lock_at TEXT COLLATE "C" NOT NULL,
  state TEXT COLLATE "C" NOT NULL CHECK (state IN ('planned', 'open', 'in-review', 'compiled', 'closed')),
  opened_at TEXT COLLATE "C",
  closed_at TEXT COLLATE "C"
);

CREATE TABLE reports (
  initiative_id TEXT COLLATE "C" NOT NULL REFERENCES initiatives(id),
  round_id TEXT COLLATE "C" NOT NULL REFERENCES rounds(id),
  state TEXT COLLATE "C" NOT NULL CHECK (state IN ('draft', 'submitted')),
  version INTEGER NOT NULL,
  fields TEXT COLLATE "C" NOT NULL,
  updated_by TEXT COLLATE "C" NOT NULL,
  updated_at TEXT COLLATE "C" NOT NULL,
  submitted_at TEXT COLLATE "C",
  PRIMARY KEY (initiative_id, round_id)
);

CREATE TABLE report_versions (
  initiative_id TEXT COLLATE "C" NOT NULL,
  round_id TEXT COLLATE "C" NOT NULL,
  version INTEGER NOT NULL,
  state TEXT COLLATE "C" NOT NULL,
  fields TEXT COLLATE "C" NOT NULL,
  author TEXT COLLATE "C" NOT NULL,
  at TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (initiative_id, round_id, version),
  FOREIGN KEY (initiative_id, round_id) REFERENCES reports(initiative_id, round_id)
);

-- SQLite's AUTOINCREMENT never reuses a number; neither does an identity column's sequence. Unlike
-- SQLite, a rolled-back insert still uses up its number, and numbers are handed out at insert,
-- not at commit, so a reader may see seq 5 committed before seq 4.
CREATE TABLE votes (
  seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  round_id TEXT COLLATE "C" NOT NULL REFERENCES rounds(id),
  initiative_id TEXT COLLATE "C" NOT NULL REFERENCES initiatives(id),
  voter TEXT COLLATE "C" NOT NULL REFERENCES people(email),
  choice TEXT COLLATE "C" NOT NULL CHECK (choice IN ('agree', 'disagree', 'oral-briefing', 'separate-item')),
  comment TEXT COLLATE "C" NOT NULL DEFAULT '',
  recused INTEGER NOT NULL DEFAULT 0,
  at TEXT COLLATE "C" NOT NULL
);
CREATE INDEX votes_round ON votes(round_id, initiative_id);

CREATE TABLE recommendations (
  round_id TEXT COLLATE "C" NOT NULL REFERENCES rounds(id),
  initiative_id TEXT COLLATE "C" NOT NULL REFERENCES initiatives(id),
  text TEXT COLLATE "C" NOT NULL,
  author TEXT COLLATE "C" NOT NULL,
  updated_at TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (round_id, initiative_id)
);

CREATE TABLE decisions (
  id TEXT COLLATE "C" PRIMARY KEY,
  initiative_id TEXT COLLATE "C" NOT NULL REFERENCES initiatives(id),
  round_id TEXT COLLATE "C" NOT NULL REFERENCES rounds(id),
  text TEXT COLLATE "C" NOT NULL,
  decided_on TEXT COLLATE "C" NOT NULL,
  state TEXT COLLATE "C" NOT NULL CHECK (state IN ('open', 'closed')),
  recorded_by TEXT COLLATE "C" NOT NULL
);
CREATE INDEX decisions_initiative ON decisions(initiative_id);

CREATE TABLE agenda_items (
  round_id TEXT COLLATE "C" PRIMARY KEY REFERENCES rounds(id),
  year INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  case_number TEXT COLLATE "C" NOT NULL,
  UNIQUE (year, seq)
);

CREATE TABLE audit_log (
  seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  at TEXT COLLATE "C" NOT NULL,
  actor TEXT COLLATE "C" NOT NULL,
  action TEXT COLLATE "C" NOT NULL,
  entity TEXT COLLATE "C" NOT NULL,
  entity_id TEXT COLLATE "C" NOT NULL,
  before TEXT COLLATE "C",
  after TEXT COLLATE "C"
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);

CREATE TABLE idempotency_keys (
  key TEXT COLLATE "C" PRIMARY KEY,
  actor TEXT COLLATE "C" NOT NULL,
  result TEXT COLLATE "C" NOT NULL,
  created_at TEXT COLLATE "C" NOT NULL
);
`,
};

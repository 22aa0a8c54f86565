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
};

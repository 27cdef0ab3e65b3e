-- Foundation: organizations, people, memberships, accounts, sessions, audit.
-- Portable SQL (SQLite and PostgreSQL): no triggers, enums, arrays or JSON operators.
-- Dates are ISO 'YYYY-MM-DD' text; instants are ISO 8601 UTC text.
-- Ids are 64-bit, allocated by the application from id_sequence.

CREATE TABLE id_sequence (
  name       TEXT PRIMARY KEY,
  next_value BIGINT NOT NULL
);
INSERT INTO id_sequence (name, next_value) VALUES ('global', 1);

-- The organization tree as a materialized path of ids: '/1/7/42/'.
CREATE TABLE orgs (
  id             BIGINT PRIMARY KEY,
  parent_id      BIGINT REFERENCES orgs (id),
  name           TEXT NOT NULL,
  name_key       TEXT NOT NULL,            -- folded name for accent-insensitive search
  type           TEXT NOT NULL,
  category       TEXT NOT NULL DEFAULT '',
  staff_count    INTEGER,
  path           TEXT NOT NULL UNIQUE,
  established_on TEXT NOT NULL,
  dissolved_on   TEXT,
  version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX orgs_parent ON orgs (parent_id);

-- Each change to an organization, with the date it takes effect: history is kept.
CREATE TABLE org_events (
  id           BIGINT PRIMARY KEY,
  org_id       BIGINT NOT NULL REFERENCES orgs (id),
  kind         TEXT NOT NULL,
  effective_on TEXT NOT NULL,
  before_json  TEXT NOT NULL,
  after_json   TEXT NOT NULL,
  recorded_at  TEXT NOT NULL,
  recorded_by  TEXT NOT NULL
);
CREATE INDEX org_events_org ON org_events (org_id, effective_on);

CREATE TABLE people (
  id                     BIGINT PRIMARY KEY,
  org_id                 BIGINT NOT NULL REFERENCES orgs (id),
  full_name              TEXT NOT NULL,
  search_key             TEXT NOT NULL,    -- folded full and other names
  sort_key               BLOB NOT NULL,    -- ICU 'vi' key: given, middle, family name
  other_names            TEXT NOT NULL DEFAULT '',
  gender                 TEXT NOT NULL,
  birth_date             TEXT NOT NULL,
  birthplace             TEXT NOT NULL DEFAULT '',
  hometown               TEXT NOT NULL DEFAULT '',
  residence              TEXT NOT NULL DEFAULT '',
  ethnicity              TEXT NOT NULL DEFAULT '',
  religion               TEXT NOT NULL DEFAULT '',
  cccd                   TEXT NOT NULL UNIQUE,
  education_general      TEXT NOT NULL DEFAULT '',
  education_professional TEXT NOT NULL DEFAULT '',
  political_theory       TEXT NOT NULL DEFAULT '',
  occupation             TEXT NOT NULL DEFAULT '',
  youth_union            INTEGER NOT NULL DEFAULT 0,
  trade_union            INTEGER NOT NULL DEFAULT 0,
  phone                  TEXT NOT NULL DEFAULT '',
  version                INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX people_org ON people (org_id, sort_key);

-- Party membership: status follows from these dates, never typed in.
CREATE TABLE memberships (
  id              BIGINT PRIMARY KEY,
  person_id       BIGINT NOT NULL REFERENCES people (id),
  org_id          BIGINT NOT NULL REFERENCES orgs (id),
  decision_on     TEXT NOT NULL,
  ceremony_on     TEXT NOT NULL,
  official_on     TEXT,
  left_on         TEXT,
  left_reason     TEXT NOT NULL DEFAULT '',
  temporary_from  TEXT,
  temporary_until TEXT,
  temporary_note  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX memberships_person ON memberships (person_id, ceremony_on);
CREATE INDEX memberships_org ON memberships (org_id);

CREATE TABLE users (
  id            BIGINT PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE,
  full_name     TEXT NOT NULL DEFAULT '',
  password_hash TEXT NOT NULL,
  role          TEXT NOT NULL,
  org_id        BIGINT NOT NULL REFERENCES orgs (id),
  disabled      INTEGER NOT NULL DEFAULT 0,
  created_at    TEXT NOT NULL
);

-- Only a digest of the session token is kept: a stolen database yields no live session.
CREATE TABLE sessions (
  token_digest TEXT PRIMARY KEY,
  user_id      BIGINT NOT NULL REFERENCES users (id),
  csrf         TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  expires_at   TEXT NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- org_path is the path of the organization the record belongs to: it scopes who may read it.
CREATE TABLE audit (
  id          BIGINT PRIMARY KEY,
  at          TEXT NOT NULL,
  user_id     BIGINT,
  username    TEXT NOT NULL,
  action      TEXT NOT NULL,
  entity      TEXT NOT NULL,
  entity_id   BIGINT NOT NULL,
  org_path    TEXT NOT NULL,
  before_json TEXT NOT NULL,
  after_json  TEXT NOT NULL
);
CREATE INDEX audit_entity ON audit (entity, entity_id);
CREATE INDEX audit_org_path ON audit (org_path, id);

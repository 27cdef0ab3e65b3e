-- Dossiers (hồ sơ phát triển đảng viên): one candidate's journey through the pipeline,
-- its recorded steps, the helpers' monthly notes, batch actions, and the facts about an
-- organization the pipeline needs. Portable SQL, as 0001.

-- stage and next_* are the pipeline's verdict, stored after every write so that lists,
-- statistics and the worklist never recompute every dossier.
CREATE TABLE dossiers (
  id                BIGINT PRIMARY KEY,
  person_id         BIGINT NOT NULL REFERENCES people (id),
  org_id            BIGINT NOT NULL REFERENCES orgs (id),   -- the chi bộ handling it
  profile_json      TEXT NOT NULL DEFAULT '{}',             -- education, hardship area, ... (E-3, E-7)
  stage             TEXT NOT NULL DEFAULT 'moi',            -- code of the last step, 'moi' when none
  open              INTEGER NOT NULL DEFAULT 1,
  next_step         TEXT,
  next_earliest     TEXT,
  next_due          TEXT,
  next_due_extended TEXT,
  next_rule         TEXT NOT NULL DEFAULT '',
  membership_id     BIGINT REFERENCES memberships (id),     -- created by the ceremony
  version           INTEGER NOT NULL DEFAULT 1,
  opened_at         TEXT NOT NULL,
  closed_at         TEXT
);
-- One open dossier per person.
CREATE UNIQUE INDEX dossiers_open_person ON dossiers (person_id) WHERE open = 1;
CREATE INDEX dossiers_org_stage ON dossiers (org_id, stage);
CREATE INDEX dossiers_worklist ON dossiers (org_id, open, next_due);

-- Every step taken is an immutable event; the dossier's state is derived from them.
CREATE TABLE dossier_steps (
  id          BIGINT PRIMARY KEY,
  dossier_id  BIGINT NOT NULL REFERENCES dossiers (id),
  step        TEXT NOT NULL,
  date        TEXT NOT NULL,
  data_json   TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  batch_id    BIGINT
);
CREATE INDEX dossier_steps_dossier ON dossier_steps (dossier_id, id);

-- Helpers' progress notes reported at the chi bộ's monthly meetings.
CREATE TABLE dossier_notes (
  id          BIGINT PRIMARY KEY,
  dossier_id  BIGINT NOT NULL REFERENCES dossiers (id),
  meeting_on  TEXT NOT NULL,
  helper      TEXT NOT NULL DEFAULT '',
  note        TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL
);
CREATE INDEX dossier_notes_dossier ON dossier_notes (dossier_id, meeting_on);

-- One action covering several dossiers: an awareness class, an examination session,
-- one decision or one ceremony for several candidates.
CREATE TABLE batches (
  id          BIGINT PRIMARY KEY,
  step        TEXT NOT NULL,
  date        TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL
);

-- What the pipeline needs to know of an organization (R-2, P-10, P-11, O-3) and the
-- settings it chose (RULES.md §11). NULL: not known.
CREATE TABLE org_profiles (
  org_id              BIGINT PRIMARY KEY REFERENCES orgs (id),
  has_youth_union     INTEGER,
  has_trade_union     INTEGER,
  committee_members   INTEGER,
  has_dang_uy_bo_phan INTEGER,
  settings_json       TEXT NOT NULL DEFAULT '{}'
);

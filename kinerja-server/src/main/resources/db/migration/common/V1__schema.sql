-- One schema for both engines (SQLite embedded, PostgreSQL): portable types only; ${serial} and
-- ${blob} are the two spellings that differ (see Store.Engine). Times are epoch milliseconds.

CREATE TABLE units (
  id         TEXT PRIMARY KEY,
  parent_id  TEXT REFERENCES units (id),
  kind       TEXT NOT NULL,
  name       TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX units_by_parent ON units (parent_id);

CREATE TABLE users (
  username      TEXT PRIMARY KEY,
  password_hash TEXT NOT NULL,
  admin         BOOLEAN NOT NULL,
  created_at    BIGINT NOT NULL
);

-- A role on a unit holds on its children too.
CREATE TABLE grants (
  username TEXT NOT NULL REFERENCES users (username),
  unit_id  TEXT NOT NULL REFERENCES units (id),
  role     TEXT NOT NULL,
  PRIMARY KEY (username, unit_id)
);

-- Only hashes of session ids and API tokens are kept: a copy of the database logs nobody in.
CREATE TABLE sessions (
  id_hash    TEXT PRIMARY KEY,
  username   TEXT NOT NULL REFERENCES users (username),
  csrf       TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);

CREATE TABLE tokens (
  id         TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  username   TEXT NOT NULL REFERENCES users (username),
  created_at BIGINT NOT NULL,
  revoked_at BIGINT
);

-- data_version goes up with every write of the scorecard's figures: with version it keys the results cache.
CREATE TABLE scorecards (
  id           TEXT PRIMARY KEY,
  unit_id      TEXT NOT NULL REFERENCES units (id),
  name         TEXT NOT NULL,
  version      INTEGER NOT NULL,
  data_version BIGINT NOT NULL,
  created_at   BIGINT NOT NULL
);
CREATE INDEX scorecards_by_unit ON scorecards (unit_id);

-- Each version keeps the YAML exactly as uploaded, so an export gives the same bytes back.
CREATE TABLE scorecard_versions (
  scorecard_id TEXT NOT NULL REFERENCES scorecards (id),
  version      INTEGER NOT NULL,
  file_name    TEXT NOT NULL,
  yaml         TEXT NOT NULL,
  created_by   TEXT NOT NULL,
  created_at   BIGINT NOT NULL,
  PRIMARY KEY (scorecard_id, version)
);

-- The data files a version brings besides its figures: work programme, questionnaires, raw records.
CREATE TABLE scorecard_files (
  scorecard_id TEXT NOT NULL,
  version      INTEGER NOT NULL,
  path         TEXT NOT NULL,
  content      ${blob} NOT NULL,
  PRIMARY KEY (scorecard_id, version, path),
  FOREIGN KEY (scorecard_id, version) REFERENCES scorecard_versions (scorecard_id, version)
);

-- segment: '' for the whole unit, else the dimensions as a JSON object with sorted keys.
CREATE TABLE measure_values (
  scorecard_id TEXT NOT NULL REFERENCES scorecards (id),
  period       TEXT NOT NULL,
  measure      TEXT NOT NULL,
  segment      TEXT NOT NULL,
  value        DOUBLE PRECISION NOT NULL,
  note         TEXT,
  updated_by   TEXT NOT NULL,
  updated_at   BIGINT NOT NULL,
  PRIMARY KEY (scorecard_id, period, measure, segment)
);

CREATE TABLE value_history (
  id           ${serial},
  scorecard_id TEXT NOT NULL REFERENCES scorecards (id),
  period       TEXT NOT NULL,
  measure      TEXT NOT NULL,
  segment      TEXT NOT NULL,
  old_value    DOUBLE PRECISION,
  new_value    DOUBLE PRECISION,
  note         TEXT,
  source       TEXT NOT NULL,
  changed_by   TEXT NOT NULL,
  changed_at   BIGINT NOT NULL
);
CREATE INDEX value_history_by_measure ON value_history (scorecard_id, measure, period);

CREATE TABLE audit_log (
  id       ${serial},
  at       BIGINT NOT NULL,
  username TEXT,
  action   TEXT NOT NULL,
  unit_id  TEXT,
  target   TEXT,
  detail   TEXT
);

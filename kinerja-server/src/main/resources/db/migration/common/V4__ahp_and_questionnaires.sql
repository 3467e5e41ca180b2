-- AHP judgements, one matrix per scorecard, level and person; and Likert questionnaires answered through
-- links. level: '' for the perspectives, else the id of the perspective whose indicators are compared.
CREATE TABLE ahp_judgements (
  scorecard_id TEXT NOT NULL REFERENCES scorecards (id),
  level        TEXT NOT NULL,
  username     TEXT NOT NULL REFERENCES users (username),
  elements     TEXT NOT NULL,
  matrix       TEXT NOT NULL,
  updated_at   BIGINT NOT NULL,
  PRIMARY KEY (scorecard_id, level, username)
);

-- questions: a JSON array of texts; the scale is whole numbers scale_min … scale_max.
CREATE TABLE questionnaires (
  id           TEXT PRIMARY KEY,
  scorecard_id TEXT NOT NULL REFERENCES scorecards (id),
  survey       TEXT NOT NULL,
  period       TEXT NOT NULL,
  title        TEXT NOT NULL,
  questions    TEXT NOT NULL,
  scale_min    INTEGER NOT NULL,
  scale_max    INTEGER NOT NULL,
  created_by   TEXT NOT NULL,
  created_at   BIGINT NOT NULL,
  closed_at    BIGINT
);
CREATE INDEX questionnaires_by_scorecard ON questionnaires (scorecard_id);

-- Only the hash of a respondent's token is kept, as for API tokens.
CREATE TABLE questionnaire_links (
  id               TEXT PRIMARY KEY,
  questionnaire_id TEXT NOT NULL REFERENCES questionnaires (id),
  token_hash       TEXT NOT NULL UNIQUE,
  created_at       BIGINT NOT NULL,
  revoked_at       BIGINT,
  answered_at      BIGINT
);
CREATE INDEX questionnaire_links_by_questionnaire ON questionnaire_links (questionnaire_id);

-- One response per link at most: the primary key itself refuses a second one.
CREATE TABLE questionnaire_responses (
  link_id          TEXT PRIMARY KEY REFERENCES questionnaire_links (id),
  questionnaire_id TEXT NOT NULL REFERENCES questionnaires (id),
  answers          TEXT NOT NULL,
  submitted_at     BIGINT NOT NULL
);

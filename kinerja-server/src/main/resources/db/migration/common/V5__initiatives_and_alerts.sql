-- Initiatives (action plans on an indicator) and alerts (rules, and the alerts they raised).
-- Dates are ISO text (yyyy-mm-dd); money is whole Rupiah; times are epoch milliseconds.

CREATE TABLE initiatives (
  id           ${serial},
  scorecard_id TEXT NOT NULL REFERENCES scorecards (id),
  indicator    TEXT NOT NULL,
  title        TEXT NOT NULL,
  owner        TEXT NOT NULL,
  start_date   TEXT NOT NULL,
  due_date     TEXT NOT NULL,
  status       TEXT NOT NULL,
  progress     INTEGER NOT NULL,
  budget       BIGINT,
  note         TEXT,
  updated_by   TEXT NOT NULL,
  updated_at   BIGINT NOT NULL
);
CREATE INDEX initiatives_by_scorecard ON initiatives (scorecard_id, indicator);

-- indicator '' is a rule on the scorecard's overall score; kind: red, below, no_data.
CREATE TABLE alert_rules (
  id           ${serial},
  scorecard_id TEXT NOT NULL REFERENCES scorecards (id),
  indicator    TEXT NOT NULL,
  kind         TEXT NOT NULL,
  measure      TEXT,
  threshold    DOUBLE PRECISION,
  day          INTEGER,
  webhook      TEXT,
  created_by   TEXT NOT NULL,
  created_at   BIGINT NOT NULL
);
CREATE INDEX alert_rules_by_scorecard ON alert_rules (scorecard_id);

-- One alert per rule and period at most; webhook: the outcome of sending it (null: nothing to send).
CREATE TABLE alerts (
  id           ${serial},
  rule_id      BIGINT NOT NULL,
  scorecard_id TEXT NOT NULL REFERENCES scorecards (id),
  indicator    TEXT NOT NULL,
  period       TEXT NOT NULL,
  kind         TEXT NOT NULL,
  observed     TEXT,
  message      TEXT NOT NULL,
  status       TEXT NOT NULL,
  raised_at    BIGINT NOT NULL,
  acknowledged_by TEXT,
  webhook      TEXT,
  UNIQUE (rule_id, period)
);
CREATE INDEX alerts_by_scorecard ON alerts (scorecard_id, status);

-- A deleted unit or scorecard is archived, not removed: it leaves every list and answers as if it were
-- gone, while its versions, figures, history of values and audit trail stay (and its id stays taken).
ALTER TABLE units ADD COLUMN archived_at BIGINT;
ALTER TABLE scorecards ADD COLUMN archived_at BIGINT;

-- Failed logins per user name ('user:NAME') and per address ('address:IP'), kept in the store so that a
-- restart does not hand a password guesser a fresh allowance (see auth.Throttle).
CREATE TABLE login_failures (
  subject TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  last_at BIGINT NOT NULL
);
CREATE INDEX login_failures_by_time ON login_failures (last_at);

-- The audit log and the history of values are append-only: the database itself refuses to change them.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER value_history_no_update BEFORE UPDATE ON value_history
BEGIN
  SELECT RAISE(ABORT, 'the history of values is append-only');
END;
CREATE TRIGGER value_history_no_delete BEFORE DELETE ON value_history
BEGIN
  SELECT RAISE(ABORT, 'the history of values is append-only');
END;

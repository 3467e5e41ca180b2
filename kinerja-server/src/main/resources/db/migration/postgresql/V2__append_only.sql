-- The audit log and the history of values are append-only: the database itself refuses to change them.
CREATE FUNCTION kinerja_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION kinerja_append_only();
CREATE TRIGGER value_history_append_only BEFORE UPDATE OR DELETE ON value_history
  FOR EACH ROW EXECUTE FUNCTION kinerja_append_only();

package io.kinerja.server.audit;

import io.kinerja.server.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Writes and reads the audit log. */
public final class Audit {

  /** One write: {@code action} such as {@code values.put}, on {@code unit} (if any) and {@code target}. */
  public record Entry(long id, long at, String username, String action, String unit, String target, String detail) {}

  private Audit() {}

  /** Adds an entry inside the caller's transaction. */
  public static void record(Connection c, long at, String username, String action, String unit, String target,
      String detail) throws SQLException {
    Sql.update(c, "INSERT INTO audit_log (at, username, action, unit_id, target, detail) VALUES (?, ?, ?, ?, ?, ?)",
        at, username, action, unit, target, detail);
  }

  /**
   * The newest entries first, at most {@code limit}, older than {@code before} (an id; null: the newest);
   * only those on {@code units} unless {@code units} is null (everything).
   */
  public static List<Entry> list(Connection c, Set<String> units, Long before, int limit) throws SQLException {
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT id, at, username, action, unit_id, target, detail FROM audit_log WHERE 1 = 1");
    if (before != null) {
      sql.append(" AND id < ?");
      args.add(before);
    }
    if (units != null) {
      if (units.isEmpty()) {
        return List.of();
      }
      sql.append(" AND unit_id IN (").append("?, ".repeat(units.size() - 1)).append("?)");
      args.addAll(units);
    }
    sql.append(" ORDER BY id DESC LIMIT ").append(limit); // limit is an int, checked by the caller
    return Sql.list(c, sql.toString(), r -> new Entry(r.getLong("id"), r.getLong("at"), r.getString("username"),
        r.getString("action"), r.getString("unit_id"), r.getString("target"), r.getString("detail")), args.toArray());
  }
}

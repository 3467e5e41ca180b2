package io.kinerja.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small JDBC helpers: every value goes in as a bind parameter. */
public final class Sql {

  /** Maps the current row of a result set. */
  @FunctionalInterface
  public interface Row<T> {
    T map(ResultSet row) throws SQLException;
  }

  private Sql() {}

  public static <T> List<T> list(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
    try (PreparedStatement s = prepared(c, sql, args); ResultSet rs = s.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (rs.next()) {
        out.add(row.map(rs));
      }
      return out;
    }
  }

  public static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
    List<T> all = list(c, sql, row, args);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  public static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement s = prepared(c, sql, args)) {
      return s.executeUpdate();
    }
  }

  /** Runs {@code sql} once per row of {@code rows}, in batches. */
  public static void batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      int pending = 0;
      for (Object[] args : rows) {
        bind(s, args);
        s.addBatch();
        if (++pending == 1000) {
          s.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        s.executeBatch();
      }
    }
  }

  private static PreparedStatement prepared(Connection c, String sql, Object... args) throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    try {
      bind(s, args);
      return s;
    } catch (SQLException e) {
      s.close();
      throw e;
    }
  }

  private static void bind(PreparedStatement s, Object[] args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a == null) {
        s.setNull(i + 1, Types.NULL);
      } else if (a instanceof byte[] bytes) {
        s.setBytes(i + 1, bytes);
      } else {
        s.setObject(i + 1, a);
      }
    }
  }

  /** A nullable double column. */
  public static Double nullableDouble(ResultSet rs, String column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }
}

package io.kinerja.metrics.engine;

import io.kinerja.metrics.sql.SqlQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Runs a rendered query with its binds over one connection, row by row. */
final class Jdbc {

  interface RowHandler {
    void row(ResultSet row) throws SQLException;
  }

  private final Connection connection;

  Jdbc(Connection connection) {
    this.connection = connection;
  }

  /** The connection, for what is not a query: loading a sheet into a table. */
  Connection connection() {
    return connection;
  }

  synchronized void query(SqlQuery query, RowHandler handler) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
      bind(statement, query.parameters());
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          handler.row(rows);
        }
      }
    }
  }

  private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
  }

  /** A column holding a day (a date, or a timestamp at midnight) as a {@link LocalDate}. */
  static LocalDate day(ResultSet row, int column) throws SQLException {
    Object value = row.getObject(column);
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate) {
      return (LocalDate) value;
    }
    if (value instanceof LocalDateTime) {
      return ((LocalDateTime) value).toLocalDate();
    }
    if (value instanceof java.sql.Timestamp) {
      return ((java.sql.Timestamp) value).toLocalDateTime().toLocalDate();
    }
    if (value instanceof java.sql.Date) {
      return ((java.sql.Date) value).toLocalDate();
    }
    return LocalDate.parse(value.toString().substring(0, 10));
  }

  /** A numeric column as a double, {@code null} for SQL NULL. */
  static Double number(ResultSet row, int column) throws SQLException {
    Object value = row.getObject(column);
    return value == null ? null : ((Number) value).doubleValue();
  }

  /** The first line of a database's message: the rest is usually a stack of context. */
  static String firstLine(SQLException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    return message.lines().findFirst().orElse(message).trim();
  }
}

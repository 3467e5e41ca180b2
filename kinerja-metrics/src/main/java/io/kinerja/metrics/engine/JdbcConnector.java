package io.kinerja.metrics.engine;

import io.kinerja.metrics.sql.Dialect;
import io.kinerja.metrics.sql.SqlQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Runs rendered queries with their binds over one JDBC connection, row by row. */
public final class JdbcConnector implements Connector {

  private final String kind;
  private final String address;
  private final Dialect dialect;
  private final Connection connection;
  private final boolean owns;

  /**
   * A connector over {@code connection}; {@code owns} says whether closing the connector closes the
   * connection (a caller's own connection stays open).
   */
  public JdbcConnector(String kind, String address, Dialect dialect, Connection connection, boolean owns) {
    this.kind = kind;
    this.address = address;
    this.dialect = dialect;
    this.connection = connection;
    this.owns = owns;
  }

  @Override
  public String kind() {
    return kind;
  }

  @Override
  public String address() {
    return address;
  }

  /** The connection, for what is not a query: loading a sheet into a table. */
  java.sql.Connection connection() {
    return connection;
  }

  @Override
  public Dialect dialect() {
    return dialect;
  }

  @Override
  public synchronized void query(SqlQuery query, RowHandler handler) throws QueryException {
    try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
      bind(statement, query.parameters());
      try (ResultSet rows = statement.executeQuery()) {
        Row row = column -> get(rows, column);
        while (rows.next()) {
          handler.row(row);
        }
      }
    } catch (SQLException e) {
      throw QueryException.of(e);
    }
  }

  private static Object get(ResultSet rows, int column) throws QueryException {
    try {
      return rows.getObject(column);
    } catch (SQLException e) {
      throw QueryException.of(e);
    }
  }

  private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
  }

  @Override
  public void close() {
    if (owns) {
      try {
        connection.close();
      } catch (SQLException e) {
        // The engine only read; closing cannot lose anything, and there is nothing useful to report.
      }
    }
  }
}

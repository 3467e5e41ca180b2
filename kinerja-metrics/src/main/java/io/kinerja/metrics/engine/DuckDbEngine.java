package io.kinerja.metrics.engine;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Problem;
import io.kinerja.metrics.definition.MetricDefinition;
import io.kinerja.metrics.definition.SourceDefinition;
import io.kinerja.metrics.sql.DuckDbDialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The default engine: DuckDB in this process, over file sources (and tables of a DuckDB connection the
 * caller passes). Nothing to install, nothing to connect to.
 */
public final class DuckDbEngine extends SqlEngine {

  /** An engine over its own in-memory DuckDB; {@code baseDirectory} is the scorecard's folder. */
  public DuckDbEngine(List<SourceDefinition> sources, List<MetricDefinition> metrics, Path baseDirectory) {
    super(inMemory(), sources, metrics, baseDirectory);
  }

  /** An engine over {@code connection} (a DuckDB connection the caller owns and closes). */
  public DuckDbEngine(
      List<SourceDefinition> sources, List<MetricDefinition> metrics, Path baseDirectory, Connection connection) {
    super(connector(connection, false), sources, metrics, baseDirectory);
  }

  /**
   * Every problem in the definitions (unreadable sources, unknown columns, bad filters …), without
   * throwing: for {@code kinerja check}.
   */
  public static List<Problem> validate(List<SourceDefinition> sources, List<MetricDefinition> metrics, Path baseDirectory) {
    try {
      new DuckDbEngine(sources, metrics, baseDirectory).close();
      return List.of();
    } catch (InvalidInputException e) {
      return e.problems();
    }
  }

  /** A connector over a new in-memory DuckDB, closed with the engine. */
  public static Connector inMemory() {
    return connector(open(), true);
  }

  private static Connector connector(Connection connection, boolean owns) {
    return new JdbcConnector("duckdb", "jdbc:duckdb:", new DuckDbDialect(), connection, owns);
  }

  /** The driver itself rather than DriverManager, which would first load every driver on the class path. */
  private static Connection open() {
    try {
      return new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:", new java.util.Properties());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot start the embedded DuckDB: " + QueryException.firstLine(e), e);
    }
  }
}

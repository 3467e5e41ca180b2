package io.kinerja.metrics.engine;

import io.kinerja.metrics.definition.Aggregation;
import io.kinerja.metrics.definition.MetricDefinition;
import io.kinerja.metrics.definition.SourceDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Small record files written by tests, with values small enough to compute by hand. */
final class Fixtures {

  private Fixtures() {}

  /**
   * Five deals. January: 3 created (amounts 100, none, 50.5); February: none created, one closed
   * (lost); March: 2 created (amount none; 200 with no channel), two won closed.
   */
  static final String DEALS_CSV = """
      id,created_at,channel,stage,amount,closed_at
      1,2025-01-05 10:00:00,email,WON,100,2025-01-20 10:00:00
      2,2025-01-10 00:00:00,email,LOST,,2025-02-01 12:00:00
      3,2025-01-31 23:59:59,ads,WON,50.5,2025-03-02 00:00:00
      4,2025-03-01 00:00:00,ads,NEW,,
      5,2025-03-15 08:00:00,,WON,200,2025-03-16 08:00:00
      """;

  /** Daily spend with a DATE column. */
  static final String SPEND_CSV = """
      date,channel,amount
      2025-01-01,email,10
      2025-01-31,ads,20
      2025-03-01,email,5
      """;

  static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  /** The CSV at {@code csv} copied to Parquet by DuckDB itself (test code: the path is ours, quoted safely). */
  static void toParquet(Path csv, Path parquet) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute("COPY (SELECT * FROM read_csv(" + literal(csv) + ", header = true, auto_detect = true)) TO "
          + literal(parquet) + " (FORMAT parquet)");
    }
  }

  private static String literal(Path path) {
    return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
  }

  static SourceDefinition source(String name, String file) {
    return SourceDefinition.file(name, file, null);
  }

  static MetricDefinition count(String name, String time, String where) {
    return MetricDefinition.of(name, "deals", Aggregation.COUNT, "*", time, where);
  }

  static MetricDefinition of(String name, Aggregation aggregation, String expression, String time, String where) {
    return MetricDefinition.of(name, "deals", aggregation, expression, time, where);
  }

  static List<MetricDefinition> dealMeasures() {
    return List.of(
        count("created", "created_at", null),
        count("won", "closed_at", "stage = 'WON'"),
        of("revenue", Aggregation.SUM, "amount", "closed_at", "stage = 'WON'"),
        of("avg_amount", Aggregation.AVG, "amount", "created_at", null),
        of("min_amount", Aggregation.MIN, "amount", "created_at", null),
        of("max_amount", Aggregation.MAX, "amount", "created_at", null),
        of("channels", Aggregation.COUNT_DISTINCT, "channel", "created_at", null),
        of("with_amount", Aggregation.COUNT, "amount", "created_at", null),
        of("cycle_days", Aggregation.SUM, "days_between(created_at, closed_at)", "closed_at", "stage = 'WON'"),
        count("known_paid", "created_at", "channel in ('email', 'ads') and amount is not null"),
        count("odd", "created_at", "channel is null or stage = 'NEW'"),
        count("not_won", "created_at", "not (stage = 'WON')"),
        count("since_10th", "created_at", "created_at >= '2025-01-10'"),
        count("before_march_10", "created_at", "created_at < DATE '2025-03-10'"));
  }
}

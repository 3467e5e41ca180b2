package io.kinerja.app.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The funnel scorecard's measures per month, per channel and for all channels, written by hand as one
 * DuckDB query: what an analyst who knows SQL well would write. Each time column (created, MQL, SQL,
 * closed, spent) is one aggregate over the file with {@code GROUPING SETS}, so every record is read
 * once per time column as in Kinerja's plan; the parts are joined on month and channel.
 */
final class HandWritten {

  /** The measures in the order of the query's value columns. */
  static final List<String> MEASURES =
      List.of("leads", "mql", "sql", "won", "lost", "revenue", "cycle_days_total", "spend");

  /** A total row's channel: no channel value can be null after the query's coalesce, so null is free. */
  record Key(LocalDate month, String channel) {}

  private static final String QUERY = """
      WITH created AS (
        SELECT CAST(date_trunc('month', created_at) AS DATE) AS month, grouping(channel) AS whole,
          coalesce(CAST(channel AS VARCHAR), '(none)') AS channel_key, count(*) AS leads
        FROM %1$s WHERE created_at IS NOT NULL
        GROUP BY GROUPING SETS ((month, channel), (month))
      ), mql AS (
        SELECT CAST(date_trunc('month', mql_at) AS DATE) AS month, grouping(channel) AS whole,
          coalesce(CAST(channel AS VARCHAR), '(none)') AS channel_key, count(*) AS mql
        FROM %1$s WHERE mql_at IS NOT NULL
        GROUP BY GROUPING SETS ((month, channel), (month))
      ), sqls AS (
        SELECT CAST(date_trunc('month', sql_at) AS DATE) AS month, grouping(channel) AS whole,
          coalesce(CAST(channel AS VARCHAR), '(none)') AS channel_key, count(*) AS sql
        FROM %1$s WHERE sql_at IS NOT NULL
        GROUP BY GROUPING SETS ((month, channel), (month))
      ), closed AS (
        SELECT CAST(date_trunc('month', closed_at) AS DATE) AS month, grouping(channel) AS whole,
          coalesce(CAST(channel AS VARCHAR), '(none)') AS channel_key,
          count(*) FILTER (WHERE stage = 'WON') AS won,
          count(*) FILTER (WHERE stage = 'LOST') AS lost,
          sum(deal_value) FILTER (WHERE stage = 'WON') AS revenue,
          sum((epoch(closed_at) - epoch(created_at)) / 86400.0) FILTER (WHERE stage = 'WON') AS cycle_days_total
        FROM %1$s WHERE closed_at IS NOT NULL
        GROUP BY GROUPING SETS ((month, channel), (month))
      ), spent AS (
        SELECT CAST(date_trunc('month', date) AS DATE) AS month, grouping(channel) AS whole,
          coalesce(CAST(channel AS VARCHAR), '(none)') AS channel_key, sum(amount) AS spend
        FROM %2$s WHERE date IS NOT NULL
        GROUP BY GROUPING SETS ((month, channel), (month))
      )
      SELECT month, whole, channel_key, leads, mql, sql, won, lost, revenue, cycle_days_total, spend
      FROM created
        FULL JOIN mql USING (month, whole, channel_key)
        FULL JOIN sqls USING (month, whole, channel_key)
        FULL JOIN closed USING (month, whole, channel_key)
        FULL JOIN spent USING (month, whole, channel_key)
      """;

  private HandWritten() {}

  /** Runs the query over its own in-process DuckDB; the values per month and channel (null: all channels). */
  static Map<Key, Double[]> run(Path leads, Path spend) throws SQLException {
    Map<Key, Double[]> values = new HashMap<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement query = db.prepareStatement(QUERY.formatted(scan(leads, 1), scan(spend, 2)))) {
      query.setString(1, leads.toAbsolutePath().toString());
      query.setString(2, spend.toAbsolutePath().toString());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          Double[] row = new Double[MEASURES.size()];
          for (int i = 0; i < row.length; i++) {
            Object value = rows.getObject(4 + i);
            row[i] = value == null ? null : ((Number) value).doubleValue();
          }
          String channel = rows.getInt(2) == 1 ? null : rows.getString(3);
          values.put(new Key(rows.getObject(1, LocalDate.class), channel), row);
        }
      }
    }
    return values;
  }

  private static String scan(Path file, int parameter) {
    return file.getFileName().toString().endsWith(".parquet") ? "read_parquet($" + parameter + ")"
        : "read_csv($" + parameter + ", header = true, auto_detect = true)";
  }
}

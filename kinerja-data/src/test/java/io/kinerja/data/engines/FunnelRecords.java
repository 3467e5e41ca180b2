package io.kinerja.data.engines;

import io.kinerja.metrics.definition.Aggregation;
import io.kinerja.metrics.definition.MetricDefinition;
import io.kinerja.metrics.definition.SourceDefinition;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The reference case {@code cases/funnel-2025} (20,000 leads and a year of ad spend) as raw records: its
 * scorecard's measures and more, so that every measure shape is covered, and the case's CSV files
 * copied into tables of a database server, column types as DuckDB reads them.
 */
public final class FunnelRecords {

  private FunnelRecords() {}

  public static Path folder() {
    return Path.of(System.getProperty("kinerja.shared", "../../shared"), "cases", "funnel-2025");
  }

  public static List<SourceDefinition> files() {
    return List.of(SourceDefinition.file("leads", "leads.csv", null), SourceDefinition.file("spend", "spend.csv", null));
  }

  /** The two sources as tables of {@code namespace} (a schema or database). */
  public static List<SourceDefinition> tables(String namespace) {
    return List.of(SourceDefinition.table("leads", namespace + ".leads", null),
        SourceDefinition.table("spend", namespace + ".spend", null));
  }

  private static MetricDefinition m(String name, String from, Aggregation aggregation, String expression, String time,
      String where) {
    return MetricDefinition.of(name, from, aggregation, expression, time, where);
  }

  /** The scorecard's eight measures, then one or more of every other shape. */
  public static List<MetricDefinition> measures() {
    return List.of(
        m("leads", "leads", Aggregation.COUNT, "*", "created_at", null),
        m("mql", "leads", Aggregation.COUNT, "*", "mql_at", "mql_at is not null"),
        m("sql", "leads", Aggregation.COUNT, "*", "sql_at", "sql_at is not null"),
        m("won", "leads", Aggregation.COUNT, "*", "closed_at", "stage = 'WON'"),
        m("lost", "leads", Aggregation.COUNT, "*", "closed_at", "stage = 'LOST'"),
        m("revenue", "leads", Aggregation.SUM, "deal_value", "closed_at", "stage = 'WON'"),
        m("cycle_days_total", "leads", Aggregation.SUM, "days_between(created_at, closed_at)", "closed_at",
            "stage = 'WON'"),
        m("spend", "spend", Aggregation.SUM, "amount", "date", null),
        m("avg_deal", "leads", Aggregation.AVG, "deal_value", "closed_at", "stage = 'WON'"),
        m("avg_cycle", "leads", Aggregation.AVG, "days_between(created_at, closed_at)", "closed_at", null),
        m("min_deal", "leads", Aggregation.MIN, "deal_value", "closed_at", "stage = 'WON'"),
        m("max_deal", "leads", Aggregation.MAX, "deal_value * 1.1 - 5", "closed_at", null),
        m("channels", "leads", Aggregation.COUNT_DISTINCT, "channel", "created_at", null),
        m("winning_owners", "leads", Aggregation.COUNT_DISTINCT, "owner", "closed_at", "stage = 'WON'"),
        m("with_value", "leads", Aggregation.COUNT, "deal_value", "created_at", null),
        m("open", "leads", Aggregation.COUNT, "lead_id", "created_at",
            "stage not in ('WON', 'LOST') and (closed_at is null or not closed_at >= '2025-06-01') "
                + "and created_at < DATE '2025-12-01'"),
        m("value_thousands", "leads", Aggregation.SUM, "deal_value / 1000", "closed_at", "deal_value is not null"),
        m("thirds", "leads", Aggregation.SUM, "lead_id / 3", "created_at", "region in ('ID-13', 'ID-23')"),
        m("days_to_year_end", "leads", Aggregation.SUM, "days_between(created_at, coalesce(closed_at, '2025-12-31'))",
            "created_at", "not (stage = 'NEW') or owner = 'rep-7'"),
        m("paid_spend", "spend", Aggregation.SUM, "amount", "date", "channel in ('paid_search', 'social')"),
        m("avg_spend_day", "spend", Aggregation.AVG, "amount", "date", "amount > 1000000"));
  }

  /**
   * The case's scorecard file as a user would write it for {@code engine} (an {@code engine:} line),
   * its two sources as tables of {@code namespace}.
   */
  public static String scorecard(String engine, String namespace) throws java.io.IOException {
    String text = java.nio.file.Files.readString(folder().resolve("scorecard.yaml"));
    String leads = "leads: { file: leads.csv }";
    String spend = "spend: { file: spend.csv }";
    if (!text.contains(leads) || !text.contains(spend) || !text.contains("\nsources:")) {
      throw new IllegalStateException("the funnel case's scorecard no longer declares its sources as expected");
    }
    return text.replace(leads, "leads: { table: " + namespace + ".leads }")
        .replace(spend, "spend: { table: " + namespace + ".spend }")
        .replace("\nsources:", "\n" + engine + "\nsources:");
  }

  /** Column types per engine, by DuckDB's name of the type (MariaDB's TIMESTAMP converts time zones). */
  private static String type(String kind, String duckType) {
    boolean maria = kind.equals("mariadb");
    return switch (duckType) {
      case "BIGINT" -> "BIGINT";
      case "DOUBLE" -> maria ? "DOUBLE" : "DOUBLE PRECISION";
      case "DATE" -> "DATE";
      case "TIMESTAMP" -> maria ? "DATETIME" : "TIMESTAMP";
      default -> "VARCHAR(100)";
    };
  }

  /** Copies both CSV files into tables {@code namespace.leads} and {@code namespace.spend}. */
  public static void load(String kind, Connection server, String namespace) throws SQLException {
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
      for (String table : List.of("leads", "spend")) {
        copy(kind, duck, server, namespace, table);
      }
    }
  }

  private static void copy(String kind, Connection duck, Connection server, String namespace, String table)
      throws SQLException {
    String q = kind.equals("mariadb") ? "`" : "\"";
    String scan = "read_csv('" + folder().resolve(table + ".csv").toAbsolutePath() + "', header = true, auto_detect = true)";
    List<String> names = new ArrayList<>();
    List<String> types = new ArrayList<>();
    try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + scan)) {
      while (r.next()) {
        names.add(r.getString(1));
        types.add(r.getString(2));
      }
    }
    List<String> columns = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      columns.add(q + names.get(i) + q + " " + type(kind, types.get(i)));
    }
    String target = q + namespace + q + "." + q + table + q;
    try (Statement s = server.createStatement()) {
      s.execute("CREATE TABLE " + target + " (" + String.join(", ", columns) + ")");
    }
    String insert = "INSERT INTO " + target + " VALUES (" + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
    server.setAutoCommit(false);
    try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + scan);
        PreparedStatement p = server.prepareStatement(insert)) {
      int batch = 0;
      while (r.next()) {
        for (int i = 0; i < names.size(); i++) {
          p.setObject(i + 1, value(r, i + 1, types.get(i)));
        }
        p.addBatch();
        if (++batch % 5000 == 0) {
          p.executeBatch();
        }
      }
      p.executeBatch();
    }
    server.commit();
    server.setAutoCommit(true);
  }

  /** Dates and timestamps as the java.time values of their wall clock, never through a time zone. */
  private static Object value(ResultSet r, int column, String duckType) throws SQLException {
    return switch (duckType.toUpperCase(Locale.ROOT)) {
      case "TIMESTAMP" -> r.getObject(column, LocalDateTime.class);
      case "DATE" -> r.getObject(column, LocalDate.class);
      default -> r.getObject(column);
    };
  }
}

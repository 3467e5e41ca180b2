package io.kinerja.spark.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Synthetic CRM leads and ad spend in Parquet, shaped like the funnel reference case (channels, regions,
 * owners, the stages NEW → MQL → SQL → WON/LOST with their dates, deal values), written by DuckDB from
 * hashes of the row number, so the same N gives the same files on every machine.
 */
final class Generator {

  private Generator() {}

  /** The folder holding {@code leads.parquet} (N rows) and {@code spend.parquet}, made if absent. */
  static Path ensure(Path folder, long leads) throws Exception {
    Path leadsFile = folder.resolve("leads.parquet");
    Path spendFile = folder.resolve("spend.parquet");
    if (Files.isRegularFile(leadsFile) && Files.isRegularFile(spendFile)) {
      return folder;
    }
    Files.createDirectories(folder);
    long start = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute("COPY (" + leadsQuery(leads) + ") TO " + literal(leadsFile) + " (FORMAT parquet)");
      s.execute("COPY (" + spendQuery() + ") TO " + literal(spendFile) + " (FORMAT parquet)");
    }
    System.out.printf("generated %,d leads and a year of spend in %s (%.1f s)%n", leads, folder,
        (System.nanoTime() - start) / 1e9);
    return folder;
  }

  /** A uniform integer in [0, n) drawn from row {@code i} and stream {@code k}. */
  private static String draw(int k, long n) {
    return "CAST(hash(i, " + k + ") % " + n + " AS BIGINT)";
  }

  private static String leadsQuery(long leads) {
    return "WITH r AS (SELECT i, " + draw(1, 100) + " AS p,\n"
        + "  TIMESTAMP '2025-01-01' + to_days(CAST(" + draw(2, 365) + " AS INTEGER)) + to_seconds(" + draw(3, 86400)
        + ") AS created_at\n  FROM range(" + leads + ") t(i)),\n"
        + "s AS (SELECT *, created_at + to_seconds(" + draw(4, 10 * 86400) + ") AS mql_time,\n"
        + "  created_at + to_seconds(" + draw(4, 10 * 86400) + " + " + draw(5, 15 * 86400) + ") AS sql_time FROM r)\n"
        + "SELECT i + 1 AS lead_id, created_at,\n"
        + "  ['paid_search', 'social', 'email', 'organic', 'referral', 'partner', 'event', 'direct'][1 + "
        + draw(6, 8) + "] AS channel,\n"
        + "  'ID-' || (1 + " + draw(7, 34) + ") AS region, 'rep-' || (1 + " + draw(8, 40) + ") AS owner,\n"
        + "  CASE WHEN p < 5 THEN 'WON' WHEN p < 12 THEN 'LOST' WHEN p < 20 THEN 'SQL' WHEN p < 45 THEN 'MQL' ELSE 'NEW' END"
        + " AS stage,\n"
        + "  CASE WHEN p < 45 THEN mql_time END AS mql_at, CASE WHEN p < 20 THEN sql_time END AS sql_at,\n"
        + "  CASE WHEN p < 12 THEN sql_time + to_seconds(" + draw(9, 60 * 86400) + ") END AS closed_at,\n"
        + "  CASE WHEN p < 5 THEN 10000000 + " + draw(10, 90000000) + " END AS deal_value\nFROM s";
  }

  private static String spendQuery() {
    return "SELECT DATE '2025-01-01' + CAST(d AS INTEGER) AS date, channel,\n"
        + "  (500000 + CAST(hash(d, channel) % 8000000 AS BIGINT)) * 1000 AS amount\n"
        + "FROM range(365) t(d), (VALUES ('paid_search'), ('social'), ('email'), ('organic'), ('referral'), ('partner'),"
        + " ('event'), ('direct')) c(channel)";
  }

  /** The funnel scorecard over these files; {@code engine} an {@code engine:} line, or {@code null} for DuckDB. */
  static String scorecard(String engine) throws Exception {
    Path shared = Path.of(System.getProperty("kinerja.shared", "../shared"), "cases", "funnel-2025");
    Path file = shared.resolve("scorecard.yaml");
    String text = Files.exists(file) ? Files.readString(file) : FALLBACK;
    text = text.replace("leads: { file: leads.csv }", "leads: { file: leads.parquet }")
        .replace("spend: { file: spend.csv }", "spend: { file: spend.parquet }");
    return engine == null ? text : text.replace("\nsources:", "\n" + engine + "\nsources:");
  }

  private static String literal(Path path) throws SQLException {
    String text = path.toAbsolutePath().toString();
    if (text.contains("'")) {
      throw new SQLException("the bench folder's path must not contain a quote: " + text);
    }
    return "'" + text + "'";
  }

  /** The measures and a few indicators of the funnel case, where its folder is not beside the checkout. */
  private static final String FALLBACK = """
      kinerja: 1
      id: funnel-bench
      name: Funnel benchmark
      period: { grain: month, current: "2025-12" }
      scoring: { method: achievement, cap: 1.2, bands: likert-5 }
      sources:
        leads: { file: leads.csv }
        spend: { file: spend.csv }
      measures:
        leads:            { from: leads, count: "*", time: created_at }
        won:              { from: leads, count: "*", time: closed_at, where: "stage = 'WON'" }
        revenue:          { from: leads, sum: deal_value, time: closed_at, where: "stage = 'WON'" }
        cycle_days_total: { from: leads, sum: "days_between(created_at, closed_at)", time: closed_at, where: "stage = 'WON'" }
        spend:            { from: spend, sum: amount, time: date }
      perspectives:
        - id: funnel
          name: Funnel
          indicators:
            - { id: cpl, name: Cost per lead, formula: spend / leads, target: "<= 450000" }
            - { id: avg_deal, name: Average deal, formula: revenue / won, target: ">= 40000000" }
            - { id: cycle, name: Sales cycle, formula: cycle_days_total / won, target: "<= 45" }
      """;
}

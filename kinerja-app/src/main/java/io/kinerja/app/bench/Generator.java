package io.kinerja.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Writes a synthetic CRM export with the schema of {@code cases/funnel-2025}: {@code leads} (one row
 * per lead, its stage and the times it reached each stage) and {@code spend} (per day and channel),
 * as Parquet and CSV, and two copies of the funnel scorecard reading them.
 *
 * <p>Every random draw is {@code hash(lead_id, seed, stream)} scaled to [0, 1), so a seed gives the
 * same rows however many threads DuckDB uses, and the rows are produced by DuckDB's {@code range} and
 * streamed by {@code COPY … TO}: memory stays bounded for a hundred million leads. The shares and
 * rates are those of the reference case: 8 channels, leads spread over the year, about a third
 * reaching MQL, 46 % of those SQL, 79 % of those closed and 37 % of the closed won, each step a few
 * days to weeks after the one before; spend grows with the number of leads so cost per lead stays
 * about the same.
 */
final class Generator {

  /** Where each file goes in DIR. */
  static final String LEADS_PARQUET = "leads.parquet";
  static final String LEADS_CSV = "leads.csv";
  static final String SPEND_PARQUET = "spend.parquet";
  static final String SPEND_CSV = "spend.csv";
  static final String SCORECARD = "scorecard.yaml";
  static final String SCORECARD_CSV = "scorecard-csv.yaml";
  static final int YEAR = 2025;

  /** The reference case's number of leads: spend is scaled from it. */
  private static final double REFERENCE_LEADS = 20_000;

  /**
   * The k-th draw of a lead: DuckDB's hash of several values combines them too weakly for independent
   * draws (the draws of one lead came out correlated), so each draw hashes one value, the lead's own
   * hash with k mixed in, through the full avalanche of the single-value hash.
   */
  private static final String UNIFORM = "((hash(xor(h, %d::UBIGINT)) >> 11)::DOUBLE / 9007199254740992.0)";

  private static final String LEADS = """
      WITH draws AS (
        SELECT i AS lead_id,
          %s AS u_time, %s AS u_channel, %s AS u_region, %s AS u_owner, %s AS u_mql, %s AS u_sql,
          %s AS u_close, %s AS u_won, %s AS u_lag1, %s AS u_lag2, %s AS u_lag3, %s AS u_n1, %s AS u_n2
        FROM (SELECT i, hash(i, $2) AS h FROM range(1, $1 + 1) t(i))
      ), placed AS (
        SELECT *,
          make_timestamp($3, 1, 1, 0, 0, 0)
            + to_seconds(floor(u_time * (make_date($3 + 1, 1, 1) - make_date($3, 1, 1)) * 86400)::BIGINT) AS created_at,
          CASE WHEN u_channel < 0.219 THEN 'organic' WHEN u_channel < 0.402 THEN 'paid_search'
               WHEN u_channel < 0.565 THEN 'social' WHEN u_channel < 0.665 THEN 'referral'
               WHEN u_channel < 0.764 THEN 'direct' WHEN u_channel < 0.863 THEN 'email'
               WHEN u_channel < 0.941 THEN 'event' ELSE 'partner' END AS channel
        FROM draws
      ), staged AS (
        SELECT *,
          u_mql < CASE channel WHEN 'direct' THEN 0.30 WHEN 'email' THEN 0.32 WHEN 'event' THEN 0.55
            WHEN 'organic' THEN 0.34 WHEN 'paid_search' THEN 0.45 WHEN 'partner' THEN 0.42
            WHEN 'referral' THEN 0.50 ELSE 0.25 END AS is_mql,
          u_won < CASE channel WHEN 'direct' THEN 0.38 WHEN 'email' THEN 0.35 WHEN 'event' THEN 0.37
            WHEN 'referral' THEN 0.41 WHEN 'social' THEN 0.42 ELSE 0.36 END AS wins
        FROM placed
      ), funnel AS (
        SELECT *,
          is_mql AND u_sql < 0.46 AS is_sql,
          is_mql AND u_sql < 0.46 AND u_close < 0.79 AS is_closed,
          created_at + to_seconds(floor(u_lag1 * 10 * 86400)::BIGINT) AS mql_time,
          to_seconds(floor((1.5 + u_lag2 * 18) * 86400)::BIGINT) AS sql_lag,
          to_seconds(floor((2 + u_lag3 * 58) * 86400)::BIGINT) AS close_lag
        FROM staged
      )
      SELECT lead_id, created_at, channel,
        'ID-' || lpad((1 + floor(u_region * 34))::BIGINT::VARCHAR, 2, '0') AS region,
        'rep-' || (1 + floor(u_owner * 40))::BIGINT AS owner,
        CASE WHEN is_closed AND wins THEN 'WON' WHEN is_closed THEN 'LOST' WHEN is_sql THEN 'SQL'
             WHEN is_mql THEN 'MQL' ELSE 'NEW' END AS stage,
        CASE WHEN is_mql THEN mql_time END AS mql_at,
        CASE WHEN is_sql THEN mql_time + sql_lag END AS sql_at,
        CASE WHEN is_closed THEN mql_time + sql_lag + close_lag END AS closed_at,
        CASE WHEN is_closed AND wins THEN (greatest(1, round(exp(ln(28000000) + 0.82 * sqrt(-2 * ln(1 - u_n1))
             * cos(2 * pi() * u_n2)) / 1000)) * 1000)::BIGINT END AS deal_value
      FROM funnel
      """.formatted(uniforms(13));

  private static final String CSV_TIMES = """
      SELECT lead_id, strftime(created_at, '%Y-%m-%dT%H:%M:%S') AS created_at, channel, region, owner, stage,
        strftime(mql_at, '%Y-%m-%dT%H:%M:%S') AS mql_at, strftime(sql_at, '%Y-%m-%dT%H:%M:%S') AS sql_at,
        strftime(closed_at, '%Y-%m-%dT%H:%M:%S') AS closed_at, deal_value
      FROM (""";

  /** Mean daily spend per channel in the reference case, in IDR, in the order rows are written per day. */
  private static final String SPEND = """
      SELECT d::DATE AS date, c.channel,
        round(c.daily * $1 * (0.6 + 0.8 * ((hash(xor(hash(epoch(d)::BIGINT, $2), c.ord::UBIGINT)) >> 11)::DOUBLE
          / 9007199254740992.0)))::BIGINT AS amount
      FROM range(make_date($3, 1, 1)::TIMESTAMP, make_date($3 + 1, 1, 1)::TIMESTAMP, INTERVAL 1 DAY) t(d)
      CROSS JOIN (VALUES (1, 'organic', 5568889), (2, 'paid_search', 8333471), (3, 'social', 4849530),
        (4, 'email', 1208529), (5, 'event', 3625974), (6, 'partner', 1781828), (7, 'referral', 606988),
        (8, 'direct', 294526)) c(ord, channel, daily)
      ORDER BY date, c.ord
      """;

  private Generator() {}

  private static Object[] uniforms(int count) {
    Object[] streams = new Object[count];
    for (int k = 0; k < count; k++) {
      streams[k] = UNIFORM.formatted(k + 1);
    }
    return streams;
  }

  /** What was written. */
  record Written(long leads, long spendRows, Path directory) {}

  static Written generate(long leads, long seed, Path directory, boolean csv) throws SQLException, IOException {
    Files.createDirectories(directory);
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      // Rows keep the order of lead_id (DuckDB's default), so that a seed gives the same files byte for byte.
      copy(db, LEADS, "FORMAT parquet", directory.resolve(LEADS_PARQUET), leads, seed, YEAR);
      copy(db, SPEND, "FORMAT parquet", directory.resolve(SPEND_PARQUET), leads / REFERENCE_LEADS, seed, YEAR);
      if (csv) {
        copy(db, CSV_TIMES + LEADS + ")", "FORMAT csv, HEADER", directory.resolve(LEADS_CSV), leads, seed, YEAR);
        copy(db, SPEND, "FORMAT csv, HEADER", directory.resolve(SPEND_CSV), leads / REFERENCE_LEADS, seed, YEAR);
      }
    }
    writeScorecard(directory.resolve(SCORECARD), LEADS_PARQUET, SPEND_PARQUET);
    if (csv) {
      writeScorecard(directory.resolve(SCORECARD_CSV), LEADS_CSV, SPEND_CSV);
    }
    return new Written(leads, 8L * (java.time.Year.of(YEAR).length()), directory);
  }

  private static void copy(Connection db, String select, String options, Path target, Object first, long seed,
      int year) throws SQLException {
    try (PreparedStatement copy = db.prepareStatement("COPY (" + select + ") TO $4 (" + options + ")")) {
      copy.setObject(1, first);
      copy.setLong(2, seed);
      copy.setInt(3, year);
      copy.setString(4, target.toAbsolutePath().toString());
      copy.execute();
    }
  }

  /** The funnel reference scorecard, its sources pointing at the generated files. */
  private static void writeScorecard(Path target, String leads, String spend) throws IOException {
    try (InputStream in = Generator.class.getResourceAsStream("funnel-scorecard.yaml")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Files.writeString(target, text.replace("${leads}", leads).replace("${spend}", spend), StandardCharsets.UTF_8);
    }
  }
}

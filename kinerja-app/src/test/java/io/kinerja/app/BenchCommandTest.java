package io.kinerja.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kinerja bench} on a few thousand leads: the export has the reference case's schema, its
 * stages agree with its timestamps, a seed gives the same files, and a run checks Kinerja's values
 * against the hand-written query before it reports any time.
 */
class BenchCommandTest {

  @TempDir static Path dir;
  static Path data;

  @BeforeAll
  static void generate() {
    data = dir.resolve("crm");
    Cli cli = Cli.run("bench", "generate", "--leads", "3000", "--seed", "5", data.toString());
    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(cli.out()).startsWith("wrote 3,000 leads and 2,920 spend rows to " + data);
  }

  @Test
  void the_export_has_the_columns_of_the_reference_case_in_csv_and_parquet() throws Exception {
    Path reference = Cases.shared().resolve("cases/funnel-2025");
    for (String file : List.of("leads.csv", "spend.csv")) {
      assertThat(Files.readAllLines(data.resolve(file)).get(0)).isEqualTo(Files.readAllLines(reference.resolve(file)).get(0));
    }
    assertThat(Files.readAllLines(data.resolve("leads.csv"))).hasSize(3001);
    assertThat(query("SELECT count(*) FROM read_parquet(?)", data.resolve("leads.parquet"))).isEqualTo(3000);
  }

  @Test
  void stages_agree_with_their_timestamps() throws Exception {
    String broken = """
        SELECT count(*) FROM read_parquet(?) WHERE
          created_at < TIMESTAMP '2025-01-01' OR created_at >= TIMESTAMP '2026-01-01'
          OR mql_at < created_at OR sql_at < mql_at OR closed_at < sql_at
          OR (stage = 'NEW') <> (mql_at IS NULL)
          OR (stage IN ('SQL', 'WON', 'LOST')) <> (sql_at IS NOT NULL)
          OR (stage IN ('WON', 'LOST')) <> (closed_at IS NOT NULL)
          OR (stage = 'WON') <> (deal_value IS NOT NULL) OR deal_value <= 0
        """;
    assertThat(query(broken, data.resolve("leads.parquet"))).isZero();
    assertThat(query("SELECT count(DISTINCT channel) FROM read_parquet(?)", data.resolve("leads.parquet"))).isEqualTo(8);
    assertThat(query("SELECT count(DISTINCT month(created_at)) FROM read_parquet(?)", data.resolve("leads.parquet")))
        .isEqualTo(12);
  }

  @Test
  void a_seed_gives_the_same_files_and_another_seed_other_ones() throws Exception {
    Path again = dir.resolve("again");
    Path other = dir.resolve("other");
    assertThat(Cli.run("bench", "generate", "--leads", "3000", "--seed", "5", again.toString()).exit()).isZero();
    assertThat(Cli.run("bench", "generate", "--leads", "3000", "--seed", "6", "--no-csv", other.toString()).exit())
        .isZero();
    assertThat(Files.readString(again.resolve("leads.csv"))).isEqualTo(Files.readString(data.resolve("leads.csv")));
    assertThat(Files.readString(again.resolve("spend.csv"))).isEqualTo(Files.readString(data.resolve("spend.csv")));
    assertThat(Files.exists(other.resolve("leads.csv"))).isFalse();
    String sum = "SELECT sum(deal_value) FROM read_parquet(?)";
    assertThat(query(sum, other.resolve("leads.parquet"))).isNotEqualTo(query(sum, data.resolve("leads.parquet")));
  }

  @Test
  void the_scorecard_is_the_funnel_reference_scorecard_over_the_generated_files() throws Exception {
    String reference = Files.readString(Cases.shared().resolve("cases/funnel-2025/scorecard.yaml"));
    String parquet = Files.readString(data.resolve("scorecard.yaml"));
    String csv = Files.readString(data.resolve("scorecard-csv.yaml"));
    assertThat(parquet).contains("leads: { file: leads.parquet }", "spend: { file: spend.parquet }");
    assertThat(csv).contains("leads: { file: leads.csv }", "spend: { file: spend.csv }");
    assertThat(csv.substring(csv.indexOf("kinerja: 1"))).isEqualTo(reference.substring(reference.indexOf("kinerja: 1")));
  }

  @Test
  void a_run_checks_every_value_against_the_hand_written_query_and_reports_both_times() {
    Cli cli = Cli.run("bench", "run", data.toString(), "--runs", "1", "--warmup", "0");
    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("(parquet), 5,920 records; 12 months × (8 channels + all channels) = 108 "
        + "evaluations of 11 indicators", "run 1: Kinerja ", "hand-written SQL", "ratio",
        "median ratio of the runs: ", "all 864 values of the 8 measures agree with the hand-written query",
        "JVM heap: at most");
  }

  @Test
  void a_run_reads_the_csv_files_when_asked() {
    Cli cli = Cli.run("bench", "run", data.toString(), "--runs", "1", "--warmup", "0", "--source", "csv");
    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("(csv), 5,920 records", "all 864 values");
  }

  @Test
  void a_run_without_data_says_how_to_make_it() {
    Cli cli = Cli.run("bench", "run", dir.resolve("nothing").toString());
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.err()).contains("scorecard.yaml does not exist: write the data first with kinerja bench generate");
  }

  @Test
  void bad_options_are_reported_together() {
    Cli cli = Cli.run("bench", "generate", "--leads", "0", "--seed", "x", dir.resolve("bad").toString());
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("--leads must be a whole number from 1 to 1000000000, not '0'",
        "--seed must be a whole number, not 'x'");
    assertThat(Files.exists(dir.resolve("bad"))).isFalse();
    assertThat(Cli.run("bench", "fly", dir.toString()).err()).contains("unknown action 'fly'");
  }

  private static long query(String sql, Path file) throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); PreparedStatement q = db.prepareStatement(sql)) {
      q.setString(1, file.toAbsolutePath().toString());
      try (ResultSet rows = q.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}

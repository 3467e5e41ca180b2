package io.kinerja.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.core.period.Grain;
import io.kinerja.data.engines.FunnelRecords;
import io.kinerja.data.engines.SameNumbers;
import io.kinerja.data.load.LoadedScorecard;
import io.kinerja.data.load.ScorecardLoader;
import io.kinerja.metrics.definition.SourceDefinition;
import io.kinerja.metrics.engine.DuckDbEngine;
import io.kinerja.metrics.engine.SqlEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The funnel case on Spark in local mode ({@code local[2]}, one session for the class, since one takes
 * seconds to start): every measure shape compared with DuckDB, from the case's CSV files (registered as
 * views) by year, month and channel, and from Parquet copies of them (read by Spark SQL's own file
 * syntax) by quarter and week.
 */
class SparkDifferentialTest {

  @TempDir static Path parquet;
  static SparkSession session;
  static DuckDbEngine reference;
  static SqlEngine csv;

  @BeforeAll
  static void start() throws Exception {
    session = SparkConnectorProvider.session("local[2]");
    reference = new DuckDbEngine(FunnelRecords.files(), FunnelRecords.measures(), FunnelRecords.folder());
    csv = new SqlEngine(new SparkConnector(session, false), FunnelRecords.files(), FunnelRecords.measures(),
        FunnelRecords.folder());
    for (String table : List.of("leads", "spend")) {
      toParquet(FunnelRecords.folder().resolve(table + ".csv"), parquet.resolve(table + ".parquet"));
    }
  }

  /** The year, the months, and both per channel: fewer views than on the servers, as each query takes Spark a second. */
  static Stream<Arguments> views() {
    return Stream.of(Arguments.of(Grain.YEAR, List.of()), Arguments.of(Grain.MONTH, List.of()),
        Arguments.of(Grain.YEAR, List.of("channel")), Arguments.of(Grain.MONTH, List.of("channel")));
  }

  @AfterAll
  static void stop() {
    reference.close();
    csv.close();
    session.stop();
  }

  @ParameterizedTest(name = "{0} by {1}")
  @MethodSource("views")
  void gives_the_same_numbers_as_duckdb_from_csv_files(Grain grain, List<String> dimensions) {
    SameNumbers.assertSame(reference, csv, grain, dimensions);
  }

  @Test
  void gives_the_same_numbers_as_duckdb_from_parquet_files() throws Exception {
    List<SourceDefinition> sources = List.of(SourceDefinition.file("leads", "leads.parquet", null),
        SourceDefinition.file("spend", "spend.parquet", null));
    try (SqlEngine engine = new SqlEngine(new SparkConnector(session, false), sources, FunnelRecords.measures(), parquet)) {
      assertThat(engine.query("revenue", Grain.MONTH, List.of()).sql()).contains("FROM parquet.`");
      SameNumbers.assertSame(reference, engine, Grain.QUARTER, List.of());
      SameNumbers.assertSame(reference, engine, Grain.WEEK, List.of());
    }
  }

  @Test
  void a_scorecard_naming_spark_finds_it_on_the_class_path() throws Exception {
    String text = Files.readString(FunnelRecords.folder().resolve("scorecard.yaml"))
        .replace("\nsources:", "\nengine: { kind: spark, master: \"local[2]\" }\nsources:")
        .replace("{ file: leads.csv }", "{ file: leads.parquet }").replace("{ file: spend.csv }", "{ file: spend.parquet }");
    Path file = Files.writeString(parquet.resolve("scorecard.yaml"), text);
    try (LoadedScorecard loaded = ScorecardLoader.load(file, Map.of())) {
      SqlEngine records = loaded.records().orElseThrow();
      assertThat(records.kind()).isEqualTo("spark");
      SameNumbers.assertSame(reference, records, Grain.YEAR, List.of());
    }
    assertThat(session.sparkContext().isStopped()).as("a running session is left running").isFalse();
  }

  /** DuckDB writes the Parquet copy (test code: the paths are ours). */
  private static void toParquet(Path csvFile, Path target) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute("COPY (SELECT * FROM read_csv('" + csvFile.toAbsolutePath() + "', header = true, auto_detect = true)) TO '"
          + target.toAbsolutePath() + "' (FORMAT parquet)");
    }
  }
}

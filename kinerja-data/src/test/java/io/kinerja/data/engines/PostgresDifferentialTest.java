package io.kinerja.data.engines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.data.load.Engines;
import io.kinerja.data.yaml.EngineDeclaration;
import io.kinerja.metrics.definition.Aggregation;
import io.kinerja.metrics.definition.MetricDefinition;
import io.kinerja.metrics.definition.SourceDefinition;
import io.kinerja.metrics.engine.SqlEngine;
import io.kinerja.core.period.Grain;
import io.kinerja.data.load.LoadedScorecard;
import io.kinerja.data.load.ScorecardLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The funnel case in a real PostgreSQL (the machine's, or an embedded one), in a schema of its own made
 * for this run and dropped after it; the engine opened as a scorecard's {@code engine:} opens it.
 */
class PostgresDifferentialTest extends Differential {

  static Servers.Server server;
  static Connection admin;
  static String schema;
  static SqlEngine engine;

  @BeforeAll
  static void load() throws Exception {
    server = Servers.postgres();
    admin = server.connect();
    schema = "kinerja_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Statement s = admin.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    FunnelRecords.load("postgresql", admin, schema);
    engine = open(FunnelRecords.tables(schema), FunnelRecords.measures());
  }

  static SqlEngine open(List<SourceDefinition> sources, List<MetricDefinition> measures) {
    EngineDeclaration declaration = new EngineDeclaration("postgresql", server.url(), null,
        new EngineDeclaration.Secret(null, "KINERJA_DB_USER", null, null, null), null, null);
    return new SqlEngine(Engines.open(declaration, FunnelRecords.folder(), Map.of("KINERJA_DB_USER", server.user())),
        sources, measures, FunnelRecords.folder());
  }

  @AfterAll
  static void drop() throws Exception {
    if (engine != null) {
      engine.close();
    }
    if (admin != null) {
      try (Statement s = admin.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
      admin.close();
    }
  }

  @Override
  SqlEngine engine() {
    return engine;
  }

  @Test
  void a_file_source_is_refused_with_the_engine_named() {
    assertThatThrownBy(() -> open(FunnelRecords.files(), FunnelRecords.measures()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("source 'leads': leads.csv is a file, but the postgresql engine reads its own tables and "
            + "views only");
  }

  @Test
  void a_missing_table_is_reported_with_the_engine_and_its_address() {
    List<SourceDefinition> sources = List.of(SourceDefinition.table("leads", schema + ".no_such_table", null));
    assertThatThrownBy(() -> open(sources,
        List.of(MetricDefinition.of("leads", "leads", Aggregation.COUNT, "*", "created_at", null))))
        .hasMessageContaining("source 'leads': the postgresql engine at " + server.url() + " has no table or view "
            + schema + ".no_such_table");
  }

  @Test
  void a_table_without_a_schema_is_looked_for_in_the_current_schema() throws Exception {
    try (Statement s = admin.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS public.kinerja_probe_" + schema + " (created_at TIMESTAMP)");
      s.execute("INSERT INTO public.kinerja_probe_" + schema + " VALUES ('2025-03-04 05:06:07')");
    }
    try (SqlEngine e = open(List.of(SourceDefinition.table("probe", "kinerja_probe_" + schema, null)),
        List.of(MetricDefinition.of("probes", "probe", Aggregation.COUNT, "*", "created_at", null)))) {
      assertThat(e.rows(io.kinerja.core.period.Grain.MONTH, List.of())).singleElement()
          .satisfies(r -> assertThat(r.value().value()).isEqualTo(1));
    } finally {
      try (Statement s = admin.createStatement()) {
        s.execute("DROP TABLE public.kinerja_probe_" + schema);
      }
    }
  }

  @Test
  void the_funnel_scorecard_names_its_engine_and_its_tables_and_computes_there(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("scorecard.yaml");
    String url = server.url().contains("?") ? server.url() : server.url() + "?";
    Files.writeString(file, FunnelRecords.scorecard("engine: { kind: postgresql, url: \"" + url
        + "\", user: { env: KINERJA_DB_USER }, password: { env: KINERJA_DB_PASSWORD } }", schema));
    try (LoadedScorecard loaded = ScorecardLoader.load(file,
        Map.of("KINERJA_DB_USER", server.user(), "KINERJA_DB_PASSWORD", ""))) {
      SqlEngine records = loaded.records().orElseThrow();
      assertThat(records.kind()).isEqualTo("postgresql");
      SameNumbers.assertSame(reference, records, Grain.MONTH, List.of());
      SameNumbers.assertSame(reference, records, Grain.YEAR, List.of("channel"));
      assertThat(records.measures()).hasSize(8);
      java.util.TreeSet<io.kinerja.core.period.Period> periods = new java.util.TreeSet<>(loaded.periods());
      assertThat(periods.first()).hasToString("2025-01");
      assertThat(periods.last()).hasToString("2026-03"); // deals close after the year
    }
  }
}

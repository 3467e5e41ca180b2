package io.kinerja.data.engines;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.core.period.Grain;
import io.kinerja.metrics.engine.DuckDbEngine;
import io.kinerja.metrics.engine.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The differential suite for one engine: the funnel case's records in that engine, every measure shape
 * of {@link FunnelRecords#measures()} computed there and by DuckDB over the case's CSV files, compared
 * per grain and per segment. Each subclass opens its engine once for the class.
 */
abstract class Differential {

  static DuckDbEngine reference;

  @BeforeAll
  static void openReference() {
    reference = new DuckDbEngine(FunnelRecords.files(), FunnelRecords.measures(), FunnelRecords.folder());
  }

  @AfterAll
  static void closeReference() {
    reference.close();
  }

  /** The engine under test, over the same records. */
  abstract SqlEngine engine();

  @ParameterizedTest(name = "{0} by {1}")
  @MethodSource("io.kinerja.data.engines.SameNumbers#views")
  void gives_the_same_numbers_as_duckdb(Grain grain, List<String> dimensions) {
    SameNumbers.assertSame(reference, engine(), grain, dimensions);
  }

  @Test
  void finds_the_same_segment_values() {
    assertThat(engine().segmentValues("channel")).isEqualTo(reference.segmentValues("channel")).hasSize(8);
  }

  @Test
  void counts_the_reference_case_s_leads_and_deals() {
    assertThat(engine().rows(Grain.YEAR, List.of()).stream()
        .filter(r -> r.period().name().equals("2025") && (r.measure().equals("leads") || r.measure().equals("won")))
        .map(r -> r.measure() + "=" + r.value().value()))
        .containsExactlyInAnyOrder("leads=20000.0", "won=873.0");
  }
}

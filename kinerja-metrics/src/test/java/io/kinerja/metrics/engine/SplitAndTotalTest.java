package io.kinerja.metrics.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.core.measure.MeasureValue;
import io.kinerja.core.measure.Rollup;
import io.kinerja.core.period.Grain;
import io.kinerja.core.period.Period;
import io.kinerja.metrics.definition.Aggregation;
import io.kinerja.metrics.definition.MetricDefinition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scorecard evaluated per channel and for all channels: the whole unit's values added up from the
 * split by channel are those a query of their own gives, and each value says which SQL computed it.
 */
class SplitAndTotalTest {

  @TempDir Path dir;

  private static final List<String> MONTHS = List.of("2025-01", "2025-02", "2025-03");

  /** The deal measures whose values add up over segments: counts, sums, minima and maxima. */
  private static List<MetricDefinition> addingUp() {
    return Fixtures.dealMeasures().stream().filter(m -> m.aggregation() != Aggregation.AVG
        && m.aggregation() != Aggregation.COUNT_DISTINCT).toList();
  }

  @BeforeEach
  void files() throws Exception {
    Fixtures.write(dir, "deals.csv", Fixtures.DEALS_CSV);
  }

  private DuckDbEngine engine(List<MetricDefinition> metrics) {
    return new DuckDbEngine(List.of(Fixtures.source("deals", "deals.csv")), metrics, dir);
  }

  private static List<String> totals(DuckDbEngine engine) {
    List<String> values = new ArrayList<>();
    for (String measure : engine.measures().stream().sorted().toList()) {
      for (String month : MONTHS) {
        MeasureValue v = engine.value(measure, Period.parse(month).orElseThrow(), Map.of(), Rollup.SUM);
        values.add(measure + " " + month + " = " + (v.isMissing() ? v.missingReason() : v.value()));
      }
    }
    return values;
  }

  private static MeasureValue total(DuckDbEngine engine, String measure, String month) {
    return engine.value(measure, Period.parse(month).orElseThrow(), Map.of(), Rollup.SUM);
  }

  @Test
  void totals_added_up_from_the_split_by_channel_equal_totals_queried_on_their_own() {
    try (DuckDbEngine queried = engine(addingUp()); DuckDbEngine split = engine(addingUp())) {
      split.prepare(Grain.MONTH, List.of("channel"));
      assertThat(totals(split)).isEqualTo(totals(queried)).hasSize(12 * 3);
      assertThat(total(split, "won", "2025-03").how().toString())
          .endsWith("for all values of channel together, the rows per value of channel added up");
      assertThat(total(queried, "won", "2025-03").how().toString()).doesNotContain("added up");
    }
  }

  @Test
  void an_average_or_a_distinct_count_keeps_the_total_queried_on_its_own() {
    try (DuckDbEngine queried = engine(Fixtures.dealMeasures()); DuckDbEngine split = engine(Fixtures.dealMeasures())) {
      split.prepare(Grain.MONTH, List.of("channel"));
      assertThat(totals(split)).isEqualTo(totals(queried));
      assertThat(total(split, "won", "2025-03").how().toString()).doesNotContain("added up");
      assertThat(total(split, "channels", "2025-01").value()).isEqualTo(2);
    }
  }

  @Test
  void segment_values_are_those_of_the_records_placed_in_periods_with_none_for_a_null() {
    try (DuckDbEngine engine = engine(addingUp())) {
      assertThat(engine.segmentValues("channel", Grain.MONTH)).containsExactly("(none)", "ads", "email");
      assertThat(engine.segmentValues("region", Grain.MONTH)).isEmpty();
    }
  }

  /** The query that ran is the one all measures placed by closed_at share, not one planned for won alone. */
  @Test
  void a_value_carries_the_sql_and_the_bind_parameters_of_the_query_that_computed_it() {
    try (DuckDbEngine engine = engine(addingUp())) {
      MeasureValue won = total(engine, "won", "2025-03");
      assertThat(won.queries()).hasSize(1);
      assertThat(won.queries().get(0)).contains("count(*) FILTER (WHERE \"stage\" = ?) AS \"won\"",
          "sum(\"amount\") FILTER (WHERE \"stage\" = ?) AS \"revenue\"", "WHERE \"closed_at\" IS NOT NULL",
          "-- $1 = WON (String)", "-- $4 = " + dir.resolve("deals.csv").toAbsolutePath() + " (String)");
      assertThat(total(engine, "revenue", "2025-03").queries()).isEqualTo(won.queries());
    }
  }
}

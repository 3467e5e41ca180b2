package io.kinerja.metrics.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kinerja.core.measure.MeasureValue;
import io.kinerja.core.measure.Rollup;
import io.kinerja.core.period.Grain;
import io.kinerja.core.period.Period;
import io.kinerja.metrics.definition.Aggregation;
import io.kinerja.metrics.definition.EmptyPeriod;
import io.kinerja.metrics.definition.MetricDefinition;
import io.kinerja.metrics.definition.SourceDefinition;
import io.kinerja.metrics.sql.SqlQuery;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs measures on tiny files whose values are computed by hand (see {@link Fixtures#DEALS_CSV}). */
class DuckDbEngineTest {

  @TempDir Path dir;
  private DuckDbEngine engine;

  @BeforeEach
  void open() throws Exception {
    Fixtures.write(dir, "deals.csv", Fixtures.DEALS_CSV);
    engine = new DuckDbEngine(List.of(Fixtures.source("deals", "deals.csv")), Fixtures.dealMeasures(), dir);
  }

  @AfterEach
  void close() {
    engine.close();
  }

  private MeasureValue value(String measure, String period) {
    return engine.value(measure, Period.parse(period).orElseThrow(), Map.of(), Rollup.SUM);
  }

  private double number(String measure, String period) {
    MeasureValue v = value(measure, period);
    assertThat(v.isMissing()).as("%s in %s is missing: %s", measure, period, v.missingReason()).isFalse();
    return v.value();
  }

  @Test
  void counts_records_per_month_of_their_time_column() {
    assertThat(number("created", "2025-01")).isEqualTo(3);
    assertThat(number("created", "2025-03")).isEqualTo(2);
    assertThat(number("won", "2025-01")).isEqualTo(1);
    assertThat(number("won", "2025-03")).isEqualTo(2);
  }

  @Test
  void an_empty_month_is_zero_for_counts_and_sums() {
    assertThat(number("created", "2025-02")).isZero();
    assertThat(number("won", "2025-02")).isZero();
    assertThat(number("revenue", "2025-02")).isZero();
    assertThat(value("created", "2025-02").how().toString()).contains("no record of source 'deals' falls in 2025-02");
  }

  @Test
  void an_empty_month_is_missing_for_averages_minimums_and_maximums() {
    assertThat(value("avg_amount", "2025-02").isMissing()).isTrue();
    assertThat(value("max_amount", "2025-02").missingReason().toString())
        .isEqualTo("measure 'max_amount' has no value for 2025-02: no record of source 'deals' falls in it, "
            + "and the max of nothing does not exist");
  }

  @Test
  void the_empty_period_rule_can_be_overridden() throws Exception {
    MetricDefinition avgOrZero = Fixtures.of("avg0", Aggregation.AVG, "amount", "created_at", null)
        .withEmptyPeriod(EmptyPeriod.ZERO);
    try (DuckDbEngine e = new DuckDbEngine(List.of(Fixtures.source("deals", "deals.csv")), List.of(avgOrZero), dir)) {
      assertThat(e.value("avg0", Period.parse("2025-02").orElseThrow(), Map.of(), Rollup.SUM).value()).isZero();
    }
  }

  @Test
  void periods_outside_the_records_are_missing_not_zero() {
    assertThat(value("created", "2024-12").missingReason().toString())
        .isEqualTo("measure 'created' has no value for 2024-12: the records of source 'deals' run by created_at "
            + "from 2025-01 to 2025-03 only");
  }

  @Test
  void sums_averages_minimums_and_maximums_skip_nulls() {
    assertThat(number("revenue", "2025-01")).isEqualTo(100);
    assertThat(number("revenue", "2025-03")).isEqualTo(250.5);
    assertThat(number("avg_amount", "2025-01")).isEqualTo(75.25);
    assertThat(number("min_amount", "2025-01")).isEqualTo(50.5);
    assertThat(number("max_amount", "2025-03")).isEqualTo(200);
    assertThat(number("with_amount", "2025-01")).isEqualTo(2);
    assertThat(number("channels", "2025-01")).isEqualTo(2);
    assertThat(number("channels", "2025-03")).isEqualTo(1);
  }

  @Test
  void a_year_is_computed_from_its_records_not_from_its_months() {
    assertThat(number("created", "2025")).isEqualTo(5);
    assertThat(number("created", "2025-Q1")).isEqualTo(5);
    // (100 + 50.5 + 200) / 3, not the mean of the monthly means (75.25 + 200) / 2.
    assertThat(number("avg_amount", "2025")).isCloseTo(350.5 / 3, within(1e-9));
    assertThat(number("channels", "2025")).isEqualTo(2);
  }

  @Test
  void days_between_counts_seconds_as_fractions_of_a_day() {
    assertThat(number("cycle_days", "2025-01")).isEqualTo(15);
    // 29 days and 1 second, plus exactly 1 day.
    assertThat(number("cycle_days", "2025-03")).isCloseTo(30 + 1 / 86400.0, within(1e-9));
  }

  @Test
  void filters_combine_in_is_null_and_or_not() {
    assertThat(number("known_paid", "2025-01")).isEqualTo(2);
    assertThat(number("known_paid", "2025-03")).isZero();
    assertThat(number("odd", "2025-01")).isZero();
    assertThat(number("odd", "2025-03")).isEqualTo(2);
    assertThat(number("not_won", "2025-01")).isEqualTo(1);
    assertThat(number("not_won", "2025-03")).isEqualTo(1);
  }

  @Test
  void dates_in_filters_are_written_as_text_or_as_date_literals() {
    assertThat(number("since_10th", "2025-01")).isEqualTo(2);
    assertThat(number("before_march_10", "2025-03")).isEqualTo(1);
  }

  @Test
  void values_per_segment_include_empty_months_and_records_without_a_segment() {
    Map<String, String> email = Map.of("channel", "email");
    Period jan = Period.parse("2025-01").orElseThrow();
    Period feb = Period.parse("2025-02").orElseThrow();
    Period mar = Period.parse("2025-03").orElseThrow();
    assertThat(engine.value("created", jan, email, Rollup.SUM).value()).isEqualTo(2);
    assertThat(engine.value("created", jan, Map.of("channel", "ads"), Rollup.SUM).value()).isEqualTo(1);
    assertThat(engine.value("created", mar, email, Rollup.SUM).value()).isZero();
    assertThat(engine.value("created", feb, email, Rollup.SUM).value()).isZero();
    assertThat(engine.value("created", mar, Map.of("channel", "(none)"), Rollup.SUM).value()).isEqualTo(1);
    assertThat(engine.segmentValues("channel")).containsExactly("(none)", "ads", "email");
  }

  @Test
  void the_text_columns_are_the_candidate_segment_dimensions() {
    assertThat(engine.textColumns()).containsExactly("channel", "stage");
  }

  @Test
  void typed_rows_hold_every_period_of_the_spine() {
    List<MeasureRow> created = engine.rows(Grain.MONTH, List.of()).stream()
        .filter(r -> r.measure().equals("created")).toList();
    assertThat(created).extracting(r -> r.period().name()).containsExactly("2025-01", "2025-02", "2025-03");
    assertThat(created).extracting(r -> r.value().value()).containsExactly(3.0, 0.0, 2.0);
  }

  @Test
  void explains_a_value_with_the_sql_and_parameters_that_computed_it() {
    SqlQuery query = engine.query("won", Grain.MONTH, List.of("channel"));
    assertThat(query.sql()).contains("count(*) FILTER (WHERE \"stage\" = ?) AS \"won\"", "GROUP BY");
    assertThat(query.parameters()).containsExactly("WON", dir.resolve("deals.csv").toString());
    assertThat(value("won", "2025-03").how().toString())
        .isEqualTo("count of * over the records of source 'deals' where stage = 'WON', placed in periods by closed_at");
  }

  @Test
  void caches_the_aggregates_so_a_second_lookup_runs_no_query() throws Exception {
    number("created", "2025-01");
    java.nio.file.Files.delete(dir.resolve("deals.csv"));
    assertThat(number("created", "2025-03")).isEqualTo(2);
    assertThat(number("won", "2025-03")).isEqualTo(2);
  }

  @Test
  void reads_parquet_files_with_the_same_results() throws Exception {
    Fixtures.toParquet(dir.resolve("deals.csv"), dir.resolve("deals.parquet"));
    SourceDefinition parquet = Fixtures.source("deals", "deals.parquet");
    try (DuckDbEngine e = new DuckDbEngine(List.of(parquet), Fixtures.dealMeasures(), dir)) {
      Period mar = Period.parse("2025-03").orElseThrow();
      assertThat(e.value("revenue", mar, Map.of(), Rollup.SUM).value()).isEqualTo(250.5);
      assertThat(e.value("cycle_days", mar, Map.of(), Rollup.SUM).value()).isCloseTo(30 + 1 / 86400.0, within(1e-9));
      assertThat(e.value("odd", mar, Map.of(), Rollup.SUM).value()).isEqualTo(2);
    }
  }

  @Test
  void reads_json_files_and_date_time_columns() throws Exception {
    Fixtures.write(dir, "spend.json", """
        {"date": "2025-01-01", "channel": "email", "amount": 10}
        {"date": "2025-01-31", "channel": "ads", "amount": 20.5}
        {"date": "2025-03-01", "channel": "email", "amount": 5}
        """);
    MetricDefinition spend = MetricDefinition.of("spend", "spend", Aggregation.SUM, "amount", "date", null);
    try (DuckDbEngine e = new DuckDbEngine(List.of(Fixtures.source("spend", "spend.json")), List.of(spend), dir)) {
      assertThat(e.value("spend", Period.parse("2025-01").orElseThrow(), Map.of(), Rollup.SUM).value()).isEqualTo(30.5);
      assertThat(e.value("spend", Period.parse("2025-02").orElseThrow(), Map.of(), Rollup.SUM).value()).isZero();
      assertThat(e.value("spend", Period.parse("2025-W01").orElseThrow(), Map.of(), Rollup.SUM).value()).isEqualTo(10);
    }
  }
}

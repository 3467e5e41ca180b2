package io.kinerja.metrics.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.core.period.Grain;
import io.kinerja.metrics.definition.Aggregation;
import io.kinerja.metrics.definition.MetricDefinition;
import io.kinerja.metrics.definition.SourceColumns;
import io.kinerja.metrics.definition.SourceDefinition;
import io.kinerja.metrics.definition.Validator;
import io.kinerja.metrics.expression.ValueType;
import io.kinerja.metrics.sql.DuckDbDialect;
import io.kinerja.metrics.sql.From;
import io.kinerja.metrics.support.Snapshots;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Snapshots of the SQL each measure shape renders to in DuckDB's dialect (no database needed). */
class GeneratedSqlTest {

  private static final Path BASE = Path.of("/data");
  private static final SourceDefinition LEADS = SourceDefinition.file("leads", "leads.csv", null);
  private static final SourceDefinition DEALS = SourceDefinition.file("deals", "deals.parquet", null);
  private static final SourceDefinition VISITS = SourceDefinition.file("visits", "visits.json", null);
  private static final SourceDefinition CRM = SourceDefinition.table("crm", "crm.leads", null);

  private static SourceColumns columns(String source) {
    Map<String, SourceColumns.Column> cols = new LinkedHashMap<>();
    column(cols, "lead_id", ValueType.NUMBER, "BIGINT");
    column(cols, "created_at", ValueType.TIMESTAMP, "TIMESTAMP");
    column(cols, "channel", ValueType.TEXT, "VARCHAR");
    column(cols, "stage", ValueType.TEXT, "VARCHAR");
    column(cols, "closed_at", ValueType.TIMESTAMP, "TIMESTAMP");
    column(cols, "deal_value", ValueType.NUMBER, "BIGINT");
    column(cols, "day", ValueType.DATE, "DATE");
    return new SourceColumns(source, cols);
  }

  private static void column(Map<String, SourceColumns.Column> cols, String name, ValueType type, String engineType) {
    cols.put(name, new SourceColumns.Column(name, type, engineType));
  }

  private static String sql(Grain grain, List<String> dimensions, MetricDefinition... metrics) {
    List<SourceDefinition> sources = List.of(LEADS, DEALS, VISITS, CRM);
    Map<String, SourceColumns> cols = new LinkedHashMap<>();
    Map<String, From> froms = new LinkedHashMap<>();
    for (SourceDefinition s : sources) {
      cols.put(s.name(), columns(s.name()));
      froms.put(s.name(), Planner.from(s, BASE));
    }
    Validator.Validated validated = Validator.validate(sources, List.of(metrics), cols);
    assertThat(validated.problems()).isEmpty();
    Planner.Plan plan = Planner.plan(validated.metrics(), cols, froms, grain, dimensions);
    StringBuilder out = new StringBuilder();
    for (AggregateQuery query : plan.queries()) {
      out.append(new DuckDbDialect().render(query.select()).describe()).append('\n');
    }
    return out.toString();
  }

  private static MetricDefinition measure(String name, String from, Aggregation aggregation, String expression,
      String time, String where) {
    return MetricDefinition.of(name, from, aggregation, expression, time, where);
  }

  @Test
  void count_of_records_groups_by_the_month_of_the_time_column() {
    Snapshots.assertMatches("duckdb/count_star.sql",
        sql(Grain.MONTH, List.of(), measure("leads", "leads", Aggregation.COUNT, "*", "created_at", null)));
  }

  @Test
  void a_filter_becomes_a_filter_clause_with_bound_values() {
    Snapshots.assertMatches("duckdb/count_with_filter.sql", sql(Grain.MONTH, List.of(),
        measure("won", "leads", Aggregation.COUNT, "*", "closed_at", "stage = 'WON' and deal_value > 1000")));
  }

  @Test
  void filters_with_in_is_null_not_and_dates_are_rendered_with_binds() {
    Snapshots.assertMatches("duckdb/count_with_rich_filter.sql", sql(Grain.QUARTER, List.of(),
        measure("open", "leads", Aggregation.COUNT, "lead_id", "created_at",
            "stage not in ('WON', 'LOST') and (closed_at is null or not closed_at >= '2025-06-01') "
                + "and created_at < DATE '2026-01-01'")));
  }

  @Test
  void count_distinct_counts_distinct_values() {
    Snapshots.assertMatches("duckdb/count_distinct.sql", sql(Grain.YEAR, List.of(),
        measure("channels", "leads", Aggregation.COUNT_DISTINCT, "channel", "created_at", null)));
  }

  @Test
  void sum_avg_min_and_max_of_one_source_and_time_column_share_one_query() {
    Snapshots.assertMatches("duckdb/sum_avg_min_max.sql", sql(Grain.MONTH, List.of(),
        measure("revenue", "deals", Aggregation.SUM, "deal_value", "closed_at", "stage = 'WON'"),
        measure("avg_deal", "deals", Aggregation.AVG, "deal_value", "closed_at", "stage = 'WON'"),
        measure("min_deal", "deals", Aggregation.MIN, "deal_value", "closed_at", null),
        measure("max_deal", "deals", Aggregation.MAX, "deal_value * 1.1 - 5", "closed_at", null)));
  }

  @Test
  void sum_of_days_between_uses_epoch_seconds() {
    Snapshots.assertMatches("duckdb/sum_days_between.sql", sql(Grain.MONTH, List.of(),
        measure("cycle_days_total", "leads", Aggregation.SUM, "days_between(created_at, coalesce(closed_at, '2025-12-31'))",
            "closed_at", "stage = 'WON'")));
  }

  @Test
  void measures_with_different_time_columns_get_one_query_each() {
    Snapshots.assertMatches("duckdb/two_time_columns.sql", sql(Grain.WEEK, List.of(),
        measure("leads", "leads", Aggregation.COUNT, "*", "created_at", null),
        measure("won", "leads", Aggregation.COUNT, "*", "closed_at", "stage = 'WON'")));
  }

  @Test
  void a_segment_dimension_is_grouped_as_text() {
    Snapshots.assertMatches("duckdb/per_segment.sql", sql(Grain.YEAR, List.of("channel"),
        measure("leads", "leads", Aggregation.COUNT, "*", "created_at", null),
        measure("won", "leads", Aggregation.COUNT, "*", "created_at", "stage = 'WON'")));
  }

  @Test
  void json_files_and_tables_are_read_by_their_own_scans() {
    Snapshots.assertMatches("duckdb/json_and_table.sql", sql(Grain.DAY, List.of(),
        measure("visits", "visits", Aggregation.COUNT, "*", "day", null),
        measure("crm_leads", "crm", Aggregation.COUNT, "*", "created_at", null)));
  }

  @Test
  void a_source_without_the_dimension_makes_its_measures_unavailable() {
    Map<String, SourceColumns> cols = Map.of("leads", columns("leads"));
    Validator.Validated validated = Validator.validate(List.of(LEADS),
        List.of(measure("leads", "leads", Aggregation.COUNT, "*", "created_at", null)), cols);
    Planner.Plan plan = Planner.plan(validated.metrics(), cols, Map.of("leads", Planner.from(LEADS, BASE)),
        Grain.MONTH, List.of("region"));
    assertThat(plan.queries()).isEmpty();
    assertThat(plan.unavailable().get("leads").toString())
        .contains("measure 'leads' cannot be split by 'region'", "source 'leads' has no such column");
  }
}

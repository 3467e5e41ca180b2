package io.kinerja.metrics.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinerja.core.period.Grain;
import io.kinerja.metrics.definition.Aggregation;
import io.kinerja.metrics.definition.MetricDefinition;
import io.kinerja.metrics.definition.SourceColumns;
import io.kinerja.metrics.definition.SourceDefinition;
import io.kinerja.metrics.definition.Validator;
import io.kinerja.metrics.expression.ValueType;
import io.kinerja.metrics.plan.AggregateQuery;
import io.kinerja.metrics.plan.Planner;
import io.kinerja.metrics.support.Snapshots;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Snapshots of the SQL every measure shape renders to on PostgreSQL, MariaDB and Spark (DuckDB's are in
 * {@code plan.GeneratedSqlTest}). PostgreSQL and MariaDB read tables; Spark reads Parquet and JSON files
 * by its own syntax. Rewrite with {@code -Dsnapshots.overwrite=true} and review the diff.
 */
class DialectsSqlTest {

  private static final Path BASE = Path.of("/data");

  /** One measure shape: the grain, the segment dimensions and the measures of one plan. */
  record Shape(String name, Grain grain, List<String> dimensions, List<MetricDefinition> measures) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static MetricDefinition measure(String name, String from, Aggregation aggregation, String expression,
      String time, String where) {
    return MetricDefinition.of(name, from, aggregation, expression, time, where);
  }

  static List<Shape> shapes() {
    return List.of(
        new Shape("count_star", Grain.MONTH, List.of(),
            List.of(measure("leads", "leads", Aggregation.COUNT, "*", "created_at", null))),
        new Shape("count_with_filter", Grain.MONTH, List.of(),
            List.of(measure("won", "leads", Aggregation.COUNT, "*", "closed_at", "stage = 'WON' and deal_value > 1000"))),
        new Shape("count_with_rich_filter", Grain.QUARTER, List.of(),
            List.of(measure("open", "leads", Aggregation.COUNT, "lead_id", "created_at",
                "stage not in ('WON', 'LOST') and (closed_at is null or not closed_at >= '2025-06-01') "
                    + "and created_at < DATE '2026-01-01'"))),
        new Shape("count_distinct", Grain.YEAR, List.of(),
            List.of(measure("channels", "leads", Aggregation.COUNT_DISTINCT, "channel", "created_at", null))),
        new Shape("count_distinct_with_filter", Grain.YEAR, List.of(),
            List.of(measure("won_channels", "leads", Aggregation.COUNT_DISTINCT, "channel", "created_at", "stage = 'WON'"))),
        new Shape("sum_avg_min_max", Grain.MONTH, List.of(), List.of(
            measure("revenue", "deals", Aggregation.SUM, "deal_value", "closed_at", "stage = 'WON'"),
            measure("avg_deal", "deals", Aggregation.AVG, "deal_value", "closed_at", "stage = 'WON'"),
            measure("min_deal", "deals", Aggregation.MIN, "deal_value", "closed_at", null),
            measure("max_deal", "deals", Aggregation.MAX, "deal_value * 1.1 - 5", "closed_at", null))),
        new Shape("division", Grain.MONTH, List.of(),
            List.of(measure("thousands", "deals", Aggregation.SUM, "deal_value / 1000", "closed_at", null))),
        new Shape("sum_days_between", Grain.MONTH, List.of(), List.of(
            measure("cycle_days_total", "leads", Aggregation.SUM,
                "days_between(created_at, coalesce(closed_at, '2025-12-31'))", "closed_at", "stage = 'WON'"))),
        new Shape("two_time_columns", Grain.WEEK, List.of(), List.of(
            measure("leads", "leads", Aggregation.COUNT, "*", "created_at", null),
            measure("won", "leads", Aggregation.COUNT, "*", "closed_at", "stage = 'WON'"))),
        new Shape("per_segment", Grain.YEAR, List.of("channel"), List.of(
            measure("leads", "leads", Aggregation.COUNT, "*", "created_at", null),
            measure("won", "leads", Aggregation.COUNT, "*", "created_at", "stage = 'WON'"))),
        new Shape("by_day", Grain.DAY, List.of(),
            List.of(measure("visits", "visits", Aggregation.COUNT, "*", "day", null))));
  }

  /** PostgreSQL and MariaDB read tables of their own; Spark reads files. */
  private static List<SourceDefinition> sources(String dialect) {
    if (dialect.equals("spark")) {
      return List.of(SourceDefinition.file("leads", "leads.parquet", null),
          SourceDefinition.file("deals", "deals.parquet", null), SourceDefinition.file("visits", "visits.json", null));
    }
    return List.of(SourceDefinition.table("leads", "crm.leads", null), SourceDefinition.table("deals", "deals", null),
        SourceDefinition.table("visits", "web.visits", null));
  }

  private static Dialect dialect(String name) {
    return switch (name) {
      case "postgresql" -> new PostgresDialect();
      case "mariadb" -> new MariaDbDialect();
      default -> new SparkDialect();
    };
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String dialect : List.of("postgresql", "mariadb", "spark")) {
      shapes().forEach(shape -> cases.add(Arguments.of(dialect, shape)));
    }
    return cases.stream();
  }

  private static SourceColumns columns(String source) {
    Map<String, SourceColumns.Column> cols = new LinkedHashMap<>();
    column(cols, "lead_id", ValueType.NUMBER);
    column(cols, "created_at", ValueType.TIMESTAMP);
    column(cols, "channel", ValueType.TEXT);
    column(cols, "stage", ValueType.TEXT);
    column(cols, "closed_at", ValueType.TIMESTAMP);
    column(cols, "deal_value", ValueType.NUMBER);
    column(cols, "day", ValueType.DATE);
    return new SourceColumns(source, cols);
  }

  private static void column(Map<String, SourceColumns.Column> cols, String name, ValueType type) {
    cols.put(name, new SourceColumns.Column(name, type, type.name()));
  }

  static String sql(Dialect dialect, List<SourceDefinition> sources, Shape shape) {
    Map<String, SourceColumns> cols = new LinkedHashMap<>();
    Map<String, From> froms = new LinkedHashMap<>();
    for (SourceDefinition s : sources) {
      cols.put(s.name(), columns(s.name()));
      froms.put(s.name(), Planner.from(s, BASE));
    }
    Validator.Validated validated = Validator.validate(sources, shape.measures(), cols);
    assertThat(validated.problems()).isEmpty();
    Planner.Plan plan = Planner.plan(validated.metrics(), cols, froms, shape.grain(), shape.dimensions());
    StringBuilder out = new StringBuilder();
    for (AggregateQuery query : plan.queries()) {
      out.append(dialect.render(query.select()).describe()).append('\n');
    }
    return out.toString();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void every_measure_shape_renders_in_every_dialect(String dialect, Shape shape) {
    Snapshots.assertMatches(dialect + "/" + shape.name() + ".sql", sql(dialect(dialect), sources(dialect), shape));
  }

  @Test
  void binds_follow_the_text_where_mariadb_puts_the_filter_before_the_argument() {
    Shape shape = new Shape("filtered_sum", Grain.MONTH, List.of(),
        List.of(measure("big", "deals", Aggregation.SUM, "deal_value * 2", "closed_at", "stage = 'WON'")));
    String sql = sql(new MariaDbDialect(), sources("mariadb"), shape);
    assertThat(sql).contains("sum(CASE WHEN `stage` = ? THEN `deal_value` * ? END)")
        .contains("-- $1 = WON (String)\n-- $2 = 2 (Long)");
  }

  @Test
  void table_columns_are_described_with_the_names_as_binds() {
    SqlQuery qualified = new PostgresDialect().describe(new From.TableRef(List.of("crm", "leads")));
    assertThat(qualified.parameters()).containsExactly("crm", "leads");
    assertThat(qualified.sql()).doesNotContain("crm").contains("table_schema = ? AND table_name = ?");
    SqlQuery bare = new MariaDbDialect().describe(new From.TableRef(List.of("leads")));
    assertThat(bare.parameters()).containsExactly("leads");
    assertThat(bare.sql()).contains("TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?");
  }

  @Test
  void quotes_inside_names_are_doubled_in_each_spelling() {
    From odd = new From.TableRef(List.of("we\"ird`name"));
    Select select = new Select(false, List.of(), odd, null, List.of(), List.of());
    assertThat(new PostgresDialect().render(select).sql()).isEqualTo("SELECT *\nFROM \"we\"\"ird`name\"");
    assertThat(new MariaDbDialect().render(select).sql()).isEqualTo("SELECT *\nFROM `we\"ird``name`");
    assertThat(new SparkDialect().render(select).sql()).isEqualTo("SELECT *\nFROM `we\"ird``name`");
  }

  @Test
  void postgresql_and_mariadb_read_no_files_and_spark_reads_csv_through_a_view() {
    assertThat(new PostgresDialect().readsFiles()).isFalse();
    assertThat(new MariaDbDialect().readsFiles()).isFalse();
    assertThat(new SparkDialect().readsFiles()).isTrue();
    Select csv = new Select(false, List.of(), new From.FileScan(FileFormat.CSV, "/data/leads.csv"), null, List.of(),
        List.of());
    assertThatThrownBy(() -> new SparkDialect().render(csv)).hasMessageContaining("registered as views");
  }

  @Test
  void column_types_of_each_engine_map_to_the_expression_language() {
    assertThat(new PostgresDialect().valueType("timestamp without time zone")).isEqualTo(ValueType.TIMESTAMP);
    assertThat(new PostgresDialect().valueType("double precision")).isEqualTo(ValueType.NUMBER);
    assertThat(new PostgresDialect().valueType("character varying")).isEqualTo(ValueType.TEXT);
    assertThat(new MariaDbDialect().valueType("datetime")).isEqualTo(ValueType.TIMESTAMP);
    assertThat(new MariaDbDialect().valueType("decimal")).isEqualTo(ValueType.NUMBER);
    assertThat(new MariaDbDialect().valueType("longtext")).isEqualTo(ValueType.TEXT);
    assertThat(new SparkDialect().valueType("timestamp_ntz")).isEqualTo(ValueType.TIMESTAMP);
    assertThat(new SparkDialect().valueType("decimal(18,2)")).isEqualTo(ValueType.NUMBER);
    assertThat(new SparkDialect().valueType("string")).isEqualTo(ValueType.TEXT);
    assertThat(new SparkDialect().valueType("array<int>")).isEqualTo(ValueType.OTHER);
  }
}

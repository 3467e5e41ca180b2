package io.kinerja.metrics.plan;

import io.kinerja.core.period.Grain;
import io.kinerja.core.problem.Problem;
import io.kinerja.metrics.definition.CheckedMetric;
import io.kinerja.metrics.definition.SourceColumns;
import io.kinerja.metrics.definition.SourceDefinition;
import io.kinerja.metrics.expression.Checker;
import io.kinerja.metrics.sql.FileFormat;
import io.kinerja.metrics.sql.From;
import io.kinerja.metrics.sql.Select;
import io.kinerja.metrics.sql.SqlExpr;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans the queries that compute every measure at one grain and one set of segment dimensions.
 *
 * <p>Each source is aggregated on its own, and within a source the measures that share a time column
 * share one query, each measure an aggregate with its own {@code FILTER (WHERE …)}. Measures placed by
 * different time columns (leads by {@code created_at}, deals by {@code closed_at}) need different
 * groupings, so they get one query each; a single query with {@code GROUPING SETS} could do it, but
 * MariaDB has no grouping sets and the plan must run on every engine.
 */
public final class Planner {

  /**
   * The queries, and for each measure whose source lacks a requested dimension, the problem that says
   * so (asking such a measure for a segment is an error; the other measures are still planned).
   */
  public record Plan(List<AggregateQuery> queries, Map<String, Problem> unavailable) {
    public Plan {
      queries = List.copyOf(queries);
      unavailable = Map.copyOf(unavailable);
    }
  }

  private Planner() {}

  public static Plan plan(
      List<CheckedMetric> metrics, Map<String, SourceColumns> columns, Map<String, From> froms, Grain grain,
      List<String> dimensions) {
    Map<List<String>, List<CheckedMetric>> groups = new LinkedHashMap<>();
    for (CheckedMetric metric : metrics) {
      groups.computeIfAbsent(List.of(metric.source().name(), metric.timeColumn()), k -> new ArrayList<>()).add(metric);
    }
    List<AggregateQuery> queries = new ArrayList<>();
    Map<String, Problem> unavailable = new LinkedHashMap<>();
    for (List<CheckedMetric> group : groups.values()) {
      SourceDefinition source = group.get(0).source();
      SourceColumns cols = columns.get(source.name());
      List<String> resolved = resolve(dimensions, cols);
      if (resolved.contains(null)) {
        String lacking = dimensions.get(resolved.indexOf(null));
        group.forEach(m -> unavailable.put(m.name(), Problem.error(m.definition().location(), "metrics.no_dimension",
            m.name(), source.name(), lacking, String.join(", ", cols.columns().keySet()))));
        continue;
      }
      queries.add(query(group, froms.get(source.name()), grain, resolved));
    }
    return new Plan(queries, unavailable);
  }

  private static List<String> resolve(List<String> dimensions, SourceColumns cols) {
    // A list that holds nulls (an unknown dimension) and answers contains(null).
    List<String> resolved = new ArrayList<>();
    dimensions.forEach(d -> resolved.add(Checker.resolveColumn(d, cols.types())));
    return resolved;
  }

  private static AggregateQuery query(List<CheckedMetric> group, From from, Grain grain, List<String> dimensions) {
    String time = group.get(0).timeColumn();
    List<Select.Item> items = new ArrayList<>();
    List<SqlExpr> groupBy = new ArrayList<>();
    SqlExpr period = new SqlExpr.Truncate(grain, new SqlExpr.ColumnRef(time));
    items.add(new Select.Item(period, "period"));
    groupBy.add(period);
    for (String dimension : dimensions) {
      SqlExpr segment = new SqlExpr.AsText(new SqlExpr.ColumnRef(dimension));
      items.add(new Select.Item(segment, dimension));
      groupBy.add(segment);
    }
    for (CheckedMetric metric : group) {
      items.add(new Select.Item(aggregate(metric), metric.name()));
    }
    List<Integer> orderBy = new ArrayList<>();
    for (int i = 1; i <= 1 + dimensions.size(); i++) {
      orderBy.add(i);
    }
    SqlExpr placed = new SqlExpr.IsNull(new SqlExpr.ColumnRef(time), true);
    Select select = new Select(false, items, from, placed, groupBy, orderBy);
    return new AggregateQuery(group.get(0).source().name(), time, grain, dimensions, group, select);
  }

  private static SqlExpr aggregate(CheckedMetric metric) {
    SqlExpr argument = ToSql.translate(metric.expression());
    SqlExpr filter = ToSql.translate(metric.where());
    return switch (metric.definition().aggregation()) {
      case COUNT -> new SqlExpr.Aggregate(SqlExpr.AggregateFunction.COUNT, argument, false, filter);
      case COUNT_DISTINCT -> new SqlExpr.Aggregate(SqlExpr.AggregateFunction.COUNT, argument, true, filter);
      case SUM -> new SqlExpr.Aggregate(SqlExpr.AggregateFunction.SUM, argument, false, filter);
      case AVG -> new SqlExpr.Aggregate(SqlExpr.AggregateFunction.AVG, argument, false, filter);
      case MIN -> new SqlExpr.Aggregate(SqlExpr.AggregateFunction.MIN, argument, false, filter);
      case MAX -> new SqlExpr.Aggregate(SqlExpr.AggregateFunction.MAX, argument, false, filter);
    };
  }

  /** The distinct values of {@code column} as text, in order (for evaluating per segment value). */
  public static Select distinctValues(From from, String column) {
    SqlExpr value = new SqlExpr.AsText(new SqlExpr.ColumnRef(column));
    return new Select(true, List.of(new Select.Item(value, column)), from, null, List.of(), List.of(1));
  }

  /**
   * Where a source's rows come from: a file path resolved against the scorecard's folder (its format
   * known by its extension; {@code null} when none fits), or a table by the parts of its dotted name.
   */
  public static From from(SourceDefinition source, Path baseDirectory) {
    if (source.isFile()) {
      FileFormat format = FileFormat.byFileName(source.file());
      String path = baseDirectory.resolve(source.file()).toAbsolutePath().normalize().toString();
      return format == null ? null : new From.FileScan(format, path);
    }
    return new From.TableRef(Arrays.asList(source.table().split("\\.")));
  }
}

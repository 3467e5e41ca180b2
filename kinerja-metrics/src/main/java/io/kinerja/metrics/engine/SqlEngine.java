package io.kinerja.metrics.engine;

import io.kinerja.core.measure.MeasureSource;
import io.kinerja.core.measure.MeasureValue;
import io.kinerja.core.measure.Observation;
import io.kinerja.core.measure.Origin;
import io.kinerja.core.measure.Rollup;
import io.kinerja.core.period.Grain;
import io.kinerja.core.period.Period;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Problem;
import io.kinerja.core.problem.Problems;
import io.kinerja.core.text.Message;
import io.kinerja.metrics.definition.CheckedMetric;
import io.kinerja.metrics.definition.EmptyPeriod;
import io.kinerja.metrics.definition.MetricDefinition;
import io.kinerja.metrics.definition.SourceDefinition;
import io.kinerja.metrics.definition.Validator;
import io.kinerja.metrics.expression.Printer;
import io.kinerja.metrics.plan.AggregateQuery;
import io.kinerja.metrics.plan.Planner;
import io.kinerja.metrics.sql.From;
import io.kinerja.metrics.sql.SqlQuery;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Measures over raw records, computed by the engine behind a {@link Connector} (DuckDB, PostgreSQL,
 * MariaDB, Spark): each query aggregates in the engine, and only aggregated rows come back. The engines
 * differ only in their connector and its dialect; everything here is the same on all of them.
 * Construction reads every source's columns and
 * validates every definition, failing with all problems at once. Values are computed on first use per
 * grain and set of segment dimensions, one query per source and time column (never one per period),
 * and cached; {@link #value} is then a lookup. A period is always computed by grouping records at its
 * own grain, so a year is the sum (or count, average …) of the year's records, never a combination of
 * monthly results, and the {@link Rollup} a caller passes is not needed.
 */
public class SqlEngine implements MeasureSource, AutoCloseable {

  private record Key(Grain grain, List<String> dimensions) {}

  /** What one grain and set of dimensions computed: per measure, its results or why it has none. */
  private record Computed(Map<String, Results> byMeasure, Map<String, Problem> unavailable) {}

  private final Connector connector;
  private final Catalog catalog;
  private final Map<String, CheckedMetric> metrics = new LinkedHashMap<>();
  private final Map<Key, Computed> cache = new HashMap<>();

  /**
   * An engine over {@code connector}, which it closes when closed; {@code baseDirectory} is the
   * scorecard's folder (file sources are relative to it). Fails with every problem in the definitions;
   * the connector is closed then.
   */
  public SqlEngine(
      Connector connector, List<SourceDefinition> sources, List<MetricDefinition> metrics, Path baseDirectory) {
    this.connector = connector;
    Problems problems = new Problems();
    this.catalog = Catalog.read(sources, baseDirectory, connector, problems);
    Validator.Validated validated = Validator.validate(sources, metrics, catalog.columns);
    problems.addAll(validated.problems());
    validated.metrics().forEach(m -> this.metrics.put(m.name(), m));
    if (problems.hasErrors()) {
      close();
    }
    problems.throwIfErrors();
  }

  /** The engine's kind as a scorecard names it ({@code duckdb}, {@code postgresql}, {@code spark} …). */
  public String kind() {
    return connector.kind();
  }

  @Override
  public Set<String> measures() {
    return Set.copyOf(metrics.keySet());
  }

  @Override
  public MeasureValue value(String measure, Period period, Map<String, String> segment, Rollup rollup) {
    CheckedMetric metric = metrics.get(measure);
    if (metric == null) {
      return MeasureValue.missing(Message.of("metrics.not_a_measure", measure));
    }
    List<String> dimensions = new ArrayList<>(new TreeSet<>(segment.keySet()));
    Results results = results(metric, period.grain(), dimensions);
    List<String> key = dimensions.stream().map(segment::get).toList();
    return valueOf(metric, results, key, period, segment);
  }

  private MeasureValue valueOf(
      CheckedMetric metric, Results results, List<String> segmentKey, Period period, Map<String, String> segment) {
    if (!results.covers(period)) {
      return MeasureValue.missing(results.isEmpty()
          ? Message.of("metrics.no_records", metric.name(), metric.source().name(), metric.timeColumn())
          : Message.of("metrics.outside_records", metric.name(), period.name(), metric.source().name(),
              metric.timeColumn(), results.first().name(), results.last().name()));
    }
    Double value = results.value(metric.name(), segmentKey, period);
    if (value != null) {
      return MeasureValue.computed(value, how(metric, results), List.of(observation(metric, period, segment, value)),
          List.of(results.ranText));
    }
    return metric.definition().emptyPeriod() == EmptyPeriod.ZERO
        ? MeasureValue.of(0, Message.of("metrics.how.empty_zero", metric.source().name(), period.name()), List.of())
        : MeasureValue.missing(Message.of("metrics.empty_period", metric.name(), period.name(), metric.source().name(),
            metric.definition().aggregation().key()));
  }

  private static Message how(CheckedMetric metric, Results results) {
    String what = metric.expression() == null ? "*" : Printer.print(metric.expression());
    String aggregation = metric.definition().aggregation().key();
    Message how = metric.where() == null
        ? Message.of("metrics.how.aggregate", aggregation, what, metric.source().name(), metric.timeColumn())
        : Message.of("metrics.how.aggregate_where", aggregation, what, metric.source().name(), metric.timeColumn(),
            Printer.print(metric.where()));
    return results.summedOver.isEmpty() ? how
        : Message.of("metrics.how.summed_over", how, String.join(", ", results.summedOver));
  }

  private static Observation observation(CheckedMetric metric, Period period, Map<String, String> segment, double value) {
    SourceDefinition source = metric.source();
    Origin origin = new Origin(source.isFile() ? source.file() : source.table(), 0, null);
    return new Observation(metric.name(), period, segment, value, origin);
  }

  /**
   * Every measure's value for every period of its spine and every segment value found, at
   * {@code grain}, split by {@code dimensions} (empty: the whole unit); oldest first.
   */
  public List<MeasureRow> rows(Grain grain, List<String> dimensions) {
    List<String> sorted = new ArrayList<>(new TreeSet<>(dimensions));
    List<MeasureRow> rows = new ArrayList<>();
    for (CheckedMetric metric : metrics.values()) {
      Results results = results(metric, grain, sorted);
      for (List<String> segmentKey : results.segments()) {
        Map<String, String> segment = segmentMap(sorted, segmentKey);
        for (Period period : results.spine()) {
          rows.add(new MeasureRow(metric.name(), period, segment, valueOf(metric, results, segmentKey, period, segment)));
        }
      }
    }
    return rows;
  }

  /** The periods of {@code grain} within which some measure's records fall, oldest first. */
  public Set<Period> periods(Grain grain) {
    Set<Period> periods = new TreeSet<>();
    for (CheckedMetric metric : metrics.values()) {
      periods.addAll(results(metric, grain, List.of()).spine());
    }
    return periods;
  }

  private static Map<String, String> segmentMap(List<String> dimensions, List<String> values) {
    Map<String, String> segment = new LinkedHashMap<>();
    for (int i = 0; i < dimensions.size(); i++) {
      segment.put(dimensions.get(i), values.get(i));
    }
    return segment;
  }

  /** The SQL and parameters that compute {@code measure} at {@code grain} split by {@code dimensions}. */
  public SqlQuery query(String measure, Grain grain, List<String> dimensions) {
    CheckedMetric metric = metrics.get(measure);
    if (metric == null) {
      throw InvalidInputException.of(io.kinerja.core.problem.Location.NOWHERE, "metrics.not_a_measure", measure);
    }
    Planner.Plan plan = Planner.plan(List.of(metric), catalog.columns, catalog.froms, grain,
        new ArrayList<>(new TreeSet<>(dimensions)));
    if (plan.queries().isEmpty()) {
      throw new InvalidInputException(plan.unavailable().get(measure));
    }
    return connector.dialect().render(plan.queries().get(0).select());
  }

  /**
   * The text columns of every source, in order: the dimensions the records could be segmented by
   * ({@code channel}, {@code region}…), offered by the pages' segment picker.
   */
  public java.util.SortedSet<String> textColumns() {
    java.util.SortedSet<String> names = new TreeSet<>();
    catalog.columns.values().forEach(cols -> cols.columns().values().stream()
        .filter(c -> c.type() == io.kinerja.metrics.expression.ValueType.TEXT).forEach(c -> names.add(c.name())));
    return names;
  }

  /**
   * The values of a segment dimension ({@code channel}) found in any source that has that column, in
   * order; a null stands as {@code "(none)"}. Empty when no source has the column.
   */
  public List<String> segmentValues(String dimension) {
    Set<String> values = new TreeSet<>();
    for (Map.Entry<String, From> source : catalog.froms.entrySet()) {
      String column = io.kinerja.metrics.expression.Checker.resolveColumn(dimension,
          catalog.columns.get(source.getKey()).types());
      if (column != null) {
        run(source.getKey(), connector.dialect().render(Planner.distinctValues(source.getValue(), column)), row -> {
          String value = Values.text(row.get(1));
          values.add(value == null ? Results.NO_VALUE : value);
        });
      }
    }
    return List.copyOf(values);
  }

  /**
   * The values of {@code dimension} in the records that some measure places in a period at
   * {@code grain}, in order ({@code "(none)"} for a null): read from the measures split by it, which an
   * evaluation per segment needs anyway, rather than by a scan of their own. Empty when no measure's
   * source has the column.
   */
  public synchronized List<String> segmentValues(String dimension, Grain grain) {
    Set<String> values = new TreeSet<>();
    for (Results results : computed(new Key(grain, List.of(dimension))).byMeasure().values()) {
      results.segments().forEach(segment -> values.add(segment.get(0)));
    }
    return List.copyOf(values);
  }

  /**
   * Computes every measure at {@code grain} split by {@code dimensions} now, when the caller knows it
   * will ask for them ({@code --by channel}). Where every measure {@link Results#addsUp adds up} and
   * every source has the dimensions, the whole unit's values are then added up from the same rows
   * instead of read again, so a split and its total cost one pass over each source and time column.
   */
  public synchronized void prepare(Grain grain, List<String> dimensions) {
    computed(new Key(grain, List.copyOf(new TreeSet<>(dimensions))));
  }

  private Computed computed(Key key) {
    Computed computed = cache.get(key);
    if (computed == null) {
      computed = compute(key);
      cache.put(key, computed);
      Key whole = new Key(key.grain(), List.of());
      if (!key.dimensions().isEmpty() && !cache.containsKey(whole) && computed.unavailable().isEmpty()
          && metrics.values().stream().allMatch(Results::addsUp)) {
        cache.put(whole, totals(computed));
      }
    }
    return computed;
  }

  private static Computed totals(Computed split) {
    Map<Results, Results> totals = new HashMap<>();
    Map<String, Results> byMeasure = new HashMap<>();
    split.byMeasure().forEach((measure, results) -> byMeasure.put(measure, totals.computeIfAbsent(results, Results::total)));
    return new Computed(byMeasure, Map.of());
  }

  private synchronized Results results(CheckedMetric metric, Grain grain, List<String> dimensions) {
    Computed computed = computed(new Key(grain, List.copyOf(dimensions)));
    Problem unavailable = computed.unavailable().get(metric.name());
    if (unavailable != null) {
      throw new InvalidInputException(unavailable);
    }
    return computed.byMeasure().get(metric.name());
  }

  private Computed compute(Key key) {
    Planner.Plan plan = Planner.plan(List.copyOf(metrics.values()), catalog.columns, catalog.froms, key.grain(),
        key.dimensions());
    Map<String, Results> byMeasure = new HashMap<>();
    for (AggregateQuery query : plan.queries()) {
      Results results = execute(query);
      query.metrics().forEach(m -> byMeasure.put(m.name(), results));
    }
    return new Computed(byMeasure, plan.unavailable());
  }

  private Results execute(AggregateQuery query) {
    SqlQuery sql = connector.dialect().render(query.select());
    Results results = new Results(query, sql);
    int dims = query.dimensions().size();
    run(query.source(), sql, row -> {
      Period period = Period.containing(query.grain(), Values.day(row.get(1)));
      List<String> segment = new ArrayList<>();
      for (int i = 0; i < dims; i++) {
        String value = Values.text(row.get(2 + i));
        segment.add(value == null ? Results.NO_VALUE : value);
      }
      List<Double> values = new ArrayList<>();
      for (int i = 0; i < query.metrics().size(); i++) {
        values.add(Values.number(row.get(2 + dims + i)));
      }
      results.add(period, segment, values);
    });
    return results;
  }

  /** Runs a query over a source's records; a failure there is the user's data, so a user error. */
  private void run(String source, SqlQuery query, Connector.RowHandler handler) {
    try {
      connector.query(query, handler);
    } catch (QueryException e) {
      SourceDefinition definition = catalog.sources.get(source);
      throw new InvalidInputException(Problem.error(definition.location(), "metrics.query_failed", source,
          definition.isFile() ? definition.file() : definition.table(), e.getMessage()));
    }
  }

  @Override
  public final void close() {
    connector.close();
  }
}

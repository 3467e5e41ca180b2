package io.kinerja.metrics.definition;

import io.kinerja.core.problem.Location;
import java.util.Objects;

/**
 * A measure over a source's records: {@code aggregation} of {@code expression} ({@code "*"} for
 * {@code count(*)}) over the records whose {@code time} column falls in a period and that pass
 * {@code where} (may be {@code null}). {@code emptyPeriod} {@code null} takes the aggregation's default.
 *
 * <p>{@code location} is the measure's entry in the scorecard file; {@code expressionAt}, {@code timeAt}
 * and {@code whereAt} point at the first character of those values' text, so that a problem at offset n
 * of a filter is reported at that column ({@link Location#NOWHERE} where unknown).
 */
public record MetricDefinition(
    String name,
    String from,
    Aggregation aggregation,
    String expression,
    String time,
    String where,
    EmptyPeriod emptyPeriod,
    Location location,
    Location expressionAt,
    Location timeAt,
    Location whereAt) {

  public MetricDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(aggregation, "aggregation");
    emptyPeriod = emptyPeriod == null ? aggregation.defaultEmptyPeriod() : emptyPeriod;
    location = location == null ? Location.NOWHERE : location;
    expressionAt = expressionAt == null ? location : expressionAt;
    timeAt = timeAt == null ? location : timeAt;
    whereAt = whereAt == null ? location : whereAt;
    where = where == null || where.isBlank() ? null : where;
  }

  /** A definition without locations and with the default empty-period rule (tests, built-in measures). */
  public static MetricDefinition of(
      String name, String from, Aggregation aggregation, String expression, String time, String where) {
    return new MetricDefinition(name, from, aggregation, expression, time, where, null, null, null, null, null);
  }

  public MetricDefinition withEmptyPeriod(EmptyPeriod rule) {
    return new MetricDefinition(name, from, aggregation, expression, time, where, rule, location, expressionAt,
        timeAt, whereAt);
  }

  /** Whether this counts records ({@code count: "*"}) rather than an expression's values. */
  public boolean countsRecords() {
    return expression != null && expression.trim().equals("*");
  }
}

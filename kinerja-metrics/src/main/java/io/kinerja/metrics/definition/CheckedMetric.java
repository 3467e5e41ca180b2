package io.kinerja.metrics.definition;

import io.kinerja.metrics.expression.Expr;
import io.kinerja.metrics.expression.ValueType;

/**
 * A measure definition that passed validation, with its texts parsed and resolved against the
 * source's columns: {@code expression} is {@code null} for {@code count(*)}, {@code where} is
 * {@code null} without a filter.
 */
public record CheckedMetric(
    MetricDefinition definition, SourceDefinition source, Expr expression, Expr where, String timeColumn,
    ValueType timeType) {

  public String name() {
    return definition.name();
  }
}

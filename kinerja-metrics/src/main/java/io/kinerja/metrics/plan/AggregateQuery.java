package io.kinerja.metrics.plan;

import io.kinerja.core.period.Grain;
import io.kinerja.metrics.definition.CheckedMetric;
import io.kinerja.metrics.sql.Select;
import java.util.List;

/**
 * One planned query: the measures of {@code source} placed in periods by {@code timeColumn}, grouped by
 * period at {@code grain} and by the {@code dimensions} (the source's own column names). Its rows hold
 * the period's first day in column 1, one text column per dimension, then one column per measure in
 * the order of {@code metrics}.
 */
public record AggregateQuery(
    String source, String timeColumn, Grain grain, List<String> dimensions, List<CheckedMetric> metrics, Select select) {

  public AggregateQuery {
    dimensions = List.copyOf(dimensions);
    metrics = List.copyOf(metrics);
  }

  /** The 1-based column of {@code metric} in the rows. */
  public int columnOf(String metric) {
    for (int i = 0; i < metrics.size(); i++) {
      if (metrics.get(i).name().equals(metric)) {
        return 2 + dimensions.size() + i;
      }
    }
    throw new IllegalArgumentException("measure '" + metric + "' is not in this query");
  }
}

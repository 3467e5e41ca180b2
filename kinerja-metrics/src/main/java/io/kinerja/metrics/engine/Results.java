package io.kinerja.metrics.engine;

import io.kinerja.core.period.Period;
import io.kinerja.metrics.definition.Aggregation;
import io.kinerja.metrics.definition.CheckedMetric;
import io.kinerja.metrics.plan.AggregateQuery;
import io.kinerja.metrics.sql.SqlQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one aggregate query returned: per measure, segment and period the aggregate, or {@code null}
 * where the database gave NULL (a sum of nothing). The calendar spine is every period from the first
 * to the last that has any record of the query's source (by its time column), so a period inside it
 * without records is an empty period, and a period outside it has no records at all.
 *
 * <p>Results for the whole unit may be added up from results split by segment ({@link #total}) rather
 * than queried again: then {@code summedOver} names the dimensions added up over, and {@code ran} is the
 * split query.
 */
final class Results {

  /** The text a segment stands for where the dimension's column is null. */
  static final String NO_VALUE = "(none)";

  final AggregateQuery query;
  /** The SQL and bind parameters that produced these rows, as {@code kinerja explain} shows them. */
  final SqlQuery ran;
  /** {@code ran} as text, written once: every value looked up carries it. */
  final String ranText;
  /** The dimensions whose values were added up into these results; empty when they are the query's own. */
  final List<String> summedOver;
  private final Map<String, Map<List<String>, Map<Period, Double>>> values = new HashMap<>();
  private final Set<List<String>> segments = new LinkedHashSet<>();
  private Period first;
  private Period last;

  Results(AggregateQuery query, SqlQuery ran) {
    this(query, ran, List.of());
  }

  private Results(AggregateQuery query, SqlQuery ran, List<String> summedOver) {
    this.query = query;
    this.ran = ran;
    this.ranText = ran.describe();
    this.summedOver = List.copyOf(summedOver);
  }

  /**
   * Whether a measure's value for the whole unit is its values per segment combined: counts and sums
   * add up, minima and maxima are the least and greatest; an average or a distinct count is not.
   */
  static boolean addsUp(CheckedMetric metric) {
    Aggregation aggregation = metric.definition().aggregation();
    return aggregation != Aggregation.AVG && aggregation != Aggregation.COUNT_DISTINCT;
  }

  /**
   * The whole unit's results from {@code split}, whose measures all {@link #addsUp add up}: every
   * record is in exactly one segment (a null dimension is the segment {@link #NO_VALUE}), so combining
   * the segments' values per period is what a query without the split computes, and the spine (first
   * and last period with a record) is the same.
   */
  static Results total(Results split) {
    Results total = new Results(split.query, split.ran, split.query.dimensions());
    total.first = split.first;
    total.last = split.last;
    if (split.first != null) {
      total.segments.add(List.of());
    }
    for (CheckedMetric metric : split.query.metrics()) {
      Map<Period, Double> combined = new HashMap<>();
      for (Map<Period, Double> bySegment : split.values.getOrDefault(metric.name(), Map.of()).values()) {
        bySegment.forEach((period, value) -> {
          if (value == null) {
            combined.putIfAbsent(period, null); // a NULL aggregate (a sum of nothing) adds nothing
          } else {
            combined.merge(period, value, (a, b) -> combine(metric, a, b));
          }
        });
      }
      total.values.computeIfAbsent(metric.name(), m -> new HashMap<>()).put(List.of(), combined);
    }
    return total;
  }

  private static Double combine(CheckedMetric metric, Double a, Double b) {
    return switch (metric.definition().aggregation()) {
      case MIN -> Math.min(a, b);
      case MAX -> Math.max(a, b);
      default -> a + b;
    };
  }

  void add(Period period, List<String> segment, List<Double> measures) {
    first = first == null || period.compareTo(first) < 0 ? period : first;
    last = last == null || period.compareTo(last) > 0 ? period : last;
    segments.add(segment);
    for (int i = 0; i < measures.size(); i++) {
      values.computeIfAbsent(query.metrics().get(i).name(), m -> new HashMap<>())
          .computeIfAbsent(segment, s -> new HashMap<>())
          .put(period, measures.get(i));
    }
  }

  boolean isEmpty() {
    return first == null;
  }

  Period first() {
    return first;
  }

  Period last() {
    return last;
  }

  boolean covers(Period period) {
    return !isEmpty() && period.compareTo(first) >= 0 && period.compareTo(last) <= 0;
  }

  /** The periods of the spine, oldest first. */
  List<Period> spine() {
    return isEmpty() ? List.of() : first.through(last);
  }

  List<List<String>> segments() {
    return new ArrayList<>(segments);
  }

  /** The aggregate, or {@code null} when the period had no records (or the aggregate was NULL). */
  Double value(String measure, List<String> segment, Period period) {
    return values.getOrDefault(measure, Map.of()).getOrDefault(segment, Map.of()).get(period);
  }
}

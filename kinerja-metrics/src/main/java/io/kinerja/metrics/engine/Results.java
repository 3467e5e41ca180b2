package io.kinerja.metrics.engine;

import io.kinerja.core.period.Period;
import io.kinerja.metrics.plan.AggregateQuery;
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
 */
final class Results {

  /** The text a segment stands for where the dimension's column is null. */
  static final String NO_VALUE = "(none)";

  final AggregateQuery query;
  private final Map<String, Map<List<String>, Map<Period, Double>>> values = new HashMap<>();
  private final Set<List<String>> segments = new LinkedHashSet<>();
  private Period first;
  private Period last;

  Results(AggregateQuery query) {
    this.query = query;
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

package io.kinerja.core.measure;

import io.kinerja.core.period.Grain;
import io.kinerja.core.period.Period;
import io.kinerja.core.text.Message;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Figures typed in or imported, per measure and period. A period without a figure of its own is rolled
 * up from the finest grain below it that has figures, and only when every part of it has one: a year
 * with eleven months of leads has no value, not a smaller one.
 */
public final class Observations implements MeasureSource {

  private final Map<String, List<Observation>> byMeasure = new HashMap<>();

  public Observations(Collection<Observation> observations) {
    for (Observation o : observations) {
      byMeasure.computeIfAbsent(o.measure(), m -> new ArrayList<>()).add(o);
    }
  }

  @Override
  public Set<String> measures() {
    return Set.copyOf(byMeasure.keySet());
  }

  /** The periods that have at least one figure, in order. */
  public Set<Period> periods() {
    Set<Period> periods = new java.util.TreeSet<>();
    byMeasure.values().forEach(list -> list.forEach(o -> periods.add(o.period())));
    return periods;
  }

  public Set<String> dimensions() {
    Set<String> dims = new LinkedHashSet<>();
    byMeasure.values().forEach(list -> list.forEach(o -> dims.addAll(o.segment().keySet())));
    return dims;
  }

  /** The values of a segment dimension among the figures, in order. */
  public Set<String> segmentValues(String dimension) {
    Set<String> values = new java.util.TreeSet<>();
    byMeasure.values().forEach(list -> list.forEach(o -> {
      if (o.segment().containsKey(dimension)) {
        values.add(o.segment().get(dimension));
      }
    }));
    return values;
  }

  @Override
  public MeasureValue value(String measure, Period period, Map<String, String> segment, Rollup rollup) {
    List<Observation> all = byMeasure.getOrDefault(measure, List.of());
    List<Observation> exact = matching(all, period, segment);
    if (!exact.isEmpty()) {
      return exact(exact, segment);
    }
    Grain finer = finestPresentBelow(all, period);
    if (finer == null) {
      return MeasureValue.missing(Message.of("value.no_figure", measure, period.name()));
    }
    return rolledUp(measure, all, period, finer, segment, rollup);
  }

  private static MeasureValue exact(List<Observation> found, Map<String, String> segment) {
    double sum = found.stream().mapToDouble(Observation::value).sum();
    Message how = found.size() == 1 ? Message.of("how.figure") : Message.of("how.sum_of_segments", found.size());
    return MeasureValue.of(sum, how, found);
  }

  /**
   * The figures of a period for a segment. The whole unit (an empty segment) is the figure without a
   * segment where there is one, else the sum over the segments.
   */
  private static List<Observation> matching(List<Observation> all, Period period, Map<String, String> segment) {
    List<Observation> inPeriod = new ArrayList<>();
    for (Observation o : all) {
      if (o.period().equals(period) && inSegment(o, segment)) {
        inPeriod.add(o);
      }
    }
    if (segment.isEmpty()) {
      List<Observation> totals = inPeriod.stream().filter(Observation::isTotal).toList();
      return totals.isEmpty() ? inPeriod : totals;
    }
    return inPeriod;
  }

  private static boolean inSegment(Observation o, Map<String, String> segment) {
    for (Map.Entry<String, String> e : segment.entrySet()) {
      if (!e.getValue().equals(o.segment().get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /** The coarsest grain finer than the period that has figures inside it (months before days). */
  private static Grain finestPresentBelow(List<Observation> all, Period period) {
    Set<Grain> present = EnumSet.noneOf(Grain.class);
    for (Observation o : all) {
      if (o.period().grain().isFinerThan(period.grain()) && period.contains(o.period())) {
        present.add(o.period().grain());
      }
    }
    Grain best = null;
    for (Grain g : present) {
      if (best == null || best.isFinerThan(g)) {
        best = g;
      }
    }
    return best;
  }

  private MeasureValue rolledUp(
      String measure, List<Observation> all, Period period, Grain finer, Map<String, String> segment, Rollup rollup) {
    List<Period> parts = period.split(finer);
    List<MeasureValue> values = new ArrayList<>();
    for (Period part : parts) {
      List<Observation> found = matching(all, part, segment);
      values.add(found.isEmpty()
          ? MeasureValue.missing(Message.of("value.no_figure", measure, part.name()))
          : exact(found, segment));
    }
    return rollup.combine(measure, period.name(), parts, values);
  }
}

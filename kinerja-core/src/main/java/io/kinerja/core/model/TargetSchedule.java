package io.kinerja.core.model;

import io.kinerja.core.period.Period;
import io.kinerja.core.target.Polarity;
import io.kinerja.core.target.Target;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An indicator's target: one for every period, or one per period ({@code "2014": ">= 70"}). A period
 * that the schedule does not name has no target (and so no score), rather than a borrowed one.
 */
public record TargetSchedule(Target always, Map<String, Target> byPeriod) {

  public TargetSchedule {
    byPeriod = Map.copyOf(byPeriod);
  }

  public static TargetSchedule always(Target target) {
    return new TargetSchedule(target, Map.of());
  }

  public Optional<Target> forPeriod(Period period) {
    return forPeriod(period.name());
  }

  public Optional<Target> forPeriod(String periodName) {
    if (always != null) {
      return Optional.of(always);
    }
    return Optional.ofNullable(byPeriod.get(periodName));
  }

  /** The polarity every target of the schedule shares (they are checked to agree when read). */
  public Polarity polarity() {
    return always != null ? always.polarity() : new TreeMap<>(byPeriod).firstEntry().getValue().polarity();
  }

  public String text(String periodName) {
    return forPeriod(periodName).map(Target::text).orElse(null);
  }
}

package io.kinerja.metrics.definition;

/** How a measure aggregates the records of a period: the keys of a measure in the scorecard file. */
public enum Aggregation {
  COUNT,
  COUNT_DISTINCT,
  SUM,
  AVG,
  MIN,
  MAX;

  /** The aggregation named in a scorecard ({@code count}, {@code count_distinct}, …), or {@code null}. */
  public static Aggregation byName(String name) {
    for (Aggregation a : values()) {
      if (a.key().equalsIgnoreCase(name)) {
        return a;
      }
    }
    return null;
  }

  public String key() {
    return name().toLowerCase();
  }

  /** Whether the expression must be a number (counting accepts any value). */
  public boolean needsNumbers() {
    return this != COUNT && this != COUNT_DISTINCT;
  }

  /**
   * What a period without records gives when the definition does not say: nothing counted is 0 and
   * nothing summed is 0, but an average, a minimum or a maximum of nothing does not exist.
   */
  public EmptyPeriod defaultEmptyPeriod() {
    return switch (this) {
      case COUNT, COUNT_DISTINCT, SUM -> EmptyPeriod.ZERO;
      case AVG, MIN, MAX -> EmptyPeriod.MISSING;
    };
  }
}

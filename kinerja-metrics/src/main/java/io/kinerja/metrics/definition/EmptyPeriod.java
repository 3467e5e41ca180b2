package io.kinerja.metrics.definition;

/** What a measure's value is for a period in which no record matches: 0, or missing (DESIGN §5.10). */
public enum EmptyPeriod {
  ZERO,
  MISSING;

  public static EmptyPeriod byName(String name) {
    for (EmptyPeriod e : values()) {
      if (e.name().equalsIgnoreCase(name)) {
        return e;
      }
    }
    return null;
  }
}

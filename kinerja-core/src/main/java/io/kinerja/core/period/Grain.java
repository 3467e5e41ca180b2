package io.kinerja.core.period;

/** How long a period is, finest first. */
public enum Grain {
  DAY,
  WEEK,
  MONTH,
  QUARTER,
  YEAR;

  public boolean isFinerThan(Grain other) {
    return ordinal() < other.ordinal();
  }

  /** The grain named in a scorecard ({@code day}, {@code month}, …), or {@code null}. */
  public static Grain byName(String name) {
    for (Grain grain : values()) {
      if (grain.name().equalsIgnoreCase(name)) {
        return grain;
      }
    }
    return null;
  }

  public String key() {
    return name().toLowerCase();
  }
}

package io.kinerja.core.programme;

/** The unit of a programme's target or achievement: a count per some time, or a percentage. */
public enum Per {
  WEEK(52),
  MONTH(12),
  QUARTER(4),
  YEAR(1),
  PERCENT(0);

  private final int perYear;

  Per(int perYear) {
    this.perYear = perYear;
  }

  public boolean isCount() {
    return this != PERCENT;
  }

  /** A count per this unit brought to one year (per month × 12); a percentage stays as it is. */
  public double perYear(double count) {
    return isCount() ? count * perYear : count;
  }

  public static Per byName(String name) {
    for (Per per : values()) {
      if (per.name().equalsIgnoreCase(name)) {
        return per;
      }
    }
    return null;
  }

  public String key() {
    return name().toLowerCase();
  }
}

package io.kinerja.core.programme;

import io.kinerja.core.measure.Origin;
import io.kinerja.core.period.Period;

/**
 * One planned activity of a work programme (seed 001, Tabel 7) for a period: its target and what was
 * achieved, each a count per week, month, quarter or year, or a percentage.
 */
public record Programme(
    Period period,
    String category,
    String name,
    double target,
    Per targetPer,
    double achieved,
    Per achievedPer,
    Origin origin) {

  /** min(achieved ÷ target, 1) with both brought to one year; 0 when it was not carried out. */
  public double completion() {
    double wanted = targetPer.perYear(target);
    double done = achievedPer.perYear(achieved);
    return Math.min(done / wanted, 1.0);
  }
}

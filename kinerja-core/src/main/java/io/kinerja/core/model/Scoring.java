package io.kinerja.core.model;

import io.kinerja.core.scoring.Bands;

/**
 * How a scorecard scores: the method, Mulyadi's tolerance (a relative band around the target still "at
 * standard"), the achievement cap and its rule for lower-is-better (T ÷ actual, or 2 − actual ÷ T when
 * {@code lowerByDifference}), and the bands that give final scores their category.
 */
public record Scoring(Method method, double tolerance, double cap, boolean lowerByDifference, Bands bands) {

  public static Scoring mulyadi() {
    return new Scoring(Method.MULYADI, 0, 1.0, false, Bands.preset("mulyadi").orElseThrow());
  }

  /** Whether the method scores against a target (Mulyadi, achievement) rather than its own anchors. */
  public boolean needsTarget() {
    return method == Method.MULYADI || method == Method.ACHIEVEMENT;
  }
}

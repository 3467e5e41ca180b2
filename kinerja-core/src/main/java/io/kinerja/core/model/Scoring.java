package io.kinerja.core.model;

import io.kinerja.core.scoring.Bands;

/**
 * How a scorecard scores: the method, Mulyadi's tolerance (a relative band around the target still "at
 * standard"), the achievement cap, and the bands that give final scores their category.
 */
public record Scoring(Method method, double tolerance, double cap, Bands bands) {

  public static Scoring mulyadi() {
    return new Scoring(Method.MULYADI, 0, 1.0, Bands.preset("mulyadi").orElseThrow());
  }
}

package io.kinerja.core.scoring;

import io.kinerja.core.formula.Value;
import java.util.List;

/**
 * Turns an actual value and its standard into a score, and scores into a perspective's or the overall
 * result. One small type per method of DESIGN §5.
 */
public sealed interface ScoringMethod permits Mulyadi, Achievement, Snorm, Omax, BandScoring {

  /** The score of {@code actual} (a number or a class, never missing) against {@code standard}. */
  Verdict score(Value actual, Standard standard);

  /** The roll-up of scored items (indicators, or groups); {@code total} counts those without a score too. */
  Aggregate rollUp(List<Scored> scored, int total);

  /**
   * Whether the overall result rolls up every indicator directly (Mulyadi's sum, OMAX's performance
   * indicator) rather than the perspectives' results (the weighted means).
   */
  default boolean overallFromIndicators() {
    return false;
  }

  /** The method's own word for a score (Mulyadi: baik, cukup, kurang), where it has one. */
  default java.util.Optional<io.kinerja.core.text.Message> word(double score) {
    return java.util.Optional.empty();
  }

  /** Σ w·s / Σ w, with a missing weight counting as 1: the weighted mean of DESIGN §5.3. */
  static Aggregate weightedMean(List<Scored> scored, int total, double max) {
    double sum = 0;
    double weights = 0;
    for (Scored s : scored) {
      double w = s.weight() == null ? 1 : s.weight();
      sum += w * s.score();
      weights += w;
    }
    Double mean = weights == 0 ? null : sum / weights;
    return new Aggregate(mean == null ? 0 : mean, max, mean, scored.size(), total);
  }
}

package io.kinerja.core.evaluation;

import io.kinerja.core.model.Indicator;
import io.kinerja.core.model.Method;
import io.kinerja.core.model.Scorecard;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weights indicators roll up with. Weighted means take the weights as given (a missing weight
 * counts as 1, so equal weights need no declaration). OMAX multiplies each score by its weight and adds
 * them up, so when no indicator has a weight each gets an equal share of 100 (a performance indicator
 * of 0–1000, as in Riggs's tables).
 */
final class Weights {

  private Weights() {}

  static Map<String, Double> effective(Scorecard scorecard) {
    List<Indicator> all = scorecard.indicators();
    Map<String, Double> weights = new HashMap<>();
    boolean anyGiven = all.stream().anyMatch(i -> i.weight() != null);
    for (Indicator i : all) {
      Double w = i.weight();
      if (w == null && scorecard.scoring().method() == Method.OMAX && !anyGiven) {
        w = 100.0 / all.size();
      }
      weights.put(i.id(), w);
    }
    return weights;
  }
}

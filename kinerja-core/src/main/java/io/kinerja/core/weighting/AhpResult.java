package io.kinerja.core.weighting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The priorities of one pairwise matrix and how consistent its judgements were. {@code weights} keeps
 * the matrix's element order and sums to 1; {@code cr} is 0 where the random index is 0 (n ≤ 2).
 */
public record AhpResult(
    PriorityMethod method,
    int n,
    Map<String, Double> weights,
    double lambdaMax,
    double ci,
    double cr,
    boolean consistent) {

  public AhpResult {
    weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
  }

  /** The weight of {@code element}; an unknown name is a programming error. */
  public double weight(String element) {
    Double w = weights.get(element);
    if (w == null) {
      throw new IllegalArgumentException("no element '" + element + "' among " + weights.keySet());
    }
    return w;
  }
}

package io.kinerja.core.weighting;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Saaty's Analytic Hierarchy Process (DESIGN §5.9): priorities from a pairwise matrix by one of three
 * methods, with λmax, the consistency index CI = (λmax − n) / (n − 1) and ratio CR = CI / RI(n). A matrix
 * is consistent when CR ≤ {@code threshold} (Saaty's 0.10 unless configured).
 *
 * @param method how priorities are drawn from the matrix
 * @param threshold the largest CR still counted as consistent, at least 0
 */
public record Ahp(PriorityMethod method, double threshold) {

  public static final double DEFAULT_THRESHOLD = 0.10;

  /** The largest matrix the random index is tabulated for. */
  public static final int MAX_ELEMENTS = 15;

  /** Saaty's random consistency index RI for n = 1 … 15, as DESIGN §5.9 gives it. */
  private static final double[] RANDOM_INDEX = {
    0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59
  };

  public Ahp {
    if (method == null) {
      throw new IllegalArgumentException("no priority method");
    }
    if (!(threshold >= 0) || Double.isInfinite(threshold)) {
      throw InvalidInputException.of(Location.field("threshold"), "ahp.bad_threshold", threshold);
    }
  }

  /** The principal eigenvector and the 0.10 threshold. */
  public static Ahp standard() {
    return new Ahp(PriorityMethod.EIGENVECTOR, DEFAULT_THRESHOLD);
  }

  public Ahp withMethod(PriorityMethod other) {
    return new Ahp(other, threshold);
  }

  public Ahp withThreshold(double other) {
    return new Ahp(method, other);
  }

  /** The weights of the matrix's elements and the consistency of its judgements. */
  public AhpResult priorities(PairwiseMatrix matrix) {
    int n = matrix.size();
    if (n > MAX_ELEMENTS) {
      throw InvalidInputException.of(Location.NOWHERE, "ahp.too_many_elements", MAX_ELEMENTS, n);
    }
    double[][] a = matrix.toArray();
    double[] w = Priorities.of(method, a);
    double lambdaMax = Priorities.lambdaMax(method, a, w);
    double ci = consistencyIndex(lambdaMax, n);
    double cr = consistencyRatio(ci, n);
    return new AhpResult(method, n, named(matrix.elements(), w), lambdaMax, ci, cr, cr <= threshold);
  }

  /**
   * The group judgement of several respondents: the element-wise geometric mean of their matrices, and
   * its priorities. With {@code leaveOutInconsistent}, respondents whose CR exceeds the threshold do not
   * enter the mean; each respondent's CR and whether it was included are reported either way.
   */
  public GroupJudgement group(List<Respondent> respondents, boolean leaveOutInconsistent) {
    return GroupJudgement.of(this, respondents, leaveOutInconsistent);
  }

  /** CI = (λmax − n) / (n − 1); 0 for n ≤ 2, whose reciprocal matrices are always consistent. */
  public static double consistencyIndex(double lambdaMax, int n) {
    return n <= 2 ? 0 : (lambdaMax - n) / (n - 1);
  }

  /** CR = CI / RI(n), and 0 where RI is 0. */
  public static double consistencyRatio(double ci, int n) {
    double ri = randomIndex(n);
    return ri == 0 ? 0 : ci / ri;
  }

  /** Saaty's random index RI(n) for 1 ≤ n ≤ 15. */
  public static double randomIndex(int n) {
    if (n < 1 || n > MAX_ELEMENTS) {
      throw new IllegalArgumentException("RI is tabulated for n = 1 … 15, not " + n);
    }
    return RANDOM_INDEX[n - 1];
  }

  private static Map<String, Double> named(List<String> elements, double[] w) {
    Map<String, Double> weights = new LinkedHashMap<>();
    for (int i = 0; i < w.length; i++) {
      weights.put(elements.get(i), w[i]);
    }
    return weights;
  }
}

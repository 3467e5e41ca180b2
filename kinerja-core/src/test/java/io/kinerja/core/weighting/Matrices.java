package io.kinerja.core.weighting;

import java.util.List;

/** Named pairwise matrices for the tests: worked by hand or taken from the literature. */
final class Matrices {

  private Matrices() {}

  /** Perfectly consistent: price is twice quality and four times service, so weights 4/7, 2/7, 1/7. */
  static PairwiseMatrix fourTwoOne() {
    return PairwiseMatrix.of(
        List.of("price", "quality", "service"),
        new double[][] {
          {1, 2, 4},
          {1.0 / 2, 1, 2},
          {1.0 / 4, 1.0 / 2, 1}
        });
  }

  /**
   * The textbook 3 × 3 (1, 3, 5 / 1/3, 1, 3 / 1/5, 1/3, 1), printed throughout the AHP literature with
   * weights 0.637, 0.258, 0.105, λmax 3.039 and CR 0.033.
   */
  static PairwiseMatrix oneThreeFive() {
    return PairwiseMatrix.of(
        List.of("a", "b", "c"),
        new double[][] {
          {1, 3, 5},
          {1.0 / 3, 1, 3},
          {1.0 / 5, 1.0 / 3, 1}
        });
  }

  /**
   * Saaty (1990), "How to make a decision: the analytic hierarchy process", European Journal of
   * Operational Research 48: the eight criteria for buying a house. Published: priorities 0.173, 0.054,
   * 0.188, 0.018, 0.031, 0.036, 0.167, 0.333; λmax 9.669, CI 0.238, CR 0.169 (inconsistent).
   */
  static PairwiseMatrix saatyHouse() {
    return PairwiseMatrix.of(
        List.of(
            "size", "transportation", "neighbourhood", "age", "yard", "facilities", "condition",
            "financing"),
        new double[][] {
          {1, 5, 3, 7, 6, 6, 1.0 / 3, 1.0 / 4},
          {1.0 / 5, 1, 1.0 / 3, 5, 3, 3, 1.0 / 5, 1.0 / 7},
          {1.0 / 3, 3, 1, 6, 3, 4, 6, 1.0 / 5},
          {1.0 / 7, 1.0 / 5, 1.0 / 6, 1, 1.0 / 3, 1.0 / 4, 1.0 / 7, 1.0 / 8},
          {1.0 / 6, 1.0 / 3, 1.0 / 3, 3, 1, 1.0 / 2, 1.0 / 5, 1.0 / 6},
          {1.0 / 6, 1.0 / 3, 1.0 / 4, 4, 2, 1, 1.0 / 5, 1.0 / 6},
          {3, 5, 1.0 / 6, 7, 5, 5, 1, 1.0 / 2},
          {4, 7, 5, 8, 6, 6, 2, 1}
        });
  }

  /** A preference cycle (a over b, b over c, c over a): as inconsistent as three elements get. */
  static PairwiseMatrix cycle() {
    return PairwiseMatrix.of(
        List.of("a", "b", "c"),
        new double[][] {
          {1, 9, 1.0 / 9},
          {1.0 / 9, 1, 9},
          {9, 1.0 / 9, 1}
        });
  }

  /** The consistent matrix of the given weights: a_ij = w_i / w_j. */
  static PairwiseMatrix fromWeights(List<String> names, double... w) {
    double[][] a = new double[w.length][w.length];
    for (int i = 0; i < w.length; i++) {
      for (int j = 0; j < w.length; j++) {
        a[i][j] = w[i] / w[j];
      }
    }
    return PairwiseMatrix.of(names, a);
  }
}

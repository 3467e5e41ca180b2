package io.kinerja.core.weighting;

import java.util.Arrays;

/**
 * The three ways of drawing priorities from a matrix, each a small function returning weights that sum
 * to 1, and the principal eigenvalue estimate λmax that goes with them.
 */
final class Priorities {

  /** Power iteration stops when no weight moves more than this between two steps. */
  static final double CONVERGENCE = 1e-12;

  /**
   * A positive matrix has a simple dominant eigenvalue (Perron), so power iteration converges; on
   * Saaty's scale with n ≤ 15 it does so within tens of steps. The cap only guards against a bug.
   */
  static final int MAX_ITERATIONS = 10_000;

  private Priorities() {}

  static double[] of(PriorityMethod method, double[][] a) {
    return switch (method) {
      case EIGENVECTOR -> eigenvector(a);
      case COLUMN_AVERAGE -> columnAverage(a);
      case GEOMETRIC_MEAN -> geometricMean(a);
    };
  }

  /** λmax: the principal eigenvalue for the eigenvector, the mean of (A·w)ᵢ / wᵢ for the others. */
  static double lambdaMax(PriorityMethod method, double[][] a, double[] w) {
    double[] aw = multiply(a, w);
    if (method == PriorityMethod.EIGENVECTOR) {
      // A·w = λ·w and Σ w = 1 give Σ (A·w) = λ.
      return sum(aw);
    }
    double total = 0;
    for (int i = 0; i < w.length; i++) {
      total += aw[i] / w[i];
    }
    return total / w.length;
  }

  static double[] eigenvector(double[][] a) {
    double[] w = uniform(a.length);
    for (int step = 0; step < MAX_ITERATIONS; step++) {
      double[] next = normalised(multiply(a, w));
      if (largestChange(w, next) < CONVERGENCE) {
        return next;
      }
      w = next;
    }
    throw new IllegalStateException(
        "power iteration did not converge to " + CONVERGENCE + " in " + MAX_ITERATIONS + " steps");
  }

  static double[] columnAverage(double[][] a) {
    int n = a.length;
    double[] w = new double[n];
    for (int j = 0; j < n; j++) {
      double columnSum = 0;
      for (double[] row : a) {
        columnSum += row[j];
      }
      for (int i = 0; i < n; i++) {
        w[i] += a[i][j] / columnSum / n;
      }
    }
    return normalised(w);
  }

  static double[] geometricMean(double[][] a) {
    double[] w = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      double logs = 0;
      for (double x : a[i]) {
        logs += Math.log(x);
      }
      w[i] = Math.exp(logs / a.length);
    }
    return normalised(w);
  }

  static double[] multiply(double[][] a, double[] w) {
    double[] out = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      for (int j = 0; j < w.length; j++) {
        out[i] += a[i][j] * w[j];
      }
    }
    return out;
  }

  private static double[] normalised(double[] w) {
    double total = sum(w);
    double[] out = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      out[i] = w[i] / total;
    }
    return out;
  }

  private static double[] uniform(int n) {
    double[] w = new double[n];
    Arrays.fill(w, 1.0 / n);
    return w;
  }

  private static double largestChange(double[] before, double[] after) {
    double largest = 0;
    for (int i = 0; i < before.length; i++) {
      largest = Math.max(largest, Math.abs(after[i] - before[i]));
    }
    return largest;
  }

  private static double sum(double[] xs) {
    double total = 0;
    for (double x : xs) {
      total += x;
    }
    return total;
  }
}

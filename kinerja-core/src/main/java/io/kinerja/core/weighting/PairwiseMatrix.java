package io.kinerja.core.weighting;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problem;
import io.kinerja.core.problem.Problems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A square matrix of Saaty's pairwise judgements: cell (i, j) says how much more important element i is
 * than element j on the 1–9 scale, and (j, i) holds the reciprocal. It is used exactly as written, never
 * symmetrised, so that the weights follow the judgements the user can see.
 *
 * <p>Published tables print 1/3 as 0.33 and 1/9 as 0.11, so a pair whose product is within {@value
 * #RECIPROCAL_TOLERANCE} of 1 counts as reciprocal, and a value down to 1/9 less that tolerance counts as
 * 1/9's rounding rather than as off the scale.
 */
public final class PairwiseMatrix {

  /** How far a_ij · a_ji may stray from 1 (2 %) and still count as reciprocal. */
  public static final double RECIPROCAL_TOLERANCE = 0.02;

  public static final double SCALE_MIN = 1.0 / 9;
  public static final double SCALE_MAX = 9;

  private final List<String> elements;
  private final double[][] values;

  private PairwiseMatrix(List<String> elements, double[][] values) {
    this.elements = List.copyOf(elements);
    this.values = copy(values);
  }

  /** The matrix, or {@link InvalidInputException} with every problem {@link #check} finds. */
  public static PairwiseMatrix of(List<String> elements, double[][] values) {
    return of(elements, values, MatrixLocations.byName(elements));
  }

  /** As {@link #of(List, double[][])}, the problems placed by {@code where}. */
  public static PairwiseMatrix of(List<String> elements, double[][] values, MatrixLocations where) {
    Problems problems = new Problems();
    problems.addAll(check(elements, values, where));
    problems.throwIfErrors();
    return new PairwiseMatrix(elements, values);
  }

  /**
   * Every problem of a would-be matrix, not just the first: no elements, a blank or repeated name, a
   * shape other than n × n, a diagonal other than 1, a value off the scale, a pair that is not
   * reciprocal. Shape problems stop the cell checks, which would only repeat them.
   */
  public static List<Problem> check(List<String> elements, double[][] values, MatrixLocations where) {
    List<Problem> found = new ArrayList<>();
    checkNames(elements, where, found);
    if (!checkShape(elements, values, where, found)) {
      return found;
    }
    for (int i = 0; i < values.length; i++) {
      for (int j = 0; j < values.length; j++) {
        checkCell(elements, values, i, j, where, found);
      }
    }
    return found;
  }

  private static void checkNames(List<String> elements, MatrixLocations where, List<Problem> found) {
    if (elements.isEmpty()) {
      found.add(Problem.error(Location.NOWHERE, "ahp.matrix.empty"));
    }
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < elements.size(); k++) {
      String name = elements.get(k);
      if (name == null || name.isBlank()) {
        found.add(Problem.error(where.element(k), "ahp.matrix.blank_element", k + 1));
      } else if (!seen.add(name)) {
        found.add(Problem.error(where.element(k), "ahp.matrix.duplicate_element", name));
      }
    }
  }

  private static boolean checkShape(
      List<String> elements, double[][] values, MatrixLocations where, List<Problem> found) {
    int n = elements.size();
    if (values.length != n) {
      found.add(Problem.error(Location.NOWHERE, "ahp.matrix.not_square", n, values.length));
      return false;
    }
    boolean square = true;
    for (int i = 0; i < n; i++) {
      if (values[i] == null || values[i].length != n) {
        int length = values[i] == null ? 0 : values[i].length;
        found.add(Problem.error(where.element(i), "ahp.matrix.row_length", elements.get(i), length, n));
        square = false;
      }
    }
    return square && n > 0;
  }

  private static void checkCell(
      List<String> names, double[][] a, int i, int j, MatrixLocations where, List<Problem> found) {
    double x = a[i][j];
    Location at = where.cell(i, j);
    if (!Double.isFinite(x)) {
      found.add(Problem.error(at, "ahp.matrix.not_a_number", names.get(i), names.get(j)));
    } else if (i == j) {
      if (x != 1) {
        found.add(Problem.error(at, "ahp.matrix.diagonal", names.get(i), x));
      }
    } else if (!onScale(x)) {
      found.add(Problem.error(at, "ahp.matrix.out_of_scale", names.get(i), names.get(j), x));
    } else if (i < j && onScale(a[j][i]) && !reciprocal(x, a[j][i])) {
      found.add(
          Problem.error(
              at, "ahp.matrix.not_reciprocal", names.get(i), names.get(j), x, a[j][i], x * a[j][i], 1 / x));
    }
  }

  /** On Saaty's scale [1/9, 9], 1/9 as rounded in print (0.11) included. */
  static boolean onScale(double x) {
    return Double.isFinite(x) && x * 9 >= 1 - RECIPROCAL_TOLERANCE && x <= SCALE_MAX;
  }

  static boolean reciprocal(double x, double y) {
    return Math.abs(x * y - 1) <= RECIPROCAL_TOLERANCE;
  }

  public List<String> elements() {
    return elements;
  }

  public int size() {
    return elements.size();
  }

  /** The judgement of row element {@code row} against column element {@code column}, 0-based. */
  public double value(int row, int column) {
    return values[row][column];
  }

  /** A copy of the cells; the matrix itself never changes. */
  public double[][] toArray() {
    return copy(values);
  }

  private static double[][] copy(double[][] values) {
    double[][] out = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i].clone();
    }
    return out;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PairwiseMatrix that
        && elements.equals(that.elements)
        && Arrays.deepEquals(values, that.values);
  }

  @Override
  public int hashCode() {
    return 31 * elements.hashCode() + Arrays.deepHashCode(values);
  }

  @Override
  public String toString() {
    return "PairwiseMatrix" + elements + Arrays.deepToString(values);
  }
}

package io.kinerja.core.properties;

import static io.kinerja.core.properties.Property.forAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kinerja.core.weighting.Ahp;
import io.kinerja.core.weighting.AhpResult;
import io.kinerja.core.weighting.PairwiseMatrix;
import io.kinerja.core.weighting.PriorityMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** AHP (DESIGN §5.9) over generated reciprocal matrices on Saaty's scale. */
class AhpPropertiesTest {

  private static final double[] SCALE = {1, 2, 3, 4, 5, 6, 7, 8, 9};

  private static List<String> names(int n) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add("e" + i);
    }
    return names;
  }

  /** Any judgements: each pair on the 1–9 scale one way, its reciprocal the other. */
  private static PairwiseMatrix reciprocal(SplittableRandom r) {
    int n = r.nextInt(1, Ahp.MAX_ELEMENTS + 1);
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      a[i][i] = 1;
      for (int j = i + 1; j < n; j++) {
        double v = SCALE[r.nextInt(SCALE.length)];
        a[i][j] = r.nextBoolean() ? v : 1 / v;
        a[j][i] = 1 / a[i][j];
      }
    }
    return PairwiseMatrix.of(names(n), a);
  }

  @Test
  void weights_of_any_reciprocal_matrix_are_positive_and_sum_to_one_by_every_method() {
    forAll(300, AhpPropertiesTest::reciprocal, matrix -> {
      for (PriorityMethod method : PriorityMethod.values()) {
        AhpResult result = Ahp.standard().withMethod(method).priorities(matrix);
        assertThat(result.weights().values()).allSatisfy(w -> assertThat(w).isPositive());
        assertThat(result.weights().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-9));
        assertThat(result.cr()).isGreaterThanOrEqualTo(-1e-9);
      }
    });
  }

  /** a[i][j] = w[i] / w[j] with weights in [1, 3], so every ratio stays on the scale. */
  @Test
  void a_perfectly_consistent_matrix_gives_consistency_ratio_zero_and_its_own_weights() {
    forAll(300, r -> {
      int n = r.nextInt(2, Ahp.MAX_ELEMENTS + 1);
      double[] w = new double[n];
      for (int i = 0; i < n; i++) {
        w[i] = r.nextDouble(1, 3);
      }
      return w;
    }, w -> {
      int n = w.length;
      double[][] a = new double[n][n];
      double total = 0;
      for (int i = 0; i < n; i++) {
        total += w[i];
        for (int j = 0; j < n; j++) {
          a[i][j] = i == j ? 1 : w[i] / w[j];
        }
      }
      PairwiseMatrix matrix = PairwiseMatrix.of(names(n), a);
      for (PriorityMethod method : PriorityMethod.values()) {
        AhpResult result = Ahp.standard().withMethod(method).priorities(matrix);
        assertThat(result.cr()).as(method.code()).isCloseTo(0, within(1e-9));
        for (int i = 0; i < n; i++) {
          assertThat(result.weight("e" + i)).isCloseTo(w[i] / total, within(1e-9));
        }
      }
    });
  }
}

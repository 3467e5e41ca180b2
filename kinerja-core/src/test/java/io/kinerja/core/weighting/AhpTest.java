package io.kinerja.core.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.text.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AhpTest {

  private static final double EXACT = 1e-12;

  @ParameterizedTest
  @EnumSource(PriorityMethod.class)
  void gives_the_exact_ratios_of_a_perfectly_consistent_matrix(PriorityMethod method) {
    AhpResult result = new Ahp(method, 0.10).priorities(Matrices.fourTwoOne());

    assertThat(result.method()).isEqualTo(method);
    assertThat(result.n()).isEqualTo(3);
    assertThat(result.weights()).containsOnlyKeys("price", "quality", "service");
    assertThat(result.weight("price")).isCloseTo(4.0 / 7, within(EXACT));
    assertThat(result.weight("quality")).isCloseTo(2.0 / 7, within(EXACT));
    assertThat(result.weight("service")).isCloseTo(1.0 / 7, within(EXACT));
  }

  @ParameterizedTest
  @EnumSource(PriorityMethod.class)
  void gives_cr_zero_for_a_consistent_matrix(PriorityMethod method) {
    AhpResult result = new Ahp(method, 0.10).priorities(Matrices.fourTwoOne());

    assertThat(result.lambdaMax()).isCloseTo(3, within(EXACT));
    assertThat(result.ci()).isCloseTo(0, within(EXACT));
    assertThat(result.cr()).isCloseTo(0, within(EXACT));
    assertThat(result.consistent()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(PriorityMethod.class)
  void gives_weights_that_sum_to_one(PriorityMethod method) {
    AhpResult result = new Ahp(method, 0.10).priorities(Matrices.saatyHouse());

    double sum = result.weights().values().stream().mapToDouble(Double::doubleValue).sum();
    assertThat(sum).isCloseTo(1, within(EXACT));
  }

  @Test
  void keeps_the_matrix_order_of_elements_in_the_weights() {
    AhpResult result = Ahp.standard().priorities(Matrices.saatyHouse());

    assertThat(result.weights().keySet())
        .containsExactly(
            "size", "transportation", "neighbourhood", "age", "yard", "facilities", "condition",
            "financing");
  }

  @Test
  void reproduces_saatys_published_house_example() {
    AhpResult result = Ahp.standard().priorities(Matrices.saatyHouse());

    assertThat(result.lambdaMax()).isCloseTo(9.669, within(0.0005));
    assertThat(result.ci()).isCloseTo(0.238, within(0.0005));
    assertThat(result.cr()).isCloseTo(0.169, within(0.0005));
    assertThat(result.consistent()).isFalse();
    assertThat(new ArrayList<>(result.weights().values()))
        .satisfies(
            w -> {
              double[] published = {0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333};
              for (int i = 0; i < published.length; i++) {
                assertThat(w.get(i)).as("weight %d", i).isCloseTo(published[i], within(0.0005));
              }
            });
  }

  @Test
  void reproduces_the_textbook_three_by_three_example() {
    AhpResult result = Ahp.standard().priorities(Matrices.oneThreeFive());

    assertThat(result.weight("a")).isCloseTo(0.637, within(0.0005));
    assertThat(result.weight("b")).isCloseTo(0.258, within(0.0005));
    assertThat(result.weight("c")).isCloseTo(0.105, within(0.0005));
    assertThat(result.lambdaMax()).isCloseTo(3.039, within(0.0005));
    assertThat(result.cr()).isCloseTo(0.033, within(0.0005));
    assertThat(result.consistent()).isTrue();
  }

  @Test
  void the_geometric_mean_equals_the_eigenvector_for_three_elements() {
    // A known property of reciprocal 3 × 3 matrices; a cross-check of both computations.
    AhpResult eigen = Ahp.standard().priorities(Matrices.oneThreeFive());
    AhpResult geometric =
        Ahp.standard().withMethod(PriorityMethod.GEOMETRIC_MEAN).priorities(Matrices.oneThreeFive());

    for (String element : List.of("a", "b", "c")) {
      assertThat(geometric.weight(element)).isCloseTo(eigen.weight(element), within(1e-10));
    }
    assertThat(geometric.lambdaMax()).isCloseTo(eigen.lambdaMax(), within(1e-10));
  }

  @Test
  void computes_the_column_average_by_hand() {
    // Columns of (1 3 5 / 1/3 1 3 / 1/5 1/3 1) sum to 23/15, 13/3 and 9; row a averages
    // (15/23 + 9/13 + 5/9) / 3.
    AhpResult result =
        Ahp.standard().withMethod(PriorityMethod.COLUMN_AVERAGE).priorities(Matrices.oneThreeFive());

    assertThat(result.weight("a")).isCloseTo((15.0 / 23 + 9.0 / 13 + 5.0 / 9) / 3, within(EXACT));
    assertThat(result.weight("c")).isCloseTo((3.0 / 23 + 1.0 / 13 + 1.0 / 9) / 3, within(EXACT));
  }

  @Test
  void takes_lambda_max_as_the_mean_ratio_for_the_approximate_methods() {
    PairwiseMatrix m = Matrices.oneThreeFive();
    AhpResult result = Ahp.standard().withMethod(PriorityMethod.COLUMN_AVERAGE).priorities(m);

    double[] w = new ArrayList<>(result.weights().values()).stream().mapToDouble(x -> x).toArray();
    double mean = 0;
    for (int i = 0; i < 3; i++) {
      double row = m.value(i, 0) * w[0] + m.value(i, 1) * w[1] + m.value(i, 2) * w[2];
      mean += row / w[i] / 3;
    }
    assertThat(result.lambdaMax()).isCloseTo(mean, within(EXACT));
    assertThat(result.ci()).isCloseTo((mean - 3) / 2, within(EXACT));
    assertThat(result.cr()).isCloseTo((mean - 3) / 2 / 0.58, within(EXACT));
  }

  @Test
  void flags_an_inconsistent_matrix() {
    AhpResult result = Ahp.standard().priorities(Matrices.cycle());

    assertThat(result.cr()).isGreaterThan(0.10);
    assertThat(result.consistent()).isFalse();
  }

  @Test
  void the_threshold_decides_what_counts_as_consistent() {
    // The house matrix has CR 0.169: inconsistent at 0.10, consistent at 0.20.
    assertThat(Ahp.standard().withThreshold(0.20).priorities(Matrices.saatyHouse()).consistent())
        .isTrue();
    assertThat(Ahp.standard().withThreshold(0.10).priorities(Matrices.saatyHouse()).consistent())
        .isFalse();
  }

  @Test
  void counts_cr_equal_to_the_threshold_as_consistent() {
    double cr = Ahp.standard().priorities(Matrices.oneThreeFive()).cr();

    assertThat(Ahp.standard().withThreshold(cr).priorities(Matrices.oneThreeFive()).consistent())
        .isTrue();
  }

  @ParameterizedTest
  @EnumSource(PriorityMethod.class)
  void gives_a_single_element_all_the_weight(PriorityMethod method) {
    PairwiseMatrix one = PairwiseMatrix.of(List.of("only"), new double[][] {{1}});

    AhpResult result = new Ahp(method, 0.10).priorities(one);

    assertThat(result.weights()).containsExactly(entry("only", 1.0));
    assertThat(result.lambdaMax()).isEqualTo(1.0);
    assertThat(result.ci()).isZero();
    assertThat(result.cr()).isZero();
    assertThat(result.consistent()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(PriorityMethod.class)
  void weighs_two_elements_by_their_one_judgement(PriorityMethod method) {
    PairwiseMatrix two =
        PairwiseMatrix.of(List.of("reach", "cost"), new double[][] {{1, 3}, {1.0 / 3, 1}});

    AhpResult result = new Ahp(method, 0.10).priorities(two);

    assertThat(result.weight("reach")).isCloseTo(0.75, within(EXACT));
    assertThat(result.weight("cost")).isCloseTo(0.25, within(EXACT));
    assertThat(result.ci()).isZero();
    assertThat(result.cr()).isZero();
    assertThat(result.consistent()).isTrue();
  }

  @Test
  void gives_cr_zero_for_two_elements_even_with_rounded_reciprocals() {
    PairwiseMatrix two =
        PairwiseMatrix.of(List.of("reach", "cost"), new double[][] {{1, 3}, {0.33, 1}});

    AhpResult result = Ahp.standard().priorities(two);

    assertThat(result.cr()).isZero();
    assertThat(result.consistent()).isTrue();
  }

  @Test
  void handles_fifteen_elements() {
    List<String> names = new ArrayList<>();
    double[] w = new double[15];
    for (int i = 0; i < 15; i++) {
      names.add("e" + i);
      w[i] = 1 + i % 5;
    }
    AhpResult result = Ahp.standard().priorities(Matrices.fromWeights(names, w));

    assertThat(result.weight("e4")).isCloseTo(5.0 / 45, within(EXACT));
    assertThat(result.cr()).isCloseTo(0, within(EXACT));
  }

  @Test
  void refuses_more_than_fifteen_elements() {
    List<String> names = new ArrayList<>();
    double[] w = new double[16];
    for (int i = 0; i < 16; i++) {
      names.add("e" + i);
      w[i] = 1;
    }
    PairwiseMatrix sixteen = Matrices.fromWeights(names, w);

    assertThatThrownBy(() -> Ahp.standard().priorities(sixteen))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at most 15 elements")
        .hasMessageContaining("has 16");
  }

  @Test
  void uses_saatys_random_index() {
    double[] expected = {0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};
    for (int n = 1; n <= 15; n++) {
      assertThat(Ahp.randomIndex(n)).as("RI(%d)", n).isEqualTo(expected[n - 1]);
    }
  }

  @Test
  void refuses_a_negative_threshold() {
    assertThatThrownBy(() -> new Ahp(PriorityMethod.EIGENVECTOR, -0.1))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.describe(Language.ID))
                    .contains("batas konsistensi harus berupa angka paling kecil 0, bukan -0,1"));
  }

  @Test
  void defaults_to_the_eigenvector_and_a_threshold_of_one_tenth() {
    assertThat(Ahp.standard()).isEqualTo(new Ahp(PriorityMethod.EIGENVECTOR, 0.10));
  }

  @Test
  void knows_each_method_by_the_name_users_write() {
    assertThat(PriorityMethod.byCode("column-average")).contains(PriorityMethod.COLUMN_AVERAGE);
    assertThat(PriorityMethod.byCode("Geometric-Mean")).contains(PriorityMethod.GEOMETRIC_MEAN);
    assertThat(PriorityMethod.byCode("eigenvector")).contains(PriorityMethod.EIGENVECTOR);
    assertThat(PriorityMethod.byCode("average")).isEmpty();
  }
}

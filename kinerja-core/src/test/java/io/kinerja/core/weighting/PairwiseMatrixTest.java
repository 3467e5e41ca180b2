package io.kinerja.core.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problem;
import io.kinerja.core.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairwiseMatrixTest {

  private static final List<String> ABC = List.of("a", "b", "c");

  private static List<Problem> check(List<String> names, double[][] values) {
    return PairwiseMatrix.check(names, values, MatrixLocations.byName(names));
  }

  private static List<String> described(List<Problem> problems) {
    return problems.stream().map(p -> p.describe(Language.EN)).toList();
  }

  @Test
  void accepts_a_reciprocal_matrix_on_the_scale() {
    assertThat(check(ABC, new double[][] {{1, 3, 9}, {1.0 / 3, 1, 1}, {1.0 / 9, 1, 1}})).isEmpty();
  }

  @Test
  void accepts_0_33_as_the_reciprocal_of_3() {
    // Published tables print 1/3 as 0.33: 3 × 0.33 = 0.99 is within 2 % of 1.
    assertThat(check(ABC, new double[][] {{1, 3, 5}, {0.33, 1, 3}, {0.2, 0.33, 1}})).isEmpty();
  }

  @Test
  void accepts_0_11_as_the_printed_reciprocal_of_9() {
    assertThat(check(List.of("a", "b"), new double[][] {{1, 9}, {0.11, 1}})).isEmpty();
  }

  @Test
  void rejects_0_5_against_3_naming_both_cells() {
    List<Problem> problems = check(ABC, new double[][] {{1, 0.5, 1}, {3, 1, 1}, {1, 1, 1}});

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).location()).isEqualTo(Location.field("(a, b)"));
    assertThat(problems.get(0).describe(Language.EN))
        .isEqualTo(
            "(a, b): error: the cells (a, b) = 0.5 and (b, a) = 3 are not reciprocal: their product is"
                + " 1.5, more than 2 % away from 1 (with 0.5 in (a, b), (b, a) should be 2)");
  }

  @Test
  void rejects_a_pair_just_beyond_the_two_percent() {
    // 3 × 0.32 = 0.96: 4 % off.
    assertThat(check(List.of("a", "b"), new double[][] {{1, 3}, {0.32, 1}})).hasSize(1);
  }

  @Test
  void rejects_a_diagonal_other_than_one() {
    List<Problem> problems = check(ABC, new double[][] {{1, 1, 1}, {1, 2, 1}, {1, 1, 1}});

    assertThat(described(problems))
        .containsExactly(
            "(b, b): error: the diagonal cell (b, b) must be 1, not 2: an element is as important as"
                + " itself");
  }

  @Test
  void rejects_ten_as_off_the_scale() {
    List<Problem> problems = check(List.of("a", "b"), new double[][] {{1, 10}, {0.1, 1}});

    assertThat(described(problems))
        .containsExactly(
            "(a, b): error: the cell (a, b) holds 10, outside Saaty's scale from 1/9 to 9",
            "(b, a): error: the cell (b, a) holds 0.1, outside Saaty's scale from 1/9 to 9");
  }

  @Test
  void rejects_zero_and_negative_judgements() {
    List<Problem> problems = check(List.of("a", "b"), new double[][] {{1, 0}, {-1, 1}});

    assertThat(problems).extracting(p -> p.message().key()).containsOnly("ahp.matrix.out_of_scale");
    assertThat(problems).hasSize(2);
  }

  @Test
  void rejects_a_cell_that_is_not_a_number() {
    List<Problem> problems = check(List.of("a", "b"), new double[][] {{1, Double.NaN}, {1, 1}});

    assertThat(described(problems)).containsExactly("(a, b): error: the cell (a, b) holds no number");
  }

  @Test
  void reports_every_problem_not_just_the_first() {
    List<Problem> problems =
        check(ABC, new double[][] {{2, 10, 0.5}, {0.1, 1, 1}, {3, 1, 1}});

    assertThat(problems)
        .extracting(p -> p.message().key())
        .containsExactly(
            "ahp.matrix.diagonal",
            "ahp.matrix.out_of_scale",
            "ahp.matrix.not_reciprocal",
            "ahp.matrix.out_of_scale");
    assertThat(problems).allMatch(Problem::isError);
  }

  @Test
  void rejects_a_matrix_that_is_not_square() {
    List<Problem> problems = check(ABC, new double[][] {{1, 1, 1}, {1, 1}, {1, 1, 1}});

    assertThat(described(problems)).containsExactly("#2: error: row 'b' has 2 values for 3 elements");
  }

  @Test
  void rejects_a_matrix_with_fewer_rows_than_names() {
    assertThat(described(check(ABC, new double[][] {{1, 1, 1}})))
        .containsExactly("error: the matrix names 3 elements but has 1 rows: it must be square");
  }

  @Test
  void rejects_a_matrix_without_elements() {
    assertThat(described(check(List.of(), new double[0][])))
        .containsExactly("error: the matrix names no elements");
  }

  @Test
  void rejects_duplicate_and_blank_names() {
    List<Problem> problems =
        check(List.of("a", "a", " "), new double[][] {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}});

    assertThat(described(problems))
        .containsExactly(
            "#2: error: the element 'a' is named more than once", "#3: error: element 3 has no name");
  }

  @Test
  void throws_every_problem_at_once_when_built() {
    assertThatThrownBy(
            () -> PairwiseMatrix.of(List.of("a", "b"), new double[][] {{2, 10}, {0.5, 1}}))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.problems()).hasSize(2));
  }

  @Test
  void places_problems_where_the_caller_says() {
    MatrixLocations file =
        new MatrixLocations() {
          @Override
          public Location cell(int row, int column) {
            return Location.cell("m.csv", row + 2, "col" + column);
          }

          @Override
          public Location element(int index) {
            return Location.cell("m.csv", 1, "col" + index);
          }
        };

    List<Problem> problems =
        PairwiseMatrix.check(List.of("a", "b"), new double[][] {{1, 10}, {0.1, 1}}, file);

    assertThat(problems.get(0).location()).isEqualTo(Location.cell("m.csv", 2, "col1"));
  }

  @Test
  void is_used_as_written_and_cannot_be_changed_from_outside() {
    double[][] values = {{1, 3}, {0.33, 1}};
    PairwiseMatrix m = PairwiseMatrix.of(List.of("a", "b"), values);
    values[0][1] = 5;
    m.toArray()[1][0] = 5;

    assertThat(m.value(0, 1)).isEqualTo(3);
    assertThat(m.value(1, 0)).isEqualTo(0.33);
  }

  @Test
  void equals_another_matrix_with_the_same_names_and_cells() {
    assertThat(Matrices.fourTwoOne()).isEqualTo(Matrices.fourTwoOne());
    assertThat(Matrices.fourTwoOne()).isNotEqualTo(Matrices.oneThreeFive());
  }
}

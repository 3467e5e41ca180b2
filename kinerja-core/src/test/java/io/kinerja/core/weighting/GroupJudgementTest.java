package io.kinerja.core.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.kinerja.core.problem.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupJudgementTest {

  private static final List<String> ABC = List.of("a", "b", "c");

  /** The consistent 4 : 2 : 1 matrix, named a, b, c like the others here. */
  private static PairwiseMatrix fourTwoOne() {
    return Matrices.fromWeights(ABC, 4, 2, 1);
  }

  private static PairwiseMatrix upper(double ab, double ac, double bc) {
    return PairwiseMatrix.of(
        ABC, new double[][] {{1, ab, ac}, {1 / ab, 1, bc}, {1 / ac, 1 / bc, 1}});
  }

  @Test
  void takes_the_element_wise_geometric_mean_of_two_respondents() {
    // (a, b): √(2 · 8) = 4; (a, c): √(3 · 3) = 3; (b, c): √(1/2 · 2) = 1.
    PairwiseMatrix group = GroupJudgement.geometricMean(List.of(upper(2, 3, 0.5), upper(8, 3, 2)));

    assertThat(group.value(0, 1)).isCloseTo(4, within(1e-12));
    assertThat(group.value(0, 2)).isCloseTo(3, within(1e-12));
    assertThat(group.value(1, 2)).isCloseTo(1, within(1e-12));
    assertThat(group.value(1, 0)).isCloseTo(0.25, within(1e-12));
    assertThat(group.value(2, 2)).isEqualTo(1);
  }

  @Test
  void takes_the_element_wise_geometric_mean_of_three_respondents() {
    // (a, b): ∛(1 · 3 · 9) = 3; (a, c): ∛(5 · 5 · 5) = 5; (b, c): ∛(1/3 · 1 · 9) = ∛3.
    PairwiseMatrix group =
        GroupJudgement.geometricMean(
            List.of(upper(1, 5, 1.0 / 3), upper(3, 5, 1), upper(9, 5, 9)));

    assertThat(group.value(0, 1)).isCloseTo(3, within(1e-12));
    assertThat(group.value(0, 2)).isCloseTo(5, within(1e-12));
    assertThat(group.value(1, 2)).isCloseTo(Math.cbrt(3), within(1e-12));
    assertThat(group.value(2, 1)).isCloseTo(1 / Math.cbrt(3), within(1e-12));
  }

  @Test
  void gives_the_group_matrix_priorities_and_every_respondents_cr() {
    List<Respondent> respondents =
        List.of(
            new Respondent("ani.csv", fourTwoOne()),
            new Respondent("budi.csv", Matrices.oneThreeFive()));

    GroupJudgement judgement = Ahp.standard().group(respondents, false);

    PairwiseMatrix expected =
        GroupJudgement.geometricMean(List.of(fourTwoOne(), Matrices.oneThreeFive()));
    assertThat(judgement.matrix().value(0, 1)).isCloseTo(Math.sqrt(6), within(1e-12));
    assertThat(judgement.result().weights().values())
        .containsExactlyElementsOf(Ahp.standard().priorities(expected).weights().values());
    assertThat(judgement.respondents())
        .extracting(RespondentResult::name, RespondentResult::included)
        .containsExactly(
            tuple("ani.csv", true),
            tuple("budi.csv", true));
    assertThat(judgement.respondents().get(0).cr()).isCloseTo(0, within(1e-12));
    assertThat(judgement.respondents().get(1).cr()).isCloseTo(0.0332, within(0.0001));
  }

  @Test
  void the_group_of_consistent_judges_with_the_same_ratios_keeps_them() {
    List<Respondent> twins =
        List.of(new Respondent("x", Matrices.fourTwoOne()), new Respondent("y", Matrices.fourTwoOne()));

    AhpResult result = Ahp.standard().group(twins, true).result();

    assertThat(result.weight("price")).isCloseTo(4.0 / 7, within(1e-12));
    assertThat(result.cr()).isCloseTo(0, within(1e-12));
  }

  @Test
  void leaves_out_an_inconsistent_respondent_when_asked() {
    List<Respondent> respondents =
        List.of(
            new Respondent("ani.csv", fourTwoOne()),
            new Respondent("cycle.csv", Matrices.cycle()),
            new Respondent("budi.csv", Matrices.oneThreeFive()));

    GroupJudgement judgement = Ahp.standard().group(respondents, true);

    assertThat(judgement.leftOut()).containsExactly("cycle.csv");
    assertThat(judgement.respondents().get(1).consistent()).isFalse();
    assertThat(judgement.respondents().get(1).cr()).isGreaterThan(0.10);
    assertThat(judgement.matrix())
        .isEqualTo(
            GroupJudgement.geometricMean(List.of(fourTwoOne(), Matrices.oneThreeFive())));
  }

  @Test
  void keeps_an_inconsistent_respondent_unless_asked_to_leave_it_out() {
    List<Respondent> respondents =
        List.of(
            new Respondent("ani.csv", fourTwoOne()),
            new Respondent("cycle.csv", Matrices.cycle()));

    GroupJudgement judgement = Ahp.standard().group(respondents, false);

    assertThat(judgement.leftOut()).isEmpty();
    assertThat(judgement.respondents().get(1).consistent()).isFalse();
    assertThat(judgement.respondents().get(1).included()).isTrue();
  }

  @Test
  void refuses_when_every_respondent_is_left_out() {
    List<Respondent> respondents =
        List.of(new Respondent("p.csv", Matrices.cycle()), new Respondent("q.csv", Matrices.cycle()));

    assertThatThrownBy(() -> Ahp.standard().group(respondents, true))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("every respondent's consistency ratio is above the threshold 0.1")
        .hasMessageContaining("left out: p.csv, q.csv");
  }

  @Test
  void refuses_matrices_naming_other_elements_or_another_order() {
    PairwiseMatrix reordered = Matrices.fromWeights(List.of("b", "a", "c"), 1, 2, 3);
    PairwiseMatrix other = Matrices.fromWeights(List.of("a", "b", "d"), 1, 2, 3);
    List<Respondent> respondents =
        List.of(
            new Respondent("first.csv", Matrices.oneThreeFive()),
            new Respondent("second.csv", reordered),
            new Respondent("third.csv", other));

    assertThatThrownBy(() -> Ahp.standard().group(respondents, false))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems()).hasSize(2);
              assertThat(e.getMessage())
                  .contains(
                      "respondent second.csv names the elements b, a, c, but first.csv names a, b, c:"
                          + " every matrix must name the same elements in the same order")
                  .contains("respondent third.csv names the elements a, b, d");
            });
  }

  @Test
  void refuses_an_empty_group() {
    assertThatThrownBy(() -> Ahp.standard().group(List.of(), false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at least one respondent");
  }

  @Test
  void a_group_of_one_is_that_respondent() {
    GroupJudgement judgement =
        Ahp.standard().group(List.of(new Respondent("solo", Matrices.oneThreeFive())), true);

    assertThat(judgement.matrix()).isEqualTo(Matrices.oneThreeFive());
  }
}

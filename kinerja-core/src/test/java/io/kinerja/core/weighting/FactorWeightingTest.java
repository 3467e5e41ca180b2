package io.kinerja.core.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.text.Language;
import io.kinerja.core.weighting.FactorWeighting.FactorWeight;
import io.kinerja.core.weighting.FactorWeighting.Rating;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactorWeightingTest {

  @Test
  void weighs_each_kpi_by_its_points_over_all_points() {
    // Points 5 + 4 + 3 = 12, 3 + 3 + 2 = 8, 1 + 2 + 2 = 5; 25 in all.
    List<FactorWeight> weights =
        FactorWeighting.weigh(
            List.of(
                new Rating("revenue", 5, 4, 3),
                new Rating("cpl", 3, 3, 2),
                new Rating("engagement", 1, 2, 2)));

    assertThat(weights).extracting(FactorWeight::points).containsExactly(12, 8, 5);
    assertThat(weights.get(0).weight()).isCloseTo(12.0 / 25, within(1e-15));
    assertThat(weights.get(1).weight()).isCloseTo(8.0 / 25, within(1e-15));
    assertThat(weights.get(2).weight()).isCloseTo(5.0 / 25, within(1e-15));
  }

  @Test
  void weights_sum_to_one_in_the_order_given() {
    Map<String, Double> weights =
        FactorWeighting.weights(
            List.of(new Rating("b", 2, 2, 2), new Rating("a", 5, 5, 5), new Rating("c", 1, 1, 1)));

    assertThat(weights.keySet()).containsExactly("b", "a", "c");
    assertThat(weights.values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1, within(1e-15));
  }

  @Test
  void a_higher_priority_difficulty_or_credibility_each_raises_the_weight() {
    Rating base = new Rating("x", 3, 3, 3);
    Rating other = new Rating("y", 3, 3, 3);
    double before = FactorWeighting.weights(List.of(base, other)).get("x");

    assertThat(FactorWeighting.weights(List.of(new Rating("x", 4, 3, 3), other)).get("x"))
        .isGreaterThan(before);
    assertThat(FactorWeighting.weights(List.of(new Rating("x", 3, 4, 3), other)).get("x"))
        .isGreaterThan(before);
    assertThat(FactorWeighting.weights(List.of(new Rating("x", 3, 3, 4), other)).get("x"))
        .isGreaterThan(before);
  }

  @Test
  void equal_ratings_give_equal_weights() {
    Map<String, Double> weights =
        FactorWeighting.weights(List.of(new Rating("a", 2, 3, 4), new Rating("b", 4, 3, 2)));

    assertThat(weights.get("a")).isEqualTo(0.5);
    assertThat(weights.get("b")).isEqualTo(0.5);
  }

  @Test
  void reports_every_rating_off_the_scale_and_every_repeated_kpi() {
    assertThatThrownBy(
            () ->
                FactorWeighting.weigh(
                    List.of(new Rating("cpl", 0, 3, 6), new Rating("cpl", 1, 1, 1))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems()).hasSize(3);
              assertThat(e.describe(Language.EN))
                  .contains("cpl: error: the KPI 'cpl' has priority rated 0, but ratings go from 1 to 5")
                  .contains("the KPI 'cpl' has credibility of the data rated 6")
                  .contains("the KPI 'cpl' is rated more than once");
              assertThat(e.describe(Language.ID))
                  .contains("KPI 'cpl' memiliki nilai prioritas 0, padahal nilai berkisar dari 1 sampai 5");
            });
  }

  @Test
  void refuses_an_empty_list() {
    assertThatThrownBy(() -> FactorWeighting.weigh(List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at least one KPI");
  }
}

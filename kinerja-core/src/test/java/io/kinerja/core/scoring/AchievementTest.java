package io.kinerja.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kinerja.core.formula.Value;
import io.kinerja.core.target.Targets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AchievementTest {

  private static double score(Achievement method, double actual, String target) {
    return method.score(Value.of(actual), Standard.of(Targets.parse(target))).score();
  }

  private final Achievement capped = new Achievement(1.2, false);

  @Test
  void higher_is_better_divides_the_actual_by_the_target() {
    assertThat(score(capped, 88, ">= 80")).isEqualTo(110.0, within(1e-9));
    assertThat(score(capped, 39.6396, ">= 40")).isEqualTo(99.099, within(1e-9));
  }

  @Test
  void lower_is_better_divides_the_target_by_the_actual() {
    assertThat(score(capped, 9119033.0682, "<= 10000000")).isEqualTo(109.6607, within(1e-4));
  }

  @Test
  void lower_is_better_by_difference_is_two_minus_the_ratio() {
    Achievement byDifference = new Achievement(1.2, true);
    assertThat(score(byDifference, 90, "<= 100")).isEqualTo(110.0, within(1e-9));
    assertThat(score(byDifference, 250, "<= 100")).isEqualTo(0.0);
  }

  @Test
  void the_ratio_is_capped_and_floored() {
    assertThat(score(capped, 500, ">= 100")).isEqualTo(120.0);
    assertThat(score(capped, -5, ">= 100")).isEqualTo(0.0);
    assertThat(score(new Achievement(1.0, false), 107, ">= 100")).isEqualTo(100.0);
  }

  @Test
  void no_cost_at_all_reaches_the_cap_when_lower_is_better() {
    assertThat(score(capped, 0, "<= 450000")).isEqualTo(120.0);
  }

  @Test
  void a_range_is_full_inside_and_the_ratio_to_the_nearer_bound_outside() {
    assertThat(score(capped, 70, "between 60 and 80")).isEqualTo(100.0);
    assertThat(score(capped, 60, "between 60 and 80")).isEqualTo(100.0);
    assertThat(score(capped, 45, "between 60 and 80")).isEqualTo(75.0, within(1e-9));
    assertThat(score(capped, 100, "between 60 and 80")).isEqualTo(80.0, within(1e-9));
  }

  @Test
  void the_perspective_is_the_weighted_mean() {
    Aggregate a = capped.rollUp(List.of(new Scored(120, 2.0), new Scored(90, 1.0)), 3);
    assertThat(a.fin()).isEqualTo(110.0, within(1e-9));
    assertThat(a.scored()).isEqualTo(2);
    assertThat(a.total()).isEqualTo(3);
  }

  @Test
  void equal_weights_need_no_declaration() {
    Aggregate a = capped.rollUp(List.of(new Scored(120, null), new Scored(120, null), new Scored(109.6607, null)), 3);
    assertThat(a.fin()).isEqualTo(116.5536, within(1e-4));
  }
}

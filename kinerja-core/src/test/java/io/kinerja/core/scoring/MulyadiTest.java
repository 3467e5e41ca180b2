package io.kinerja.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.core.formula.Value;
import io.kinerja.core.survey.Likert;
import io.kinerja.core.target.Target;
import io.kinerja.core.target.Targets;
import io.kinerja.core.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class MulyadiTest {

  private final Mulyadi strict = new Mulyadi(0);

  private double score(double actual, String target) {
    return strict.score(Value.of(actual), Standard.of(Targets.parse(target))).score();
  }

  @Test
  void scores_one_when_actual_is_above_the_standard_and_higher_is_better() {
    assertThat(score(83.75, ">= 80")).isEqualTo(1);
  }

  @Test
  void scores_minus_one_when_actual_is_below_the_standard() {
    assertThat(score(56.92, ">= 70")).isEqualTo(-1);
  }

  @Test
  void scores_zero_when_actual_equals_the_standard() {
    assertThat(score(100, ">= 100")).isEqualTo(0);
    assertThat(score(100, "> 100")).isEqualTo(0);
  }

  @Test
  void lower_is_better_reverses_the_direction() {
    assertThat(score(56.82, "< 100")).isEqualTo(1);
    assertThat(score(16.67, "< 10")).isEqualTo(-1);
  }

  @Test
  void binary_noise_does_not_change_a_verdict() {
    assertThat(score(0.1 + 0.2, ">= 0.3")).isEqualTo(0);
  }

  @Test
  void tolerance_widens_the_standard_relative_to_the_target() {
    Mulyadi tolerant = new Mulyadi(0.05);
    assertThat(tolerant.score(Value.of(96), Standard.of(Targets.parse(">= 100"))).score()).isEqualTo(0);
    assertThat(tolerant.score(Value.of(95), Standard.of(Targets.parse(">= 100"))).score()).isEqualTo(0);
    assertThat(tolerant.score(Value.of(94.9), Standard.of(Targets.parse(">= 100"))).score()).isEqualTo(-1);
    assertThat(tolerant.score(Value.of(105.1), Standard.of(Targets.parse(">= 100"))).score()).isEqualTo(1);
  }

  @Test
  void a_range_scores_zero_inside_and_minus_one_outside() {
    assertThat(score(60, "between 60 and 80")).isEqualTo(0);
    assertThat(score(80, "between 60 and 80")).isEqualTo(0);
    assertThat(score(81, "between 60 and 80")).isEqualTo(-1);
    assertThat(score(59, "between 60 and 80")).isEqualTo(-1);
  }

  @Test
  void exists_is_met_by_any_value_above_zero() {
    assertThat(score(25, "exists")).isEqualTo(1);
    assertThat(score(0, "exists")).isEqualTo(-1);
  }

  @Test
  void an_ordinal_target_compares_class_positions_in_either_language() {
    List<String> scale = Likert.scale(Language.EN);
    Value satisfied = new Value.Class("Satisfied", scale);
    assertThat(strict.score(satisfied, Standard.of(new Target.Ordinal("Puas"))).score()).isEqualTo(0);
    assertThat(strict.score(satisfied, Standard.of(new Target.Ordinal("Ragu-ragu"))).score()).isEqualTo(1);
    assertThat(strict.score(satisfied, Standard.of(new Target.Ordinal("Sangat puas"))).score()).isEqualTo(-1);
  }

  @Test
  void a_class_the_scale_lacks_gives_no_score() {
    Value satisfied = new Value.Class("Puas", Likert.scale(Language.ID));
    assertThat(strict.score(satisfied, Standard.of(new Target.Ordinal("Bagus"))).score()).isNull();
  }

  @Test
  void the_final_score_is_the_total_over_the_balance_criterion() {
    Aggregate a = strict.rollUp(List.of(new Scored(1, null), new Scored(-1, null), new Scored(-1, null)), 4);
    assertThat(a.score()).isEqualTo(-1);
    assertThat(a.max()).isEqualTo(3);
    assertThat(a.fin()).isCloseTo(-0.3333, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(a.scored()).isEqualTo(3);
    assertThat(a.total()).isEqualTo(4);
  }

  @Test
  void the_mulyadi_bands_close_cukup_at_one_half() {
    Bands bands = Bands.preset("mulyadi").orElseThrow();
    assertThat(bands.find(-0.0001).orElseThrow().label(Language.ID)).isEqualTo("Kurang");
    assertThat(bands.find(0).orElseThrow().label(Language.ID)).isEqualTo("Cukup");
    assertThat(bands.find(0.5).orElseThrow().label(Language.ID)).isEqualTo("Cukup");
    assertThat(bands.find(0.5001).orElseThrow().label(Language.ID)).isEqualTo("Baik");
  }
}

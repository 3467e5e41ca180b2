package io.kinerja.core.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TargetsTest {

  @Test
  void reads_every_form_of_design_5_1() {
    assertThat(Targets.parse(">= 70")).isEqualTo(new Target.AtLeast(70, false));
    assertThat(Targets.parse("> 70")).isEqualTo(new Target.AtLeast(70, true));
    assertThat(Targets.parse("<= 10")).isEqualTo(new Target.AtMost(10, false));
    assertThat(Targets.parse("<10")).isEqualTo(new Target.AtMost(10, true));
    assertThat(Targets.parse("between 60 and 80")).isEqualTo(new Target.Between(60, 80));
    assertThat(Targets.parse("= Puas")).isEqualTo(new Target.Ordinal("Puas"));
    assertThat(Targets.parse("exists")).isEqualTo(new Target.Exists());
    assertThat(Targets.parse("≥ 3000000000")).isEqualTo(new Target.AtLeast(3e9, false));
  }

  @Test
  void a_percent_sign_after_the_number_is_allowed() {
    assertThat(Targets.parse(">= 70 %")).isEqualTo(new Target.AtLeast(70, false));
  }

  @Test
  void implies_the_polarity() {
    assertThat(Targets.parse("< 100").polarity()).isEqualTo(Polarity.LOWER);
    assertThat(Targets.parse("between 1 and 2").polarity()).isEqualTo(Polarity.RANGE);
  }

  @Test
  void rejects_a_comparison_without_a_number_at_the_operand() {
    assertThatThrownBy(() -> Targets.parse(">= abc"))
        .isInstanceOfSatisfying(TargetSyntaxException.class, e -> assertThat(e.offset()).isEqualTo(3));
  }

  @Test
  void rejects_a_reversed_range_and_an_unknown_form() {
    assertThatThrownBy(() -> Targets.parse("between 5 and 1")).isInstanceOf(TargetSyntaxException.class);
    assertThatThrownBy(() -> Targets.parse("about 70")).isInstanceOf(TargetSyntaxException.class);
    assertThatThrownBy(() -> Targets.parse("70")).isInstanceOf(TargetSyntaxException.class);
  }

  /** Found by the fuzz test on its seeds: ">= 1e999" was a target of infinity. */
  @Test
  void a_number_beyond_the_range_of_a_double_is_refused_where_it_is_written() {
    assertThatThrownBy(() -> Targets.parse(" >= 1e999"))
        .isInstanceOfSatisfying(TargetSyntaxException.class, e -> {
          assertThat(e.problem().key()).isEqualTo("target.number_too_large");
          assertThat(e.offset()).isEqualTo(4);
        });
    assertThatThrownBy(() -> Targets.parse("between 1 and 1e999"))
        .isInstanceOfSatisfying(TargetSyntaxException.class, e -> assertThat(e.offset()).isEqualTo(14));
  }
}

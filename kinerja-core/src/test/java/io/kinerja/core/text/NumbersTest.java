package io.kinerja.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void indonesian_groups_with_dots_and_decimals_with_a_comma() {
    assertThat(Numbers.format(Language.ID, 1234.5, 2)).isEqualTo("1.234,5");
    assertThat(Numbers.format(Language.ID, 56.8248, 2)).isEqualTo("56,82");
    assertThat(Numbers.format(Language.EN, 1234567.891, 2)).isEqualTo("1,234,567.89");
  }

  @Test
  void rounds_half_up_and_never_shows_minus_zero() {
    assertThat(Numbers.format(Language.EN, 2.345, 2)).isEqualTo("2.35");
    assertThat(Numbers.format(Language.EN, -0.0001, 2)).isEqualTo("0");
    assertThat(Numbers.format(Language.EN, -1234.5, 1)).isEqualTo("-1,234.5");
  }

  @Test
  void shows_units_per_language() {
    assertThat(Show.number(Language.ID, 56.8248, "%", 2)).isEqualTo("56,82 %");
    assertThat(Show.number(Language.ID, 1500000, "IDR", 0)).isEqualTo("Rp 1.500.000");
    assertThat(Show.number(Language.EN, 45.95, "days", 1)).isEqualTo("46 days");
  }
}

package io.kinerja.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kinerja.core.formula.Value;
import io.kinerja.core.target.Polarity;
import org.junit.jupiter.api.Test;

class SnormTest {

  private static Double score(double actual, Polarity polarity, double min, double max) {
    return new Snorm().score(Value.of(actual), new Standard(null, polarity, new SnormRange(min, max), null, null)).score();
  }

  @Test
  void higher_is_better_places_the_value_between_min_and_max() {
    assertThat(score(85, Polarity.HIGHER, 60, 100)).isEqualTo(62.5, within(1e-9));
  }

  @Test
  void lower_is_better_counts_from_the_max_down() {
    assertThat(score(70, Polarity.LOWER, 60, 100)).isEqualTo(75.0, within(1e-9));
  }

  @Test
  void values_outside_the_range_are_clamped() {
    assertThat(score(55, Polarity.HIGHER, 60, 100)).isEqualTo(0.0);
    assertThat(score(120, Polarity.HIGHER, 60, 100)).isEqualTo(100.0);
    assertThat(score(40, Polarity.LOWER, 60, 100)).isEqualTo(100.0);
  }

  @Test
  void the_edges_give_zero_and_one_hundred() {
    assertThat(score(60, Polarity.HIGHER, 60, 100)).isEqualTo(0.0);
    assertThat(score(100, Polarity.HIGHER, 60, 100)).isEqualTo(100.0);
  }

  @Test
  void without_a_range_there_is_no_score() {
    assertThat(new Snorm().score(Value.of(1), new Standard(null, Polarity.HIGHER, null, null, null)).score()).isNull();
  }
}

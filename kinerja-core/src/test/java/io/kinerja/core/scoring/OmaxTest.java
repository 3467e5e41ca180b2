package io.kinerja.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kinerja.core.formula.Value;
import io.kinerja.core.target.Polarity;
import java.util.List;
import org.junit.jupiter.api.Test;

class OmaxTest {

  // worst 40 (level 0), baseline 70 (level 3), target 105 (level 10): 10 per level up to 3, 5 per level above.
  private static final OmaxAnchors RISING = new OmaxAnchors(40, 70, 105);
  // a cost: worst 100, baseline 70, target 35.
  private static final OmaxAnchors FALLING = new OmaxAnchors(100, 70, 35);

  private static double score(double actual, OmaxAnchors anchors, Polarity polarity) {
    return new Omax().score(Value.of(actual), new Standard(null, polarity, null, anchors, null)).score();
  }

  @Test
  void the_levels_interpolate_between_the_anchors() {
    assertThat(Omax.levels(RISING)).containsExactly(40, 50, 60, 70, 75, 80, 85, 90, 95, 100, 105);
    assertThat(Omax.levels(FALLING)).containsExactly(100, 90, 80, 70, 65, 60, 55, 50, 45, 40, 35);
  }

  @Test
  void a_value_on_a_level_reaches_it() {
    assertThat(score(70, RISING, Polarity.HIGHER)).isEqualTo(3);
    assertThat(score(85, RISING, Polarity.HIGHER)).isEqualTo(6);
  }

  @Test
  void a_value_between_two_levels_takes_the_lower_one() {
    assertThat(score(84.9, RISING, Polarity.HIGHER)).isEqualTo(5);
    assertThat(score(55, RISING, Polarity.HIGHER)).isEqualTo(1);
  }

  @Test
  void worse_than_level_zero_is_zero_and_beyond_level_ten_is_ten() {
    assertThat(score(10, RISING, Polarity.HIGHER)).isEqualTo(0);
    assertThat(score(130, RISING, Polarity.HIGHER)).isEqualTo(10);
  }

  @Test
  void lower_is_better_reads_the_descending_levels() {
    assertThat(score(62, FALLING, Polarity.LOWER)).isEqualTo(4);
    assertThat(score(30, FALLING, Polarity.LOWER)).isEqualTo(10);
    assertThat(score(120, FALLING, Polarity.LOWER)).isEqualTo(0);
  }

  @Test
  void the_performance_indicator_is_the_sum_of_score_times_weight() {
    Aggregate a = new Omax().rollUp(List.of(new Scored(6, 40.0), new Scored(3, 35.0), new Scored(10, 25.0)), 3);
    assertThat(a.fin()).isEqualTo(6 * 40 + 3 * 35 + 10 * 25, within(1e-9));
    assertThat(a.max()).isEqualTo(1000);
  }

  @Test
  void the_traffic_light_is_red_to_three_yellow_to_seven_green_above() {
    Omax omax = new Omax();
    assertThat(omax.word(3).orElseThrow().key()).endsWith("red");
    assertThat(omax.word(4).orElseThrow().key()).endsWith("yellow");
    assertThat(omax.word(7).orElseThrow().key()).endsWith("yellow");
    assertThat(omax.word(8).orElseThrow().key()).endsWith("green");
  }
}

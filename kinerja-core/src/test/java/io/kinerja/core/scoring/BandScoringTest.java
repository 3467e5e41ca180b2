package io.kinerja.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.core.formula.Value;
import io.kinerja.core.text.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

class BandScoringTest {

  /** A company KPI sheet's 0–3 scale: below 80 % 0, 80–90 1, 90–100 2, 100 and above 3. */
  private static final Bands SHEET = new Bands("sheet", List.of(
      Band.halfOpen(null, 80.0, 0.0, Message.of("literal", "poor"), "red"),
      Band.halfOpen(80.0, 90.0, 1.0, Message.of("literal", "fair"), "yellow"),
      Band.halfOpen(90.0, 100.0, 2.0, Message.of("literal", "good"), "lightgreen"),
      Band.halfOpen(100.0, null, 3.0, Message.of("literal", "excellent"), "green")));

  private static Verdict score(double actual) {
    return new BandScoring(SHEET).score(Value.of(actual), new Standard(null, null, null, null, null));
  }

  @Test
  void a_value_takes_the_score_of_its_band() {
    assertThat(score(85).score()).isEqualTo(1);
    assertThat(score(120).score()).isEqualTo(3);
    assertThat(score(-4).score()).isEqualTo(0);
  }

  @Test
  void a_value_exactly_on_an_edge_belongs_to_the_band_that_starts_there() {
    assertThat(score(90).score()).isEqualTo(2);
    assertThat(score(100).score()).isEqualTo(3);
    assertThat(score(89.999).score()).isEqualTo(1);
  }

  @Test
  void the_category_is_the_bands_label() {
    assertThat(score(95).word().args()).containsExactly("good");
  }

  @Test
  void an_indicators_own_bands_win_over_the_scorecards() {
    Bands own = new Bands("own", List.of(Band.halfOpen(null, null, 7.0, Message.of("literal", "all"), null)));
    Verdict v = new BandScoring(SHEET).score(Value.of(1), new Standard(null, null, null, null, own));
    assertThat(v.score()).isEqualTo(7);
  }

  @Test
  void the_roll_up_is_the_weighted_mean_out_of_the_best_score() {
    Aggregate a = new BandScoring(SHEET).rollUp(List.of(new Scored(3, 1.0), new Scored(1, 3.0)), 2);
    assertThat(a.fin()).isEqualTo(1.5);
    assertThat(a.max()).isEqualTo(3);
  }
}

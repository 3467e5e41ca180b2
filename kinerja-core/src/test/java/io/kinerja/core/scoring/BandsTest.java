package io.kinerja.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.core.text.Language;
import io.kinerja.core.text.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

class BandsTest {

  private static String label(String preset, double x, Language language) {
    return Bands.preset(preset).orElseThrow().find(x).orElseThrow().label(language);
  }

  @Test
  void presets_extend_without_limit_at_both_ends() {
    assertThat(label("likert-5", 107, Language.EN)).isEqualTo("very good");
    assertThat(label("likert-5", -3, Language.ID)).isEqualTo("sangat kurang");
  }

  @Test
  void an_edge_value_falls_in_the_upper_band() {
    assertThat(label("likert-5", 80, Language.EN)).isEqualTo("very good");
    assertThat(label("economy-ratio", 100, Language.ID)).isEqualTo("tidak ekonomis");
    assertThat(label("economy-ratio", 59.99, Language.ID)).isEqualTo("sangat ekonomis");
  }

  @Test
  void effectiveness_is_effective_exactly_at_one_hundred() {
    assertThat(label("effectiveness-ratio", 100, Language.EN)).isEqualTo("effective");
    assertThat(label("effectiveness-ratio", 99.99, Language.EN)).isEqualTo("fairly effective");
    assertThat(label("effectiveness-ratio", 100.01, Language.EN)).isEqualTo("very effective");
  }

  @Test
  void a_user_scale_with_a_gap_or_an_overlap_is_rejected() {
    Bands gap = new Bands("x", List.of(
        Band.halfOpen(null, 10.0, 0.0, Message.of("literal", "low"), null),
        Band.halfOpen(12.0, null, 1.0, Message.of("literal", "high"), null)));
    assertThat(gap.check()).extracting(i -> i.message().key()).containsExactly("bands.gap");
    Bands overlap = new Bands("x", List.of(
        Band.halfOpen(null, 10.0, 0.0, Message.of("literal", "low"), null),
        Band.halfOpen(8.0, null, 1.0, Message.of("literal", "high"), null)));
    assertThat(overlap.check()).extracting(i -> i.message().key()).containsExactly("bands.overlap");
  }

  @Test
  void a_user_scale_must_reach_both_infinities() {
    Bands bounded = new Bands("x", List.of(Band.halfOpen(0.0, 10.0, 0.0, Message.of("literal", "only"), null)));
    assertThat(bounded.check()).extracting(i -> i.message().key()).containsExactly("bands.gap_below", "bands.gap_above");
  }
}

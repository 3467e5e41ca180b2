package io.kinerja.core.target;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kinerja.core.text.Language;
import java.nio.charset.StandardCharsets;

/**
 * Any text is a target or a {@link TargetSyntaxException} at an offset inside it, whose message reads in
 * both languages; a target's numbers are finite and a range is not reversed. The seed corpus in {@code
 * TargetsFuzzTestInputs/} replays in every test run; {@code JAZZER_FUZZ=1} fuzzes.
 */
class TargetsFuzzTest {

  @FuzzTest(maxDuration = "2m")
  void parses_or_fails_at_an_offset_inside_the_text(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Target target;
    try {
      target = Targets.parse(text);
    } catch (TargetSyntaxException e) {
      assertThat(e.offset()).isBetween(0, text.length());
      assertThat(e.problem().in(Language.EN)).isNotBlank();
      assertThat(e.problem().in(Language.ID)).isNotBlank();
      return;
    }
    assertThat(target.text()).isNotBlank();
    if (target instanceof Target.AtLeast t) {
      assertThat(Double.isFinite(t.standard())).as(text).isTrue();
    } else if (target instanceof Target.AtMost t) {
      assertThat(Double.isFinite(t.standard())).as(text).isTrue();
    } else if (target instanceof Target.Between t) {
      assertThat(Double.isFinite(t.low()) && Double.isFinite(t.high())).as(text).isTrue();
      assertThat(t.low()).isLessThanOrEqualTo(t.high());
    }
  }
}

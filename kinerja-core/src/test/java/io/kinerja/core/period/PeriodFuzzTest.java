package io.kinerja.core.period;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Any text is a period or none, never an exception; a period's name reads back as the same period, and
 * it covers the days up to the next one. The seed corpus in {@code PeriodFuzzTestInputs/} replays in
 * every test run; {@code JAZZER_FUZZ=1} fuzzes.
 */
class PeriodFuzzTest {

  @FuzzTest(maxDuration = "2m")
  void reads_a_period_or_none_and_its_name_reads_back(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Optional<Period> period = Period.parse(text);
    if (period.isEmpty()) {
      return;
    }
    Period p = period.get();
    assertThat(Period.parse(p.name())).contains(p);
    assertThat(p.next().start()).isEqualTo(p.end());
    assertThat(p.previous().end()).isEqualTo(p.start());
    assertThat(p.contains(p.start())).isTrue();
  }
}

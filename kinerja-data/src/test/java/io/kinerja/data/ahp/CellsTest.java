package io.kinerja.data.ahp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"3|3", "0.33|0.33", "'0,33'|0.33", ".5|0.5", "1/4|0.25", " 1 / 8 |0.125", "2/0.5|4"})
  void reads_decimals_and_fractions(String text, double expected) {
    assertThat(Cells.parse(text)).hasValue(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "x", "NaN", "Infinity", "1e3", "1/0", "1/", "/3", "1/3/4", "0x10", "1.2.3"})
  void refuses_anything_else(String text) {
    assertThat(Cells.parse(text)).isEmpty();
  }

  @Test
  void leaves_negative_numbers_to_the_scale_check() {
    // A minus sign is not part of a judgement; reported as not a number, which says more than
    // "outside the scale" for a typo such as "-3".
    assertThat(Cells.parse("-3")).isEmpty();
  }
}

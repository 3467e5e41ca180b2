package io.kinerja.core.properties;

import static io.kinerja.core.properties.Property.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.core.period.Grain;
import io.kinerja.core.period.Period;
import io.kinerja.core.text.Language;
import io.kinerja.core.text.Numbers;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Numbers and period names read back as what they were written from. */
class TextPropertiesTest {

  @Test
  void a_number_formatted_in_indonesian_reads_back_as_the_same_value_to_its_decimals() {
    forAll(1000, r -> new Object[] {Property.figure(r, r.nextBoolean() ? 1e12 : 1000), r.nextInt(0, 7)}, c -> {
      double x = (double) c[0];
      int decimals = (int) c[1];
      String text = Numbers.format(Language.ID, x, decimals);
      assertThat(text).matches("-?\\d{1,3}(\\.\\d{3})*(,\\d+)?");
      double back = Double.parseDouble(text.replace(".", "").replace(',', '.'));
      assertThat(back).isEqualTo(Numbers.round(x, decimals) + 0.0);
    });
  }

  @Test
  void a_period_of_every_grain_reads_back_from_its_name() {
    long first = LocalDate.of(1000, 1, 1).toEpochDay();
    long last = LocalDate.of(9998, 12, 31).toEpochDay();
    forAll(1000, r -> Period.containing(Property.oneOf(r, Grain.values()), LocalDate.ofEpochDay(r.nextLong(first, last))),
        p -> assertThat(Period.parse(p.name())).contains(p));
  }
}

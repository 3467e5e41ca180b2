package io.kinerja.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodNamesTest {

  @Test
  void a_date_reads_day_month_year_with_the_month_named_in_the_language() {
    assertThat(Show.date(Language.ID, LocalDate.of(2026, 11, 26))).isEqualTo("26 November 2026");
    assertThat(Show.date(Language.ID, LocalDate.of(2026, 1, 3))).isEqualTo("3 Januari 2026");
    assertThat(Show.date(Language.EN, LocalDate.of(2026, 1, 3))).isEqualTo("3 January 2026");
    assertThat(Show.date(Language.ID, LocalDate.of(2025, 8, 17))).isEqualTo("17 Agustus 2025");
  }

  @Test
  void months_and_quarters_are_named_in_the_language_and_other_periods_keep_their_iso_names() {
    assertThat(Show.period(Language.ID, "2025-12")).isEqualTo("Desember 2025");
    assertThat(Show.period(Language.EN, "2025-12")).isEqualTo("December 2025");
    assertThat(Show.period(Language.ID, "2025-Q4")).isEqualTo("Triwulan 4 2025");
    assertThat(Show.period(Language.EN, "2025-Q4")).isEqualTo("Q4 2025");
    assertThat(Show.period(Language.EN, "2014")).isEqualTo("2014");
    assertThat(Show.period(Language.EN, "2025-W05")).isEqualTo("2025-W05");
    assertThat(Show.period(Language.ID, "2025-05-02")).isEqualTo("2 Mei 2025");
    assertThat(Show.period(Language.ID, "2025-01..2025-03")).isEqualTo("2025-01..2025-03");
  }
}

package io.kinerja.core.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

  private static Period p(String name) {
    return Period.parse(name).orElseThrow();
  }

  @Test
  void reads_every_iso_form_and_writes_it_back() {
    for (String name : new String[] {"2014", "2014-Q3", "2014-07", "2014-W05", "2014-07-31"}) {
      assertThat(p(name).name()).isEqualTo(name);
    }
  }

  @Test
  void rejects_what_is_not_a_period() {
    for (String name : new String[] {"14", "2014-13", "2014-Q5", "2014-W54", "2014-02-30", "2014/07", ""}) {
      assertThat(Period.parse(name)).as(name).isEmpty();
    }
  }

  @Test
  void iso_week_one_of_2015_starts_in_december_2014() {
    assertThat(p("2015-W01").start()).isEqualTo(LocalDate.of(2014, 12, 29));
    assertThat(p("2020-W53").name()).isEqualTo("2020-W53");
  }

  @Test
  void a_year_splits_into_twelve_months_and_four_quarters() {
    assertThat(p("2025").split(Grain.MONTH)).hasSize(12);
    assertThat(p("2025").split(Grain.QUARTER)).extracting(Period::name)
        .containsExactly("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4");
    assertThat(p("2024-02").split(Grain.DAY)).hasSize(29);
  }

  @Test
  void previous_and_next_cross_year_boundaries() {
    assertThat(p("2025-01").previous().name()).isEqualTo("2024-12");
    assertThat(p("2025-Q4").next().name()).isEqualTo("2026-Q1");
  }

  @Test
  void a_span_of_three_months_has_a_previous_span_of_three_months() {
    Span q = new Span(p("2025-04"), p("2025-06"));
    assertThat(q.previous().name()).isEqualTo("2025-01..2025-03");
    assertThat(Span.of(p("2025-07")).yearToDate().name()).isEqualTo("2025-01..2025-07");
  }

  @Test
  void a_year_contains_its_months_but_not_the_next_year() {
    assertThat(p("2025").contains(p("2025-12"))).isTrue();
    assertThat(p("2025").contains(p("2026-01"))).isFalse();
  }
}

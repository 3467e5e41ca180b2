package io.kinerja.core.measure;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.core.period.Grain;
import io.kinerja.core.period.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObservationsTest {

  private static Period p(String name) {
    return Period.parse(name).orElseThrow();
  }

  private static Observation o(String measure, String period, double value) {
    return new Observation(measure, p(period), Map.of(), value, new Origin("m.csv", 2, null));
  }

  private static List<Observation> months(String measure, int count, double each) {
    List<Observation> list = new ArrayList<>();
    for (Period month : p("2025").split(Grain.MONTH).subList(0, count)) {
      list.add(o(measure, month.name(), each));
    }
    return list;
  }

  @Test
  void a_year_of_a_flow_is_the_sum_of_its_months() {
    Observations data = new Observations(months("leads", 12, 10));
    MeasureValue year = data.value("leads", p("2025"), Map.of(), Rollup.SUM);
    assertThat(year.value()).isEqualTo(120);
    assertThat(year.inputs()).hasSize(12);
  }

  @Test
  void a_year_of_a_stock_is_its_last_month() {
    List<Observation> list = months("headcount", 11, 5);
    list.add(o("headcount", "2025-12", 7));
    assertThat(new Observations(list).value("headcount", p("2025"), Map.of(), Rollup.LAST).value()).isEqualTo(7);
  }

  @Test
  void a_year_with_a_month_missing_has_no_value_and_says_which() {
    Observations data = new Observations(months("leads", 11, 10));
    MeasureValue year = data.value("leads", p("2025"), Map.of(), Rollup.SUM);
    assertThat(year.isMissing()).isTrue();
    assertThat(year.missingReason().key()).isEqualTo("value.incomplete_rollup");
    assertThat(year.missingReason().args()).contains("2025-12");
  }

  @Test
  void a_figure_given_for_the_period_itself_wins_over_its_parts() {
    List<Observation> list = months("leads", 12, 10);
    list.add(o("leads", "2025", 999));
    assertThat(new Observations(list).value("leads", p("2025"), Map.of(), Rollup.SUM).value()).isEqualTo(999);
  }

  @Test
  void quarters_roll_up_from_months_by_average_when_asked() {
    Observations data = new Observations(List.of(o("nps", "2025-01", 10), o("nps", "2025-02", 20), o("nps", "2025-03", 60)));
    assertThat(data.value("nps", p("2025-Q1"), Map.of(), Rollup.AVG).value()).isEqualTo(30);
  }

  @Test
  void the_whole_unit_is_the_sum_of_its_segments_when_no_total_is_given() {
    Observations data = new Observations(List.of(
        new Observation("leads", p("2025-01"), Map.of("channel", "email"), 3, new Origin("m.csv", 2, null)),
        new Observation("leads", p("2025-01"), Map.of("channel", "social"), 4, new Origin("m.csv", 3, null))));
    assertThat(data.value("leads", p("2025-01"), Map.of(), Rollup.SUM).value()).isEqualTo(7);
    assertThat(data.value("leads", p("2025-01"), Map.of("channel", "email"), Rollup.SUM).value()).isEqualTo(3);
  }
}

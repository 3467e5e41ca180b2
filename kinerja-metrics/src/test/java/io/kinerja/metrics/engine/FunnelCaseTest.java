package io.kinerja.metrics.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kinerja.core.measure.MeasureValue;
import io.kinerja.core.measure.Rollup;
import io.kinerja.core.period.Period;
import io.kinerja.metrics.definition.Aggregation;
import io.kinerja.metrics.definition.MetricDefinition;
import io.kinerja.metrics.definition.SourceDefinition;
import io.kinerja.metrics.support.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference case {@code cases/funnel-2025}: the measures of its scorecard, declared here by hand as
 * the YAML reader would build them, computed from its 20,000 leads and its spend, and checked by
 * recomputing every indicator of {@code expected.json} (year, each month, each channel) from them.
 */
class FunnelCaseTest {

  private static final List<String> MEASURES =
      List.of("leads", "mql", "sql", "won", "lost", "revenue", "cycle_days_total", "spend");

  private static Path folder;
  private static DuckDbEngine engine;
  private static Map<String, Object> expected;

  static List<SourceDefinition> sources() {
    return List.of(SourceDefinition.file("leads", "leads.csv", null), SourceDefinition.file("spend", "spend.csv", null));
  }

  static List<MetricDefinition> measures() {
    return List.of(
        MetricDefinition.of("leads", "leads", Aggregation.COUNT, "*", "created_at", null),
        MetricDefinition.of("mql", "leads", Aggregation.COUNT, "*", "mql_at", "mql_at is not null"),
        MetricDefinition.of("sql", "leads", Aggregation.COUNT, "*", "sql_at", "sql_at is not null"),
        MetricDefinition.of("won", "leads", Aggregation.COUNT, "*", "closed_at", "stage = 'WON'"),
        MetricDefinition.of("lost", "leads", Aggregation.COUNT, "*", "closed_at", "stage = 'LOST'"),
        MetricDefinition.of("revenue", "leads", Aggregation.SUM, "deal_value", "closed_at", "stage = 'WON'"),
        MetricDefinition.of("cycle_days_total", "leads", Aggregation.SUM, "days_between(created_at, closed_at)",
            "closed_at", "stage = 'WON'"),
        MetricDefinition.of("spend", "spend", Aggregation.SUM, "amount", "date", null));
  }

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void open() throws Exception {
    folder = Path.of(System.getProperty("kinerja.shared", "../../shared"), "cases", "funnel-2025");
    engine = new DuckDbEngine(sources(), measures(), folder);
    expected = (Map<String, Object>) Json.parse(Files.readString(folder.resolve("expected.json")));
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  private static Map<String, Double> measuresFor(Period period, Map<String, String> segment) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (String measure : MEASURES) {
      MeasureValue v = engine.value(measure, period, segment, Rollup.SUM);
      assertThat(v.isMissing()).as("%s in %s %s: %s", measure, period, segment, v.missingReason()).isFalse();
      values.put(measure, v.value());
    }
    return values;
  }

  /** The scorecard's indicator formulas, over the measures. */
  private static Map<String, Double> indicators(Map<String, Double> m) {
    Map<String, Double> i = new LinkedHashMap<>();
    i.put("revenue", m.get("revenue"));
    i.put("romi", (m.get("revenue") - m.get("spend")) / m.get("spend") * 100);
    i.put("cac", m.get("spend") / m.get("won"));
    i.put("won", m.get("won"));
    i.put("win_rate", m.get("won") / (m.get("won") + m.get("lost")) * 100);
    i.put("avg_deal_size", m.get("revenue") / m.get("won"));
    i.put("sales_cycle_days", m.get("cycle_days_total") / m.get("won"));
    i.put("leads", m.get("leads"));
    i.put("cpl", m.get("spend") / m.get("leads"));
    i.put("lead_to_mql", m.get("mql") / m.get("leads") * 100);
    i.put("mql_to_sql", m.get("sql") / m.get("mql") * 100);
    return i;
  }

  @SuppressWarnings("unchecked")
  private static void check(SoftAssertions soft, String label, Object section, Map<String, Double> measures) {
    Map<String, Double> actual = indicators(measures);
    List<Object> list = (List<Object>) ((Map<String, Object>) section).get("indicators");
    assertThat(list).hasSize(actual.size());
    for (Object o : list) {
      Map<String, Object> indicator = (Map<String, Object>) o;
      String id = (String) indicator.get("id");
      soft.assertThat(actual.get(id)).as("%s %s", label, id).isCloseTo((Double) indicator.get("value"), within(1e-4));
    }
  }

  @Test
  void every_indicator_of_the_year_follows_from_the_measures() {
    SoftAssertions soft = new SoftAssertions();
    Map<String, Double> year = measuresFor(Period.parse("2025").orElseThrow(), Map.of());
    assertThat(year.get("leads")).isEqualTo(20000);
    assertThat(year.get("won")).isEqualTo(873);
    check(soft, "2025", expected.get("year"), year);
    soft.assertAll();
  }

  @Test
  @SuppressWarnings("unchecked")
  void every_indicator_of_every_month_follows_from_the_measures() {
    SoftAssertions soft = new SoftAssertions();
    Map<String, Object> months = (Map<String, Object>) expected.get("months");
    assertThat(months).hasSize(12);
    for (Map.Entry<String, Object> month : months.entrySet()) {
      check(soft, month.getKey(), month.getValue(), measuresFor(Period.parse(month.getKey()).orElseThrow(), Map.of()));
    }
    soft.assertAll();
  }

  @Test
  @SuppressWarnings("unchecked")
  void every_indicator_of_every_channel_for_the_year_follows_from_the_measures() {
    SoftAssertions soft = new SoftAssertions();
    Map<String, Object> channels = (Map<String, Object>) expected.get("channels");
    assertThat(engine.segmentValues("channel")).containsExactlyInAnyOrderElementsOf(channels.keySet());
    for (Map.Entry<String, Object> channel : channels.entrySet()) {
      Map<String, Double> m = measuresFor(Period.parse("2025").orElseThrow(), Map.of("channel", channel.getKey()));
      check(soft, channel.getKey(), channel.getValue(), m);
    }
    soft.assertAll();
  }

  @Test
  void the_months_add_up_to_the_year() {
    double won = 0;
    for (Period month : Period.parse("2025").orElseThrow().split(io.kinerja.core.period.Grain.MONTH)) {
      won += engine.value("won", month, Map.of(), Rollup.SUM).value();
    }
    assertThat(won).isEqualTo(873);
  }
}

package io.kinerja.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sales and marketing funnel of {@code ../shared/cases/funnel-2025/}: indicators computed from a CRM
 * export and ad spend by the raw-record engine, for the year, every month, every channel, and the
 * current month's scores.
 */
class FunnelCaseTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonNode expected;

  private static Path scorecard() {
    return Cases.shared().resolve("cases/funnel-2025/scorecard.yaml");
  }

  @BeforeAll
  static void readExpected() throws IOException {
    expected = JSON.readTree(Cases.shared().resolve("cases/funnel-2025/expected.json").toFile());
  }

  private static JsonNode score(String... options) throws IOException {
    String[] args = new String[options.length + 4];
    args[0] = "score";
    args[1] = scorecard().toString();
    args[2] = "--format";
    args[3] = "json";
    System.arraycopy(options, 0, args, 4, options.length);
    Cli run = Cli.run(args);
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    return JSON.readTree(run.out());
  }

  @Test
  void the_year_is_computed_from_the_years_records() throws IOException {
    ExpectedJson.assertContains(score("--period", "2025"), expected.get("year"), "year");
  }

  @Test
  void every_month_comes_out_exactly() throws IOException {
    JsonNode months = score("--period", "2025-01..2025-12");
    assertThat(months.size()).isEqualTo(12);
    for (JsonNode month : months) {
      String period = month.get("period").asText();
      ExpectedJson.assertContains(month, expected.get("months").get(period), period);
    }
  }

  @Test
  void every_channel_comes_out_exactly_and_the_total_is_the_year() throws IOException {
    JsonNode byChannel = score("--period", "2025", "--by", "channel");
    assertThat(byChannel.get("by").asText()).isEqualTo("channel");
    int seen = 0;
    for (JsonNode segment : byChannel.get("segments")) {
      String channel = segment.get("segment").asText();
      ExpectedJson.assertContains(segment, expected.get("channels").get(channel), channel);
      seen++;
    }
    assertThat(seen).isEqualTo(expected.get("channels").size());
    ExpectedJson.assertContains(byChannel.get("total"), expected.get("year"), "total");
  }

  @Test
  void the_current_month_is_scored_by_achievement_and_rolled_up_by_weight() throws IOException {
    JsonNode current = score();
    ExpectedJson.assertContains(current, expected.get("current"), "current");
  }

  @Test
  void a_ratio_over_the_year_is_a_ratio_of_sums_not_a_mean_of_monthly_ratios() throws IOException {
    JsonNode year = score("--period", "2025");
    double yearWinRate = indicator(year, "win_rate");
    double meanOfMonths = 0;
    for (JsonNode month : score("--period", "2025-01..2025-12")) {
      meanOfMonths += indicator(month, "win_rate") / 12;
    }
    assertThat(yearWinRate).isEqualTo(37.4036);
    assertThat(Math.abs(meanOfMonths - yearWinRate)).isGreaterThan(0.01);
  }

  private static double indicator(JsonNode result, String id) {
    for (JsonNode i : result.get("indicators")) {
      if (i.get("id").asText().equals(id)) {
        return i.get("value").asDouble();
      }
    }
    throw new AssertionError(Map.of("missing", id).toString());
  }
}

package io.kinerja.server;

import static io.kinerja.server.TestServer.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinerja.server.store.Store;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Cascading roll-ups over real HTTP on one store: a company with two divisions, each with its own sales
 * scorecard, and the company's scorecard whose measures are the divisions' sales summed, weighted and
 * combined by a formula. A division's changed figure changes the company's result at once (the cache is
 * keyed on the children's versions), and every rolled-up number names the children it came from.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CascadeScenario {

  TestServer server;
  Http admin;

  abstract Store.Engine engine();

  static String division(String id, String indicatorName) {
    return """
        kinerja: 1
        id: %s
        name: Sales of %s
        period: { grain: year, current: "2025" }
        scoring: { method: achievement }
        measures:
          revenue: { name: Revenue }
        perspectives:
          - id: finance
            name: Finance
            indicators:
              - { id: sales, name: %s, formula: revenue, unit: IDR, target: ">= 100" }
        """.formatted(id, id, indicatorName);
  }

  static final String COMPANY = """
      kinerja: 1
      id: holding-sales
      name: Sales of the holding
      period: { grain: year, current: "2025" }
      scoring: { method: achievement }
      measures:
        total_sales: { cascade: { indicator: sales, rollup: sum } }
        weighted_sales: { cascade: { indicator: sales, rollup: weighted_mean, weights: { north: 3, south-east: 1 } } }
        mixed_sales: { cascade: { indicator: sales, formula: "north * 2 - south_east" } }
      perspectives:
        - id: finance
          name: Finance
          indicators:
            - { id: total, name: Total sales, formula: total_sales, unit: IDR, target: ">= 150" }
            - { id: weighted, name: Weighted sales, formula: weighted_sales, unit: IDR, target: ">= 100" }
            - { id: mixed, name: Mixed sales, formula: mixed_sales, unit: IDR, target: ">= 100" }
      """;

  @BeforeAll
  void start() {
    server = TestServer.start(engine());
    admin = server.admin();
    unit("holding", "company", null);
    unit("north", "division", "holding");
    unit("south-east", "division", "holding");
    yaml("north", division("north-sales", "Sales"));
    yaml("south-east", division("south-east-sales", "Sales"));
    figure("north-sales", "2025", 120);
    figure("south-east-sales", "2025", 80);
    figure("north-sales", "2024", 100);
    yaml("holding", COMPANY);
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void the_company_s_indicators_are_the_sum_the_weighted_mean_and_the_formula_of_its_divisions() {
    JsonNode r = results("holding-sales", "2025");
    assertThat(value(r, "total")).isEqualTo(200.0);
    assertThat(value(r, "weighted")).isEqualTo((3 * 120 + 80) / 4.0);
    assertThat(value(r, "mixed")).isEqualTo(2 * 120 - 80.0);
  }

  @Test
  void a_division_s_changed_figure_changes_the_company_s_result_at_once() {
    figure("north-sales", "2023", 10);
    figure("south-east-sales", "2023", 20);
    assertThat(value(results("holding-sales", "2023"), "total")).isEqualTo(30.0);
    figure("south-east-sales", "2023", 25);
    JsonNode after = results("holding-sales", "2023");
    assertThat(value(after, "total")).isEqualTo(35.0);
    assertThat(value(after, "weighted")).isEqualTo((3 * 10 + 25) / 4.0);
  }

  @Test
  void a_division_without_a_figure_leaves_the_roll_up_without_a_value_and_names_the_division() {
    JsonNode total = indicator(results("holding-sales", "2024"), "total");
    assertThat(total.get("value").isNull()).isTrue();
    assertThat(total.get("reason").asText()).contains("south-east", "south-east-sales", "2024");
  }

  @Test
  void the_explanation_names_each_child_unit_scorecard_and_value() {
    JsonNode e = expect(admin.get("/api/v1/scorecards/holding-sales/explain/weighted?period=2025&lang=en"), 200).json();
    String text = e.get("text").asText();
    assertThat(text).contains("weighted mean", "unit north, scorecard north-sales, indicator sales", "120",
        "unit south-east, scorecard south-east-sales, indicator sales", "80", "weight 3", "weight 1");
  }

  @Test
  void a_new_child_unit_and_a_new_version_of_a_child_s_scorecard_are_rolled_up_at_once() {
    unit("west", "division", "holding");
    figure("north-sales", "2022", 1);
    figure("south-east-sales", "2022", 2);
    assertThat(value(results("holding-sales", "2022"), "total")).isEqualTo(3.0);
    yaml("west", division("west-sales", "Sales"));
    figure("west-sales", "2022", 4);
    JsonNode r = results("holding-sales", "2022");
    assertThat(value(r, "total")).isEqualTo(7.0);
    // west has no weight: the weighted mean says so instead of leaving it out
    assertThat(indicator(r, "weighted").get("reason").asText()).contains("west");
    // a new version of west's scorecard without the indicator takes it out of the roll-up again
    expect(admin.send("PUT", "/api/v1/scorecards/west-sales", "application/yaml",
        division("west-sales", "Sales").replace("id: sales,", "id: revenue_kpi,").getBytes(StandardCharsets.UTF_8)), 200);
    assertThat(value(results("holding-sales", "2022"), "total")).isEqualTo(3.0);
  }

  @Test
  void a_deleted_child_scorecard_or_a_child_unit_moved_away_leaves_the_roll_up_at_once() {
    unit("east", "division", "holding");
    yaml("east", division("east-sales", "Sales"));
    figure("north-sales", "2021", 1);
    figure("south-east-sales", "2021", 2);
    figure("east-sales", "2021", 4);
    assertThat(value(results("holding-sales", "2021"), "total")).isEqualTo(7.0);
    expect(admin.delete("/api/v1/scorecards/east-sales"), 204);
    assertThat(value(results("holding-sales", "2021"), "total")).isEqualTo(3.0);
    expect(admin.delete("/api/v1/units/east"), 204);

    unit("elsewhere", "company", null);
    expect(admin.patch("/api/v1/units/south-east", "{\"parent\": \"elsewhere\"}"), 200);
    JsonNode moved = results("holding-sales", "2021");
    assertThat(value(moved, "total")).isEqualTo(1.0);
    expect(admin.patch("/api/v1/units/south-east", "{\"parent\": \"holding\"}"), 200);
    assertThat(value(results("holding-sales", "2021"), "total")).isEqualTo(3.0);
  }

  @Test
  void a_viewer_of_the_company_sees_the_rolled_up_value() {
    Http viewer = server.user("holding-viewer-" + engine().name().toLowerCase(), "holding", "viewer");
    JsonNode r = expect(viewer.get("/api/v1/scorecards/holding-sales/results?period=2025"), 200).json();
    assertThat(value(r, "total")).isEqualTo(200.0);
    Http other = server.user("north-viewer-" + engine().name().toLowerCase(), "north", "viewer");
    expect(other.get("/api/v1/scorecards/holding-sales/results?period=2025"), 403);
  }

  @Test
  void typed_in_figures_for_a_rolled_up_measure_are_refused() {
    String before = server.snapshot();
    Http.Response r = admin.put("/api/v1/scorecards/holding-sales/values",
        "[{\"period\": \"2025\", \"measure\": \"total_sales\", \"value\": 1}]");
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.body()).contains("total_sales");
    var parts = Http.parts();
    parts.put("scorecard", java.util.Map.entry("scorecard.yaml", COMPANY.replace("measures:\n",
        "data:\n  measures: measures.csv\nmeasures:\n").getBytes(StandardCharsets.UTF_8)));
    parts.put("measures", java.util.Map.entry("measures.csv",
        "period,measure,value\n2025,total_sales,5\n".getBytes(StandardCharsets.UTF_8)));
    Http.Response upload = admin.multipart("PUT", "/api/v1/scorecards/holding-sales", parts);
    assertThat(upload.status()).isEqualTo(422);
    assertThat(upload.body()).contains("measures.csv:2", "child units");
    assertThat(server.snapshot()).isEqualTo(before);
  }

  @Test
  void a_cascade_with_a_mistake_is_refused_with_its_line_and_column() {
    String before = server.snapshot();
    Http.Response r = admin.send("POST", "/api/v1/units/holding/scorecards", "application/yaml",
        COMPANY.replace("id: holding-sales", "id: holding-bad").replace("rollup: sum", "rollup: median")
            .getBytes(StandardCharsets.UTF_8));
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.body()).contains("median", "scorecard.yaml:7");
    assertThat(server.snapshot()).isEqualTo(before);
  }

  // --- helpers

  private void unit(String id, String kind, String parent) {
    String p = parent == null ? "" : ", \"parent\": \"" + parent + "\"";
    expect(admin.post("/api/v1/units", "{\"id\": \"" + id + "\", \"name\": \"" + id + "\", \"kind\": \"" + kind + "\"" + p
        + "}"), 201);
  }

  private void yaml(String unit, String text) {
    expect(admin.send("POST", "/api/v1/units/" + unit + "/scorecards", "application/yaml",
        text.getBytes(StandardCharsets.UTF_8)), 201);
  }

  private void figure(String scorecard, String period, double value) {
    expect(admin.put("/api/v1/scorecards/" + scorecard + "/values", "[{\"period\": \"" + period
        + "\", \"measure\": \"revenue\", \"value\": " + value + "}]"), 200);
  }

  private JsonNode results(String scorecard, String period) {
    return expect(admin.get("/api/v1/scorecards/" + scorecard + "/results?period=" + period + "&lang=en"), 200).json();
  }

  private static JsonNode indicator(JsonNode results, String id) {
    for (JsonNode i : results.get("indicators")) {
      if (i.get("id").asText().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no indicator " + id + " in " + results);
  }

  private static Double value(JsonNode results, String id) {
    JsonNode v = indicator(results, id).get("value");
    return v.isNull() ? null : v.asDouble();
  }
}

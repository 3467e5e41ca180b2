package io.kinerja.server;

import static io.kinerja.server.TestServer.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinerja.data.template.Templates;
import io.kinerja.server.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scorecards made from the catalogue's templates, and units and scorecards renamed, moved and deleted
 * (archived), over real HTTP on one store; every change audited, nothing of the history lost.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HousekeepingScenario {

  TestServer server;
  Http admin;

  abstract Store.Engine engine();

  @BeforeAll
  void start() {
    server = TestServer.start(engine());
    admin = server.admin();
    unit("org", "company", null);
    unit("clinic", "division", "org");
    unit("shop", "division", "org");
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void the_templates_are_listed_with_names_and_descriptions_in_both_languages() {
    JsonNode list = expect(admin.get("/api/v1/templates"), 200).json();
    List<String> ids = new java.util.ArrayList<>();
    list.forEach(t -> ids.add(t.get("id").asText()));
    assertThat(ids).containsExactly("hospital-bsc", "bsc-for-marketing", "sales-marketing",
        "sales-funnel");
    assertThat(list.get(0).get("name").get("en").asText()).isEqualTo("Hospital marketing unit balanced scorecard");
    assertThat(list.get(0).get("name").get("id").asText()).startsWith("Kartu skor berimbang");
    assertThat(list.get(3).get("description").get("id").asText()).contains("Corong penjualan");
  }

  @Test
  void a_scorecard_made_from_each_template_scores_as_the_folder_kinerja_init_writes(@TempDir Path folder) {
    for (Templates.Template t : Templates.all()) {
      Http.Response made = expect(admin.post("/api/v1/units/clinic/scorecards", "{\"template\": \"" + t.id() + "\"}"), 201);
      String id = made.json().get("id").asText();
      Path dir = write(folder.resolve(t.id()), Templates.files(t));
      String period = expect(admin.get("/api/v1/scorecards/" + id), 200).json().get("current").asText();
      Http.Response results = expect(admin.get("/api/v1/scorecards/" + id + "/results?period=" + period), 200);
      assertThat(results.body()).as(t.id()).isEqualTo(Cases.cliJson(dir.resolve("scorecard.yaml"), period, null));
    }
  }

  @Test
  void a_template_takes_the_id_and_name_asked_for_and_the_rest_of_its_file_unchanged() {
    Http.Response made = expect(admin.post("/api/v1/units/shop/scorecards",
        "{\"template\": \"sales-marketing\", \"id\": \"shop-kpis\", \"name\": \"Shop \\\"KPIs\\\": 2025\"}"), 201);
    assertThat(made.json().get("name").asText()).isEqualTo("Shop \"KPIs\": 2025");
    String yaml = expect(admin.get("/api/v1/scorecards/shop-kpis", "application/yaml"), 200).body();
    String original = new String(Templates.files(Templates.byId("sales-marketing").orElseThrow()).get("scorecard.yaml"),
        StandardCharsets.UTF_8);
    assertThat(yaml).isEqualTo(original.replace("id: sales-marketing-kpis", "id: shop-kpis")
        .replace("name: Sales and marketing KPIs", "name: \"Shop \\\"KPIs\\\": 2025\""));
    assertThat(expect(admin.get("/api/v1/scorecards/shop-kpis/values"), 200).json().size()).isPositive();
    assertThat(audit("scorecard.create", "shop-kpis").get("detail").asText()).isEqualTo("template sales-marketing");
  }

  @Test
  void a_unit_is_renamed_and_moved_and_a_move_below_itself_is_refused() {
    unit("ward", "unit", "clinic");
    unit("nurse", "person", "ward");
    JsonNode renamed = expect(admin.patch("/api/v1/units/ward", "{\"name\": \"Ward A\"}"), 200).json();
    assertThat(renamed.get("name").asText()).isEqualTo("Ward A");
    assertThat(renamed.get("parent").asText()).isEqualTo("clinic");
    JsonNode moved = expect(admin.patch("/api/v1/units/ward", "{\"parent\": \"shop\"}"), 200).json();
    assertThat(moved.get("parent").asText()).isEqualTo("shop");
    assertThat(moved.get("name").asText()).isEqualTo("Ward A");
    assertThat(audit("unit.rename", "ward").get("detail").asText()).isEqualTo("ward → Ward A");
    assertThat(audit("unit.move", "ward").get("detail").asText()).isEqualTo("clinic → shop");

    String before = server.snapshot();
    Http.Response cycle = admin.patch("/api/v1/units/ward", "{\"parent\": \"nurse\"}");
    assertThat(cycle.status()).isEqualTo(422);
    assertThat(cycle.json().get("error").get("fields").findValuesAsText("field")).containsExactly("parent");
    assertThat(admin.patch("/api/v1/units/ward", "{\"parent\": \"ward\"}").status()).isEqualTo(422);
    assertThat(server.snapshot()).isEqualTo(before);
  }

  @Test
  void a_renamed_scorecard_is_a_new_version_with_only_its_name_line_changed() {
    expect(admin.multipart("POST", "/api/v1/units/shop/scorecards", Tiny.upload("renamed")), 201);
    String v1 = expect(admin.get("/api/v1/scorecards/renamed", "application/yaml"), 200).body();
    JsonNode row = expect(admin.patch("/api/v1/scorecards/renamed", "{\"name\": \"Tiny, renamed\"}"), 200).json();
    assertThat(row.get("version").asInt()).isEqualTo(2);
    assertThat(row.get("name").asText()).isEqualTo("Tiny, renamed");
    String v2 = expect(admin.get("/api/v1/scorecards/renamed", "application/yaml"), 200).body();
    assertThat(v2).isEqualTo(v1.replace("name: Tiny renamed", "name: \"Tiny, renamed\""));
    expect(admin.get("/api/v1/scorecards/renamed/results?period=2024"), 200);
    assertThat(audit("scorecard.rename", "renamed").get("detail").asText()).isEqualTo("version 2: Tiny renamed → Tiny, renamed");
  }

  @Test
  void a_deleted_scorecard_is_archived_with_its_history_and_its_unit_only_then_deleted() {
    unit("kiosk", "unit", "shop");
    expect(admin.multipart("POST", "/api/v1/units/kiosk/scorecards", Tiny.upload("kiosk-kpis")), 201);
    expect(admin.put("/api/v1/scorecards/kiosk-kpis/values", "[{\"period\": \"2024\", \"measure\": \"won\", \"value\": 44}]"),
        200);
    Http.Response refused = admin.delete("/api/v1/units/kiosk");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body()).contains("kiosk-kpis");

    String before = server.snapshot();
    assertThat(admin.delete("/api/v1/scorecards/kiosk-kpis").status()).isEqualTo(204);
    assertThat(expect(admin.get("/api/v1/scorecards"), 200).json().findValuesAsText("id")).doesNotContain("kiosk-kpis");
    assertThat(admin.get("/api/v1/scorecards/kiosk-kpis").status()).isEqualTo(404);
    assertThat(admin.get("/api/v1/scorecards/kiosk-kpis/results?period=2024").status()).isEqualTo(404);
    assertThat(admin.send("POST", "/api/v1/units/shop/scorecards", "application/yaml",
        Tiny.yaml("kiosk-kpis").replace("data:\n  measures: measures.csv\n", "").getBytes(StandardCharsets.UTF_8))
        .status()).isEqualTo(409);
    // Only the archive mark and the audit entry are new: versions, figures and their history are all kept.
    String after = server.snapshot();
    assertThat(lines(after, "value_history")).isEqualTo(lines(before, "value_history"));
    assertThat(lines(after, "measure_values")).isEqualTo(lines(before, "measure_values"));
    assertThat(lines(after, "scorecard_versions")).isEqualTo(lines(before, "scorecard_versions"));
    assertThat(audit("scorecard.archive", "kiosk-kpis").get("unit").asText()).isEqualTo("kiosk");

    assertThat(admin.delete("/api/v1/units/kiosk").status()).isEqualTo(204);
    assertThat(expect(admin.get("/api/v1/units"), 200).json().findValuesAsText("id")).doesNotContain("kiosk");
    assertThat(admin.get("/api/v1/units/kiosk").status()).isEqualTo(404);
    assertThat(admin.post("/api/v1/units", "{\"id\": \"kiosk\", \"name\": \"Again\", \"kind\": \"unit\", \"parent\": \"shop\"}")
        .status()).isEqualTo(409);
    assertThat(audit("unit.archive", "kiosk")).isNotNull();
  }

  @Test
  void a_unit_with_units_below_it_is_not_deleted() {
    unit("depot", "unit", "org");
    unit("driver", "person", "depot");
    String before = server.snapshot();
    Http.Response r = admin.delete("/api/v1/units/depot");
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.body()).contains("driver");
    assertThat(server.snapshot()).isEqualTo(before);
  }

  // --- helpers

  private void unit(String id, String kind, String parent) {
    String p = parent == null ? "" : ", \"parent\": \"" + parent + "\"";
    expect(admin.post("/api/v1/units", "{\"id\": \"" + id + "\", \"name\": \"" + id + "\", \"kind\": \"" + kind + "\"" + p
        + "}"), 201);
  }

  private JsonNode audit(String action, String target) {
    for (JsonNode e : expect(admin.get("/api/v1/audit?limit=1000"), 200).json()) {
      if (e.get("action").asText().equals(action) && e.get("target").asText().equals(target)) {
        return e;
      }
    }
    throw new AssertionError("no " + action + " of " + target + " in the audit log");
  }

  /** The rows of one table in a snapshot. */
  private static List<String> lines(String snapshot, String table) {
    List<String> all = List.of(snapshot.split("\n"));
    int from = all.indexOf(table);
    int to = from + 1;
    while (to < all.size() && all.get(to).contains("|")) {
      to++;
    }
    return all.subList(from + 1, to);
  }

  private static Path write(Path dir, Map<String, byte[]> files) {
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Files.write(dir.resolve(f.getKey()), f.getValue());
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

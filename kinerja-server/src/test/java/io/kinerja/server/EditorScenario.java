package io.kinerja.server;

import static io.kinerja.server.TestServer.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinerja.server.store.Store;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The editor's API over real HTTP on one store: a draft checked as it would be saved (each problem at its
 * line and column, nothing written), the causes of objectives in the scorecard's JSON, and versions with
 * the line diff between them. Run on the embedded store and on PostgreSQL by its subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EditorScenario {

  static final String RSI = "rsi-unisma-pemasaran";

  TestServer server;
  Http admin;

  abstract Store.Engine engine();

  @BeforeAll
  void start() {
    server = TestServer.start(engine());
    admin = server.admin();
    expect(admin.post("/api/v1/units", "{\"id\": \"marketing\", \"name\": \"Marketing\", \"kind\": \"division\"}"), 201);
    expect(admin.multipart("POST", "/api/v1/units/marketing/scorecards", Cases.rsiUpload()), 201);
    expect(admin.multipart("POST", "/api/v1/units/marketing/scorecards", Strategic.upload("strategy")), 201);
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private static String rsiYaml() {
    return new String(Cases.bytes(Cases.rsiUnisma2014().resolve("scorecard.yaml")), StandardCharsets.UTF_8);
  }

  private Http.Response check(Http as, String id, String yaml) {
    return as.send("POST", "/api/v1/scorecards/" + id + "/check", "application/yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void the_current_file_checks_clean() {
    JsonNode r = expect(check(admin, RSI, rsiYaml()), 200).json();
    assertThat(r.get("ok").asBoolean()).isTrue();
    assertThat(r.get("problems")).isEmpty();
    JsonNode outline = r.get("outline");
    assertThat(outline.findValuesAsText("level")).containsOnly("perspective", "indicator").hasSize(4 + 14);
    assertThat(outline.get(1).get("id").asText()).isEqualTo("rasio_ekonomi");
    assertThat(outline.get(1).get("formula").asText()).isEqualTo("pengeluaran_pemasaran / anggaran_pemasaran * 100");
    assertThat(outline.get(1).get("line").asInt()).isEqualTo(26);
    assertThat(outline.get(1).get("column").asInt()).isEqualTo(18);
  }

  @Test
  void a_misspelt_measure_in_a_formula_is_found_at_its_line_and_column_and_nothing_is_written() {
    String before = server.snapshot();
    String draft = rsiYaml().replace("pengeluaran_pemasaran / anggaran_pemasaran", "pengeluaran_pemasaran / anggaran_pemasarn");
    JsonNode r = expect(check(admin, RSI, draft), 200).json();
    assertThat(r.get("ok").asBoolean()).isFalse();
    assertThat(r.get("problems")).singleElement().satisfies(p -> {
      assertThat(p.get("level").asText()).isEqualTo("error");
      assertThat(p.get("line").asInt()).isEqualTo(26);
      // "        formula: pengeluaran_pemasaran / " is 41 characters: the bad name starts at column 42
      assertThat(p.get("column").asInt()).isEqualTo(42);
      assertThat(p.get("message").asText()).contains("anggaran_pemasarn");
    });
    assertThat(server.snapshot()).isEqualTo(before);
  }

  @Test
  void a_formula_that_does_not_parse_is_placed_at_the_offending_character() {
    String draft = rsiYaml().replace("pengeluaran_pemasaran / anggaran_pemasaran * 100", "pengeluaran_pemasaran / * 100");
    JsonNode p = expect(check(admin, RSI, draft), 200).json().get("problems").get(0);
    assertThat(p.get("line").asInt()).isEqualTo(26);
    assertThat(p.get("column").asInt()).isEqualTo(42);
  }

  @Test
  void problems_come_in_the_language_asked_for() {
    String draft = rsiYaml().replace("target: \"< 100\"", "target: \"<< 100\"");
    Http.Response r = admin.send("POST", "/api/v1/scorecards/" + RSI + "/check?lang=id", "application/yaml",
        draft.getBytes(StandardCharsets.UTF_8));
    JsonNode p = expect(r, 200).json().get("problems").get(0);
    assertThat(p.get("line").asInt()).isEqualTo(28);
    assertThat(p.get("text").asText()).startsWith("scorecard.yaml:28:").contains("galat");
  }

  @Test
  void a_cycle_of_causes_in_a_draft_is_named_with_its_path() {
    String draft = Strategic.yaml("strategy").replace("        name: Grow revenue\n",
        "        name: Grow revenue\n        causes: [skilled_sales]\n");
    JsonNode problems = expect(check(admin, "strategy", draft), 200).json().get("problems");
    // Two circles close here: through win_customers, and straight back.
    List<String> messages = new ArrayList<>();
    problems.forEach(p -> messages.add(p.get("line").asInt() + ": " + p.get("message").asText()));
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("grow_revenue -> skilled_sales -> grow_revenue"))
        .anySatisfy(m -> assertThat(m).contains("grow_revenue -> skilled_sales -> win_customers -> grow_revenue"))
        .allSatisfy(m -> assertThat(m).doesNotStartWith("0:"));
  }

  @Test
  void the_scorecards_json_lists_each_objective_with_the_objectives_it_drives() {
    JsonNode json = expect(admin.get("/api/v1/scorecards/strategy"), 200).json();
    JsonNode learning = json.get("perspectives").get(2).get("objectives").get(0);
    assertThat(learning.get("id").asText()).isEqualTo("skilled_sales");
    assertThat(learning.get("causes").toString()).isEqualTo("[\"win_customers\",\"grow_revenue\"]");
    assertThat(learning.get("indicators").toString()).isEqualTo("[\"trained\"]");
    assertThat(json.get("perspectives").get(0).get("objectives").get(0).get("causes")).isEmpty();
  }

  @Test
  void a_new_version_is_listed_with_who_made_it_and_the_diff_names_the_changed_line() {
    expect(admin.multipart("POST", "/api/v1/units/marketing/scorecards", Strategic.upload("versioned")), 201);
    String changed = Strategic.yaml("versioned").replace("target: \">= 80\"", "target: \">= 75\"");
    expect(admin.send("PUT", "/api/v1/scorecards/versioned", "application/yaml", changed.getBytes(StandardCharsets.UTF_8)),
        200);
    JsonNode versions = expect(admin.get("/api/v1/scorecards/versioned/versions"), 200).json();
    assertThat(versions).hasSize(2);
    assertThat(versions.get(1).get("created_by").asText()).isEqualTo("admin");
    JsonNode diff = expect(admin.get("/api/v1/scorecards/versioned/diff"), 200).json();
    assertThat(diff.get("from").asInt()).isEqualTo(1);
    assertThat(diff.get("to").asInt()).isEqualTo(2);
    assertThat(diff.get("added").asInt()).isEqualTo(1);
    assertThat(diff.get("removed").asInt()).isEqualTo(1);
    List<String> changes = new ArrayList<>();
    diff.get("lines").forEach(l -> {
      if (!l.get("kind").asText().equals("same")) {
        changes.add(l.get("kind").asText() + " " + l.path("old").asInt() + "/" + l.path("new").asInt() + " " + l.get("text").asText().strip());
      }
    });
    assertThat(changes).containsExactly(
        "removed 32/0 - { id: trained, name: Trained staff, formula: staff_trained / staff * 100, unit: \"%\", target: \">= 80\" }",
        "added 0/32 - { id: trained, name: Trained staff, formula: staff_trained / staff * 100, unit: \"%\", target: \">= 75\" }");
    JsonNode same = expect(admin.get("/api/v1/scorecards/versioned/diff?from=2&to=2"), 200).json();
    assertThat(same.get("added").asInt() + same.get("removed").asInt()).isZero();
    assertThat(same.get("lines").size()).isEqualTo(changed.split("\n", -1).length);
  }

  @Test
  void a_diff_with_a_version_that_does_not_exist_is_a_404_and_a_word_is_a_422() {
    expect(admin.get("/api/v1/scorecards/" + RSI + "/diff?from=1&to=7"), 404);
    Http.Response word = expect(admin.get("/api/v1/scorecards/" + RSI + "/diff?from=first"), 422);
    assertThat(word.json().get("error").get("fields").get(0).get("field").asText()).isEqualTo("from");
  }

  @Test
  void viewers_and_contributors_may_not_check_a_draft_but_viewers_may_read_the_diff() {
    Http viewer = server.user("editor-viewer", "marketing", "viewer");
    Http contributor = server.user("editor-contributor", "marketing", "contributor");
    Http editor = server.user("editor-editor", "marketing", "editor");
    expect(check(viewer, RSI, rsiYaml()), 403);
    expect(check(contributor, RSI, rsiYaml()), 403);
    expect(check(editor, RSI, rsiYaml()), 200);
    expect(check(viewer, "no-such-card", rsiYaml()), 403);
    expect(viewer.get("/api/v1/scorecards/" + RSI + "/diff?from=1&to=1"), 200);
  }
}

package io.kinerja.server;

import static io.kinerja.server.TestServer.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinerja.core.weighting.Ahp;
import io.kinerja.core.weighting.AhpResult;
import io.kinerja.core.weighting.GroupJudgement;
import io.kinerja.core.weighting.PairwiseMatrix;
import io.kinerja.server.store.Store;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * AHP and questionnaires over real HTTP on one store: the weights and CR the server computes are the core's,
 * each person's comparisons are their own and the group is their geometric mean, applying it makes a new
 * version whose results use it; a questionnaire link answers exactly once, reads nothing else, and its
 * answers flow into the survey measure; bad input is refused naming the field, with nothing written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AhpAndQuestionnaireScenario {

  static final double[][] TEXTBOOK = {{1, 3, 5}, {1.0 / 3, 1, 3}, {1.0 / 5, 1.0 / 3, 1}};

  TestServer server;
  Http admin;
  Http editor;
  Http viewer;

  abstract Store.Engine engine();

  static String yaml(String id) {
    return """
        kinerja: 1
        id: %s
        name: Weighed %s
        language: en
        period: { grain: year, current: "2024" }
        scoring: { method: achievement, cap: 1.2, bands: likert-5 }
        data:
          measures: measures.csv
          surveys: survey.csv
        perspectives:
          - id: finance
            name: Finance
            indicators:
              - { id: margin, name: Margin, formula: profit / revenue * 100, unit: "%%", target: ">= 20" }
              - { id: growth, name: Growth, formula: revenue / 10, unit: "%%", target: ">= 10" }
          - id: customer
            name: Customer
            indicators:
              - { id: win_rate, name: Win rate, formula: won / leads * 100, unit: "%%", target: ">= 40" }
          - id: people
            name: People
            indicators:
              - { id: satisfaction, name: Staff satisfaction, formula: likert_index(kepuasan), unit: "%%", target: ">= 80" }
        """.formatted(id, id);
  }

  static Map<String, Map.Entry<String, byte[]>> upload(String id) {
    var parts = Http.parts();
    parts.put("scorecard", Map.entry("scorecard.yaml", utf8(yaml(id))));
    parts.put("measures.csv", Map.entry("measures.csv", utf8("period,measure,value\n2024,profit,10\n2024,revenue,100\n"
        + "2024,won,30\n2024,leads,100\n")));
    parts.put("survey.csv", Map.entry("survey.csv", utf8("period,survey,respondents,questions,scale_min,scale_max,total_score\n"
        + "2024,kepuasan,2,3,1,5,24\n")));
    return parts;
  }

  @BeforeAll
  void start() {
    server = TestServer.start(engine());
    admin = server.admin();
    expect(admin.post("/api/v1/units", "{\"id\": \"acme\", \"name\": \"Acme\", \"kind\": \"company\"}"), 201);
    for (String id : List.of("weighed", "surveyed", "refusing")) {
      expect(admin.multipart("POST", "/api/v1/units/acme/scorecards", upload(id)), 201);
    }
    editor = server.user("edith", "acme", "editor");
    viewer = server.user("victor", "acme", "viewer");
  }

  @AfterAll
  void stop() {
    server.close();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static String matrix(double[][] m) {
    List<String> rows = new ArrayList<>();
    for (double[] row : m) {
      List<String> cells = new ArrayList<>();
      for (double x : row) {
        cells.add(Double.toString(x));
      }
      rows.add("[" + String.join(", ", cells) + "]");
    }
    return "[" + String.join(", ", rows) + "]";
  }

  // --- AHP

  @Test
  void the_server_gives_the_cores_weights_and_cr_for_the_textbook_matrix() {
    JsonNode r = expect(viewer.post("/api/v1/ahp", "{\"elements\": [\"a\", \"b\", \"c\"], \"matrix\": " + matrix(TEXTBOOK)
        + "}"), 200).json();
    AhpResult core = Ahp.standard().priorities(PairwiseMatrix.of(List.of("a", "b", "c"), TEXTBOOK));
    for (String e : List.of("a", "b", "c")) {
      assertThat(r.get("weights").get(e).asDouble()).isEqualTo(core.weight(e));
    }
    assertThat(r.get("lambda_max").asDouble()).isEqualTo(core.lambdaMax());
    assertThat(r.get("ci").asDouble()).isEqualTo(core.ci());
    assertThat(r.get("cr").asDouble()).isEqualTo(core.cr());
    // Saaty's published figures for this matrix, independently of the core.
    assertThat(r.get("weights").get("a").asDouble()).isCloseTo(0.637, within(0.0005));
    assertThat(r.get("weights").get("c").asDouble()).isCloseTo(0.105, within(0.0005));
    assertThat(r.get("lambda_max").asDouble()).isCloseTo(3.039, within(0.0005));
    assertThat(r.get("cr").asDouble()).isCloseTo(0.033, within(0.0005));
    assertThat(r.get("consistent").asBoolean()).isTrue();
    assertThat(r.get("method").asText()).isEqualTo("eigenvector");
  }

  @Test
  void the_most_inconsistent_judgement_is_the_one_furthest_from_the_weights() {
    // The textbook matrix with one judgement turned round: b is now judged far above c.
    double[][] m = {{1, 3, 5}, {1.0 / 3, 1, 1.0 / 7}, {1.0 / 5, 7, 1}};
    JsonNode bad = expect(viewer.post("/api/v1/ahp", "{\"elements\": [\"a\", \"b\", \"c\"], \"matrix\": " + matrix(m) + "}"),
        200).json();
    assertThat(bad.get("consistent").asBoolean()).isFalse();
    assertThat(bad.get("cr").asDouble()).isGreaterThan(0.10);
    double[] w = {bad.get("weights").get("a").asDouble(), bad.get("weights").get("b").asDouble(),
        bad.get("weights").get("c").asDouble()};
    double largest = 0;
    int[] furthest = null;
    for (int i = 0; i < 3; i++) {
      for (int j = i + 1; j < 3; j++) {
        double factor = m[i][j] / (w[i] / w[j]);
        factor = Math.max(factor, 1 / factor);
        if (factor > largest) {
          largest = factor;
          furthest = new int[] {i, j};
        }
      }
    }
    JsonNode worst = bad.get("most_inconsistent");
    assertThat(new int[] {worst.get("row").asInt(), worst.get("column").asInt()}).isEqualTo(furthest);
    assertThat(worst.get("implied").asDouble()).isCloseTo(w[furthest[0]] / w[furthest[1]], within(1e-12));
    assertThat(worst.get("judged").asDouble()).isEqualTo(m[furthest[0]][furthest[1]]);
    JsonNode consistent = expect(viewer.post("/api/v1/ahp", "{\"elements\": [\"a\", \"b\"], \"matrix\": [[1, 2], [0.5, 1]]}"),
        200).json();
    assertThat(consistent.get("most_inconsistent").isNull()).isTrue();
  }

  @Test
  void each_person_saves_their_own_comparisons_and_the_group_is_their_geometric_mean() {
    double[][] edith = TEXTBOOK;
    double[][] victor = {{1, 1.0 / 2, 2}, {2, 1, 4}, {1.0 / 2, 1.0 / 4, 1}};
    String path = "/api/v1/scorecards/surveyed/ahp";
    expect(editor.put(path, "{\"matrix\": " + matrix(edith) + "}"), 200);
    expect(viewer.put(path, "{\"matrix\": " + matrix(victor) + "}"), 200);
    JsonNode seenByVictor = expect(viewer.get(path), 200).json();
    assertThat(seenByVictor.get("elements").toString()).isEqualTo("[\"finance\",\"customer\",\"people\"]");
    assertThat(seenByVictor.get("mine").get(0).get(1).asDouble()).isEqualTo(0.5);
    assertThat(expect(editor.get(path), 200).json().get("mine").get(0).get(1).asDouble()).isEqualTo(3.0);
    assertThat(seenByVictor.get("respondents").findValuesAsText("username")).containsExactly("edith", "victor");
    List<String> elements = List.of("finance", "customer", "people");
    GroupJudgement core = Ahp.standard().group(List.of(
        new io.kinerja.core.weighting.Respondent("edith", PairwiseMatrix.of(elements, edith)),
        new io.kinerja.core.weighting.Respondent("victor", PairwiseMatrix.of(elements, victor))), false);
    JsonNode group = seenByVictor.get("group");
    for (String e : elements) {
      assertThat(group.get("weights").get(e).asDouble()).isEqualTo(core.result().weight(e));
    }
    assertThat(group.get("cr").asDouble()).isEqualTo(core.result().cr());
    assertThat(group.get("matrix").get(0).get(1).asDouble()).isCloseTo(Math.sqrt(3 * 0.5), within(1e-12));
    // Saving again replaces the person's own matrix, and only theirs.
    expect(viewer.put(path, "{\"matrix\": " + matrix(edith) + "}"), 200);
    JsonNode after = expect(editor.get(path), 200).json();
    assertThat(after.get("respondents").size()).isEqualTo(2);
    assertThat(after.get("group").get("weights").get("finance").asDouble())
        .isCloseTo(Ahp.standard().priorities(PairwiseMatrix.of(elements, edith)).weight("finance"), within(1e-9));
  }

  @Test
  void applying_the_group_makes_a_new_version_whose_results_use_its_weights() {
    String path = "/api/v1/scorecards/weighed/ahp";
    expect(editor.put(path, "{\"matrix\": " + matrix(TEXTBOOK) + "}"), 200);
    double[][] twoByTwo = {{1, 4}, {1.0 / 4, 1}};
    expect(editor.put(path + "?perspective=finance", "{\"matrix\": " + matrix(twoByTwo) + "}"), 200);
    assertThat(viewer.post(path + "/apply", "").status()).isEqualTo(403);
    JsonNode before = expect(admin.get("/api/v1/scorecards/weighed/results?period=2024"), 200).json();
    JsonNode applied = expect(editor.post(path + "/apply", ""), 200).json();
    assertThat(applied.get("version").asInt()).isEqualTo(2);
    expect(editor.post(path + "/apply?perspective=finance", ""), 200);
    JsonNode results = expect(admin.get("/api/v1/scorecards/weighed/results?period=2024"), 200).json();
    AhpResult core = Ahp.standard().priorities(PairwiseMatrix.of(List.of("finance", "customer", "people"), TEXTBOOK));
    double weighted = 0;
    double total = 0;
    for (JsonNode p : results.get("perspectives")) {
      double w = core.weight(p.get("id").asText());
      weighted += w * p.get("final").asDouble();
      total += w;
    }
    assertThat(results.get("overall").get("final").asDouble()).isCloseTo(weighted / total, within(0.0001));
    assertThat(results.get("overall").get("final").asDouble()).isNotCloseTo(before.get("overall").get("final").asDouble(),
        within(0.01));
    // Finance: margin 50 and growth 100 weighed 4 : 1.
    JsonNode finance = results.get("perspectives").get(0);
    assertThat(finance.get("final").asDouble()).isCloseTo(0.8 * 50 + 0.2 * 100, within(0.0001));
    String yaml = expect(admin.get("/api/v1/scorecards/weighed", "application/yaml"), 200).body();
    assertThat(yaml).contains("weights: { ahp: ahp-perspectives.csv }", "    weights: { ahp: ahp-finance.csv }");
    JsonNode versions = expect(admin.get("/api/v1/scorecards/weighed/versions"), 200).json();
    assertThat(versions.size()).isEqualTo(3);
    assertThat(expect(admin.get("/api/v1/audit?limit=50"), 200).json().findValuesAsText("action"))
        .contains("ahp.apply", "ahp.save", "scorecard.version");
  }

  @Test
  void bad_matrices_are_refused_naming_the_cell_and_nothing_is_written() {
    String path = "/api/v1/scorecards/refusing/ahp";
    refused(() -> editor.put(path, "{\"matrix\": [[1, 10, 1], [0.1, 1, 1], [1, 1, 1]]}"), 422, "matrix[0][1]", "matrix[1][0]");
    refused(() -> editor.put(path, "{\"matrix\": [[1, 3, 1], [3, 1, 1], [1, 1, 1]]}"), 422, "matrix[0][1]");
    refused(() -> editor.put(path, "{\"matrix\": [[1, \"x\", 1], [1, 1, 1], [1, 1, 1]], \"weights\": 1}"), 422,
        "matrix[0][1]", "weights");
    refused(() -> editor.put(path, "{\"matrix\": [[1, 1], [1, 1]]}"), 422, "matrix");
    refused(() -> editor.put(path, "{\"matrix\": [[1, 1, 1], [1, 1], [1, 1, 1]]}"), 422, "matrix[1]");
    refused(() -> editor.put(path + "?perspective=nowhere", "{\"matrix\": [[1]]}"), 422, "perspective");
    refused(() -> editor.post(path + "/apply", ""), 422, "perspective");
  }

  // --- questionnaires

  private JsonNode create(Http who, String scorecard, String body) {
    return expect(who.post("/api/v1/scorecards/" + scorecard + "/questionnaires", body), 201).json();
  }

  private List<String> tokens(String questionnaire, int n) {
    JsonNode links = expect(editor.post("/api/v1/questionnaires/" + questionnaire + "/links", "{\"count\": " + n + "}"), 201)
        .json().get("links");
    return links.findValuesAsText("token");
  }

  @Test
  void a_link_answers_once_and_the_answers_flow_into_the_survey_measure() {
    JsonNode before = expect(admin.get("/api/v1/scorecards/surveyed/results?period=2024"), 200).json();
    assertThat(before.get("survey_kepuasan").get("respondents").asInt()).isEqualTo(2);
    JsonNode q = create(editor, "surveyed", "{\"survey\": \"kepuasan\", \"period\": \"2024\", \"title\": \"Staff survey\"}");
    assertThat(q.get("questions").size()).isEqualTo(3); // as many as the survey file's rows have
    assertThat(q.get("scale_min").asInt()).isEqualTo(1);
    assertThat(q.get("scale_max").asInt()).isEqualTo(5);
    String id = q.get("id").asText();
    List<String> tokens = tokens(id, 3);
    assertThat(tokens).hasSize(3).doesNotHaveDuplicates().allSatisfy(t -> assertThat(t).hasSizeGreaterThanOrEqualTo(32));
    Http anyone = server.anonymous();
    JsonNode shown = expect(anyone.get("/api/v1/respond/" + tokens.get(0)), 200).json();
    assertThat(shown.get("title").asText()).isEqualTo("Staff survey");
    expect(anyone.post("/api/v1/respond/" + tokens.get(0), "{\"answers\": [5, 5, 5]}"), 201);
    expect(anyone.post("/api/v1/respond/" + tokens.get(1), "{\"answers\": [4, 4, 3]}"), 201);
    Http.Response again = anyone.post("/api/v1/respond/" + tokens.get(0), "{\"answers\": [1, 1, 1]}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("error").get("message").asText()).contains("already");
    assertThat(anyone.get("/api/v1/respond/" + tokens.get(0)).status()).isEqualTo(409);

    JsonNode tally = expect(viewer.get("/api/v1/questionnaires/" + id), 200).json();
    assertThat(tally.get("responses").asInt()).isEqualTo(2);
    assertThat(tally.get("items").get(2).get("total").asDouble()).isEqualTo(8);
    assertThat(tally.get("items").get(2).get("counts").get("3").asInt()).isEqualTo(1);
    assertThat(tally.get("items").get(2).get("counts").get("5").asInt()).isEqualTo(1);
    assertThat(tally.get("likert").get("total").asDouble()).isEqualTo(26);
    assertThat(tally.get("likert").get("mean").asDouble()).isCloseTo(26.0 / 6, within(1e-12));
    assertThat(tally.get("likert").get("index").asDouble()).isCloseTo(26.0 / 30 * 100, within(1e-12));
    assertThat(tally.get("links").get("answered").asInt()).isEqualTo(2);

    JsonNode after = expect(admin.get("/api/v1/scorecards/surveyed/results?period=2024"), 200).json();
    JsonNode survey = after.get("survey_kepuasan");
    assertThat(survey.get("respondents").asInt()).isEqualTo(4);
    assertThat(survey.get("total").asDouble()).isEqualTo(24 + 26);
    JsonNode satisfaction = null;
    for (JsonNode i : after.get("indicators")) {
      if (i.get("id").asText().equals("satisfaction")) {
        satisfaction = i;
      }
    }
    assertThat(satisfaction.get("value").asDouble()).isCloseTo(50.0 / 60 * 100, within(0.01));
    assertThat(expect(admin.get("/api/v1/audit?limit=50"), 200).json().findValuesAsText("action"))
        .contains("questionnaire.create", "questionnaire.links", "questionnaire.answer");
  }

  @Test
  void a_token_reads_its_questions_and_nothing_else() {
    JsonNode q = create(editor, "surveyed", "{\"survey\": \"kepuasan\", \"period\": \"2024\", \"questions\": [\"I like it\", \"I stay\", \"I grow\"]}");
    String id = q.get("id").asText();
    String token = tokens(id, 1).get(0);
    Http anyone = server.anonymous();
    JsonNode shown = expect(anyone.get("/api/v1/respond/" + token), 200).json();
    assertThat(shown.get("questions").toString()).isEqualTo("[\"I like it\",\"I stay\",\"I grow\"]");
    assertThat(shown.has("responses") || shown.has("likert") || shown.has("id") || shown.has("scorecard")).isFalse();
    Http bearer = anyone.as(token);
    for (String path : List.of("/api/v1/questionnaires/" + id, "/api/v1/scorecards/surveyed/questionnaires",
        "/api/v1/scorecards/surveyed/results?period=2024", "/api/v1/scorecards/surveyed")) {
      assertThat(anyone.get(path).status()).as(path).isEqualTo(401);
      assertThat(bearer.get(path).status()).as(path).isEqualTo(401);
    }
    assertThat(anyone.get("/api/v1/respond/" + token + "x").status()).isEqualTo(404);
    assertThat(anyone.get("/api/v1/respond/" + id).status()).isEqualTo(404);
  }

  @Test
  void a_closed_questionnaire_and_a_withdrawn_link_take_no_answers() {
    String id = create(editor, "surveyed", "{\"survey\": \"kepuasan\", \"period\": \"2024\"}").get("id").asText();
    List<String> tokens = tokens(id, 2);
    JsonNode links = expect(editor.get("/api/v1/questionnaires/" + id), 200).json().get("links");
    assertThat(links.get("issued").asInt()).isEqualTo(2);
    String linkId = expect(editor.post("/api/v1/questionnaires/" + id + "/links", "{\"count\": 1}"), 201).json()
        .get("links").get(0).get("id").asText();
    assertThat(viewer.delete("/api/v1/questionnaires/" + id + "/links/" + linkId).status()).isEqualTo(403);
    expect(editor.delete("/api/v1/questionnaires/" + id + "/links/" + linkId), 204);
    assertThat(expect(editor.get("/api/v1/questionnaires/" + id), 200).json().get("links").get("revoked").asInt()).isEqualTo(1);
    String before = snapshot();
    assertThat(viewer.post("/api/v1/questionnaires/" + id + "/close", "").status()).isEqualTo(403);
    expect(editor.post("/api/v1/questionnaires/" + id + "/close", ""), 200);
    Http.Response closed = server.anonymous().post("/api/v1/respond/" + tokens.get(0), "{\"answers\": [3, 3, 3]}");
    assertThat(closed.status()).isEqualTo(409);
    assertThat(closed.json().get("error").get("message").asText()).contains("closed");
    assertThat(expect(editor.get("/api/v1/questionnaires/" + id), 200).json().get("responses").asInt()).isZero();
    assertThat(editor.post("/api/v1/questionnaires/" + id + "/links", "{\"count\": 1}").status()).isEqualTo(409);
    assertThat(snapshot()).isNotEqualTo(before); // the close itself was written, and audited
  }

  @Test
  void a_withdrawn_link_is_not_available() {
    String id = create(editor, "surveyed", "{\"survey\": \"kepuasan\", \"period\": \"2024\"}").get("id").asText();
    JsonNode link = expect(editor.post("/api/v1/questionnaires/" + id + "/links", "{\"count\": 1}"), 201).json()
        .get("links").get(0);
    expect(editor.delete("/api/v1/questionnaires/" + id + "/links/" + link.get("id").asText()), 204);
    assertThat(server.anonymous().post("/api/v1/respond/" + link.get("token").asText(), "{\"answers\": [3, 3, 3]}").status())
        .isEqualTo(404);
  }

  @Test
  void bad_answers_are_refused_naming_the_field_and_nothing_is_written() {
    String id = create(editor, "refusing", "{\"survey\": \"kepuasan\", \"period\": \"2024\"}").get("id").asText();
    String token = tokens(id, 1).get(0);
    Http anyone = server.anonymous();
    String respond = "/api/v1/respond/" + token;
    refused(() -> anyone.post(respond, "{\"answers\": [0, 6, 3]}"), 422, "answers[0]", "answers[1]");
    refused(() -> anyone.post(respond, "{\"answers\": [3]}"), 422, "answers[1]", "answers[2]");
    refused(() -> anyone.post(respond, "{\"answers\": [3, null, 2.5]}"), 422, "answers[2]");
    refused(() -> anyone.post(respond, "{\"answers\": [3, 3, 3], \"name\": \"me\"}"), 422, "name");
    refused(() -> anyone.post(respond, "{\"answers\": [3, 3, 3, 3]}"), 422, "answers");
    refused(() -> anyone.post(respond, "{}"), 422, "answers");
    refused(() -> anyone.post(respond, "[3, 3, 3]"), 422, "body", "answers");
    refused(() -> editor.post("/api/v1/scorecards/refusing/questionnaires", "{\"survey\": \"kepuasan\", \"period\": \"2024\","
        + " \"scale_min\": 0, \"scale_max\": 10}"), 422, "scale_min");
    refused(() -> editor.post("/api/v1/scorecards/refusing/questionnaires", "{\"survey\": \"new one\", \"period\": \"24x\","
        + " \"questions\": [\"\"], \"colour\": 1}"), 422, "colour");
    refused(() -> editor.post("/api/v1/scorecards/refusing/questionnaires", "{\"survey\": \"new one\", \"period\": \"24x\","
        + " \"questions\": [\"\"]}"), 422, "survey", "period", "questions[0]", "scale_min", "scale_max");
    refused(() -> editor.post("/api/v1/questionnaires/" + id + "/links", "{\"count\": 0}"), 422, "count");
    refused(() -> editor.post("/api/v1/questionnaires/" + id + "/links", "{\"count\": 1.5}"), 422, "count");
    // And the right answer still goes in afterwards: the refusals used nothing up.
    expect(anyone.post(respond, "{\"answers\": [3, 3, 3]}"), 201);
  }

  @Test
  void the_respondents_form_reports_a_missing_answer_writes_nothing_and_then_thanks_once() {
    String id = create(editor, "refusing", "{\"survey\": \"kepuasan\", \"period\": \"2024\", \"title\": \"Form\"}")
        .get("id").asText();
    String token = tokens(id, 1).get(0);
    Http anyone = server.anonymous();
    String before = snapshot();
    Http.Response missing = anyone.send("POST", "/q/" + token + "?lang=en", "application/x-www-form-urlencoded",
        utf8("a1=4&a2=9"));
    assertThat(missing.status()).isEqualTo(422);
    assertThat(missing.body()).contains("question 3", "outside the scale 1 to 5", "value=\"4\" required checked");
    assertThat(snapshot()).isEqualTo(before);
    Http.Response thanks = anyone.send("POST", "/q/" + token + "?lang=id", "application/x-www-form-urlencoded",
        utf8("a1=4&a2=5&a3=3"));
    assertThat(thanks.status()).isEqualTo(200);
    assertThat(thanks.body()).contains("Terima kasih");
    Http.Response again = anyone.send("POST", "/q/" + token + "?lang=en", "application/x-www-form-urlencoded",
        utf8("a1=1&a2=1&a3=1"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).contains("already been used");
    assertThat(expect(editor.get("/api/v1/questionnaires/" + id), 200).json().get("likert").get("total").asDouble())
        .isEqualTo(12);
  }

  /** Sends a bad request, and checks the status, the fields named and the untouched database (all tables). */
  private void refused(Supplier<Http.Response> request, int status, String... fields) {
    String before = snapshot();
    Http.Response r = request.get();
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    JsonNode error = r.json().get("error");
    assertThat(error.get("message").asText()).isNotBlank().doesNotContain("Exception");
    assertThat(error.get("fields").findValuesAsText("field")).as(r.body()).containsExactlyInAnyOrder(fields);
    assertThat(snapshot()).isEqualTo(before);
  }

  private static final String[] MINE = {"ahp_judgements", "questionnaires", "questionnaire_links", "questionnaire_responses"};

  /** The shared snapshot and every row of this feature's tables. */
  String snapshot() {
    String url = server.db != null ? server.db : "jdbc:sqlite:" + server.data.resolve("kinerja.db");
    StringBuilder out = new StringBuilder(server.snapshot());
    try (Connection c = DriverManager.getConnection(url, server.db != null ? Postgres.user() : null, null);
        Statement s = c.createStatement()) {
      for (String table : MINE) {
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
          int columns = rs.getMetaData().getColumnCount();
          out.append(table).append('\n');
          while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
              out.append(rs.getObject(i)).append('|');
            }
            out.append('\n');
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }
}

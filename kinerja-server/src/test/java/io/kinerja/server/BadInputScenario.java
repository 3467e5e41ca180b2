package io.kinerja.server;

import static io.kinerja.server.TestServer.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinerja.server.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Bad input to the API and to imports: each is refused with a 4xx that names the field, or the row and
 * column, and the database is exactly as it was (every row of every table compared).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BadInputScenario {

  private static final String VALUES = "/api/v1/scorecards/tiny/values";
  private static final String IMPORTS = "/api/v1/scorecards/tiny/imports";

  private TestServer server;
  private Http admin;

  abstract Store.Engine engine();

  @BeforeAll
  void start() {
    server = TestServer.start(engine());
    admin = server.admin();
    expect(admin.post("/api/v1/units", "{\"id\": \"acme\", \"name\": \"Acme\", \"kind\": \"company\"}"), 201);
    expect(admin.multipart("POST", "/api/v1/units/acme/scorecards", Tiny.upload("tiny")), 201);
  }

  @AfterAll
  void stop() {
    server.close();
  }

  /** Sends a bad request, and checks the status, the fields named and the untouched database. */
  private JsonNode refused(Supplier<Http.Response> request, int status, String... fields) {
    String before = server.snapshot();
    Http.Response r = request.get();
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    JsonNode error = r.json().get("error");
    assertThat(error.get("code").asText()).isNotBlank();
    assertThat(error.get("message").asText()).isNotBlank().doesNotContain("Exception", "\tat ");
    assertThat(error.get("fields").findValuesAsText("field")).containsExactlyInAnyOrder(fields);
    assertThat(server.snapshot()).isEqualTo(before);
    return error;
  }

  private Http.Response importFile(String name, byte[] content) {
    var parts = Http.parts();
    parts.put("file", Map.entry(name, content));
    return admin.multipart("POST", IMPORTS, parts);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void malformed_json_is_a_400_that_says_where_it_breaks() {
    JsonNode error = refused(() -> admin.put(VALUES, "[{\"period\": \"2024\",\n \"measure\": }]"), 400);
    assertThat(error.get("message").asText()).contains("line 2");
  }

  @Test
  void wrong_types_are_each_named_with_their_element() {
    refused(() -> admin.put(VALUES, "[{\"period\": 2024, \"measure\": \"won\", \"value\": 1},"
        + " {\"period\": \"2024\", \"measure\": \"won\", \"value\": \"ten\"}, {\"period\": \"2024\", \"measure\": 7, \"value\": 1}]"),
        422, "[0].period", "[1].value", "[2].measure");
  }

  @Test
  void an_unknown_field_is_refused_rather_than_ignored() {
    refused(() -> admin.put(VALUES, "[{\"period\": \"2024\", \"measure\": \"won\", \"value\": 1, \"colour\": \"red\"}]"),
        422, "[0].colour");
  }

  @Test
  void a_missing_value_a_bad_period_and_a_figure_given_twice_are_all_reported_together() {
    refused(() -> admin.put(VALUES, "[{\"period\": \"2024-13\", \"measure\": \"won\", \"value\": 1},"
        + " {\"period\": \"2024\", \"measure\": \"leads\"}]"), 422, "[0].period", "[1].value");
    refused(() -> admin.put(VALUES, "[{\"period\": \"2024\", \"measure\": \"won\", \"value\": 1},"
        + " {\"period\": \"2024\", \"measure\": \"won\", \"value\": 2}]"), 422, "[1].measure");
  }

  @Test
  void a_figure_for_an_indicator_or_an_object_instead_of_an_array_is_refused() {
    refused(() -> admin.put(VALUES, "[{\"period\": \"2024\", \"measure\": \"win_rate\", \"value\": 1}]"), 422,
        "[0].measure");
    refused(() -> admin.put(VALUES, "{\"period\": \"2024\"}"), 422, "body");
  }

  @Test
  void a_body_that_is_not_json_is_a_415() {
    refused(() -> admin.send("PUT", VALUES, "text/plain", utf8("2024,won,1")), 415);
  }

  @Test
  void a_unit_with_several_problems_names_each_field() {
    refused(() -> admin.post("/api/v1/units", "{\"id\": \"Bad Id\", \"kind\": \"department\"}"), 422, "id", "name", "kind");
  }

  @Test
  void a_yaml_scorecard_with_errors_names_each_line_and_column() {
    String yaml = Tiny.yaml("broken").replace("language: en", "language: en\ncolour: blue")
        .replace("target: \">= 40\"", "target: \">= forty\"");
    JsonNode error = refused(() -> admin.send("POST", "/api/v1/units/acme/scorecards?name=broken.yaml",
        "application/yaml", utf8(yaml)), 422, "broken.yaml:5:1", "broken.yaml:14:92");
    assertThat(error.get("fields").toString()).contains("colour");
  }

  @Test
  void a_yaml_scorecard_that_is_not_utf8_is_refused() {
    byte[] latin1 = Tiny.yaml("latin").replace("Tiny latin", "Tiny caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
    refused(() -> admin.send("POST", "/api/v1/units/acme/scorecards", "application/yaml", latin1), 422, "scorecard.yaml");
  }

  @Test
  void a_zip_with_a_path_out_of_its_folder_is_refused() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("scorecard.yaml"));
      out.write(utf8(Tiny.yaml("zipped")));
      out.putNextEntry(new ZipEntry("../../etc/measures.csv"));
      out.write(utf8(Tiny.MEASURES));
    }
    refused(() -> admin.send("POST", "/api/v1/units/acme/scorecards", "application/zip", zip.toByteArray()), 422,
        "../../etc/measures.csv");
  }

  @Test
  void an_oversized_upload_is_a_413() {
    byte[] huge = new byte[65 * 1024 * 1024 + 1];
    java.util.Arrays.fill(huge, (byte) 'a');
    refused(() -> importFile("huge.csv", huge), 413);
  }

  @Test
  void a_csv_with_a_wrong_header_names_the_header() {
    JsonNode error = refused(() -> importFile("figures.csv", utf8("periode,ukuran,nilai\n2024,won,3\n")), 422,
        "figures.csv:1");
    assertThat(error.get("message").asText()).contains("periode,ukuran,nilai");
  }

  @Test
  void every_bad_row_and_cell_of_a_csv_is_reported_and_none_of_its_good_rows_written() {
    String csv = "period,measure,value\n2024,won,31\n2024,leads,abc\n2024,lost,5\n20x4,won,3\n2024,bad name,1\n";
    refused(() -> importFile("figures.csv", utf8(csv)), 422, "figures.csv:3, column value", "figures.csv:5, column period",
        "figures.csv:6, column measure");
  }

  @Test
  void a_wide_csv_with_a_column_that_is_no_period_is_refused() {
    refused(() -> importFile("wide.csv", utf8("measure,2023,twenty24\nwon,3,4\n")), 422, "wide.csv:1, column twenty24");
    refused(() -> importFile("wide.csv", utf8("measure,2023,2024\nwon,3,x\nleads,,5\n")), 422, "wide.csv:2, column 2024");
  }

  @Test
  void every_bad_cell_of_an_xlsx_is_reported_by_row_and_column() {
    byte[] xlsx = Xlsx.of(new Object[] {"period", "measure", "value"}, new Object[] {"2024", "won", 31},
        new Object[] {"2024", "leads", 120}, new Object[] {"2024", "lost", "n/a"}, new Object[] {"2024", "spend", 10},
        new Object[] {"2024", "cost", "=1/0"});
    refused(() -> importFile("figures.xlsx", xlsx), 422, "figures.xlsx:4, column value", "figures.xlsx:6, column value");
  }

  @Test
  void a_file_that_claims_to_be_xlsx_but_is_not_is_refused() {
    refused(() -> importFile("figures.xlsx", utf8("PK\u0003\u0004 not really a zip")), 422, "figures.xlsx");
  }

  @Test
  void an_import_that_is_not_multipart_or_lacks_its_file_is_refused() {
    refused(() -> admin.send("POST", IMPORTS, "text/csv", utf8(Tiny.MEASURES)), 415);
    var parts = Http.parts();
    parts.put("upload", Map.entry("figures.csv", utf8(Tiny.MEASURES)));
    refused(() -> admin.multipart("POST", IMPORTS, parts), 422, "file");
  }

  @Test
  void results_for_a_bad_period_or_an_unknown_dimension_name_the_parameter() {
    refused(() -> admin.get("/api/v1/scorecards/tiny/results?period=2024-99"), 422, "period");
    refused(() -> admin.get("/api/v1/scorecards/tiny/results?period=2031"), 422, "period");
    refused(() -> admin.get("/api/v1/scorecards/tiny/results?period=2024&by=channel"), 422, "by");
    refused(() -> admin.get("/api/v1/scorecards/tiny/explain/nothing?period=2024"), 422, "indicator");
  }

  @Test
  void a_route_that_does_not_exist_answers_in_the_same_error_shape() {
    refused(() -> admin.get("/api/v1/nothing-here"), 404);
  }

  // --- server: templates, renames, moves

  @Test
  void a_scorecard_from_a_template_with_unknown_fields_wrong_types_or_an_unknown_template_names_each_field() {
    String path = "/api/v1/units/acme/scorecards";
    refused(() -> admin.post(path, "{\"template\": \"hospital-bsc\", \"colour\": \"red\"}"), 422, "colour");
    refused(() -> admin.post(path, "{\"template\": 7, \"id\": [\"x\"], \"name\": true}"), 422, "template", "id", "name");
    refused(() -> admin.post(path, "{\"template\": \"hospital\", \"id\": \"Bad Id\", \"name\": \"two\\nlines\"}"), 422,
        "template", "id", "name");
    refused(() -> admin.post(path, "{\"id\": \"no-template\"}"), 422, "template");
    refused(() -> admin.post(path, "[\"hospital-bsc\"]"), 422, "body", "template");
    refused(() -> admin.post(path, "{\"template\": \"hospital-bsc\", \"id\": \"tiny\"}"), 409);
  }

  @Test
  void a_unit_change_with_unknown_fields_wrong_types_a_bad_name_or_parent_names_each_field() {
    expect(admin.post("/api/v1/units", "{\"id\": \"branch\", \"name\": \"Branch\", \"kind\": \"division\", \"parent\": \"acme\"}"), 201);
    refused(() -> admin.patch("/api/v1/units/branch", "{\"name\": \"B\", \"kind\": \"unit\"}"), 422, "kind");
    refused(() -> admin.patch("/api/v1/units/branch", "{\"name\": 5, \"parent\": {}}"), 422, "name", "parent");
    refused(() -> admin.patch("/api/v1/units/branch", "{\"name\": \"  \"}"), 422, "name");
    refused(() -> admin.patch("/api/v1/units/branch", "{\"parent\": \"nowhere\"}"), 422, "parent");
    refused(() -> admin.patch("/api/v1/units/acme", "{\"parent\": \"branch\"}"), 422, "parent");
    refused(() -> admin.patch("/api/v1/units/branch", "{\"name\": \"B\""), 400);
  }

  @Test
  void a_scorecard_rename_with_unknown_fields_wrong_types_or_no_name_names_each_field() {
    refused(() -> admin.patch("/api/v1/scorecards/tiny", "{\"name\": \"T\", \"id\": \"other\"}"), 422, "id");
    refused(() -> admin.patch("/api/v1/scorecards/tiny", "{\"name\": 3}"), 422, "name");
    refused(() -> admin.patch("/api/v1/scorecards/tiny", "{}"), 422, "name");
    refused(() -> admin.patch("/api/v1/scorecards/tiny", "{\"name\": \"" + "x".repeat(201) + "\"}"), 422, "name");
  }

  @Test
  void the_good_rows_of_a_file_are_written_once_the_file_is_fixed() {
    expect(importFile("figures.csv", utf8("period,measure,value\n2024,won,31\n2024,leads,120\n")), 200);
    List<String> measures = expect(admin.get(VALUES + "?period=2024"), 200).json().findValuesAsText("measure");
    assertThat(measures).contains("won", "leads");
  }

  // --- grid: the preview (dry run) of an import

  @Test
  void a_preview_of_a_bad_file_answers_every_row_and_column_and_writes_nothing() {
    String before = server.snapshot();
    var parts = Http.parts();
    parts.put("file", Map.entry("figures.xlsx", Xlsx.of(new Object[] {"period", "measure", "value"},
        new Object[] {"2024", "won", 31}, new Object[] {"2024", "lost", "n/a"}, new Object[] {"2024", "cost", "=1/0"},
        new Object[] {"2024", "bad name", 3})));
    Http.Response r = admin.multipart("POST", IMPORTS + "?dry_run=true", parts);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode preview = r.json();
    assertThat(preview.get("ok").asBoolean()).isFalse();
    assertThat(preview.get("problems").findValuesAsText("where")).containsExactly("figures.xlsx:3, column value",
        "figures.xlsx:4, column value", "figures.xlsx:5, column measure");
    assertThat(server.snapshot()).isEqualTo(before);
    parts.put("file", Map.entry("names.csv", utf8("period,measure,value\n2024,won,3\n2024,win_rate,4\n")));
    preview = expect(admin.multipart("POST", IMPORTS + "?dry_run=true", parts), 200).json();
    // An indicator's name is no measure: found by the check against the scorecard, after the file reads well.
    assertThat(preview.get("problems").findValuesAsText("where")).containsExactly("names.csv:3, column measure");
    assertThat(preview.get("figures").asInt()).isEqualTo(2);
    assertThat(server.snapshot()).isEqualTo(before);
  }

  @Test
  void a_dry_run_that_is_neither_true_nor_false_is_refused_by_name() {
    var parts = Http.parts();
    parts.put("file", Map.entry("figures.csv", utf8(Tiny.MEASURES)));
    refused(() -> admin.multipart("POST", IMPORTS + "?dry_run=maybe", parts), 422, "dry_run");
    refused(() -> admin.send("POST", IMPORTS + "?dry_run=true", "text/csv", utf8(Tiny.MEASURES)), 415);
  }
  // --- editor

  @Test
  void a_draft_to_check_that_is_not_yaml_text_is_refused_and_nothing_is_written() {
    String check = "/api/v1/scorecards/tiny/check";
    refused(() -> admin.send("POST", check, "application/json", utf8("{\"yaml\": \"kinerja: 1\"}")), 415);
    refused(() -> admin.send("POST", check, "application/yaml",
        Tiny.yaml("tiny").replace("Tiny tiny", "Tiny caf\u00e9").getBytes(StandardCharsets.ISO_8859_1)), 422, "scorecard.yaml");
    var parts = Http.parts();
    parts.put("scorecard", Map.entry("scorecard.yaml", utf8(Tiny.yaml("tiny"))));
    parts.put("measures", Map.entry("measures.csv", utf8(Tiny.MEASURES)));
    refused(() -> admin.multipart("POST", check, parts), 422, "body");
  }

  @Test
  void a_draft_with_problems_is_answered_with_each_at_its_line_and_column_and_nothing_is_written() {
    String before = server.snapshot();
    String draft = Tiny.yaml("other-id").replace("won / leads", "won / leeds").replace("language: en", "language: en\ncolour: blue");
    JsonNode r = expect(admin.send("POST", "/api/v1/scorecards/tiny/check", "application/yaml", utf8(draft)), 200).json();
    assertThat(r.get("ok").asBoolean()).isFalse();
    assertThat(r.get("problems").findValuesAsText("text")).anySatisfy(t -> assertThat(t).startsWith("scorecard.yaml:5:1:"));
    assertThat(server.snapshot()).isEqualTo(before);
  }

  @Test
  void a_diff_asked_with_words_or_missing_versions_names_the_parameter() {
    refused(() -> admin.get("/api/v1/scorecards/tiny/diff?to=latest"), 422, "to");
    refused(() -> admin.get("/api/v1/scorecards/tiny/diff?from=0&to=1"), 404);
  }
}

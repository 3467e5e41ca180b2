package io.kinerja.server;

import static io.kinerja.server.TestServer.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinerja.server.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The server's main use case, walked over real HTTP on one store: a unit is set up, the reference cases
 * are uploaded, results come back exactly as the command line prints them, figures are changed with their
 * history, and bad input changes nothing. Run on the embedded store and on PostgreSQL by its subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServerScenario {

  static final String RSI = "rsi-unisma-pemasaran";

  TestServer server;
  Http admin;

  abstract Store.Engine engine();

  @BeforeAll
  void start() {
    server = TestServer.start(engine());
    assertThat(server.server.engine()).isEqualTo(engine());
    admin = server.admin();
    expect(admin.post("/api/v1/units", "{\"id\": \"acme\", \"name\": \"Acme\", \"kind\": \"company\"}"), 201);
    expect(admin.post("/api/v1/units", "{\"id\": \"marketing\", \"name\": \"Marketing\", \"kind\": \"division\", \"parent\": \"acme\"}"), 201);
    expect(admin.multipart("POST", "/api/v1/units/marketing/scorecards", Cases.rsiUpload()), 201);
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void health_answers_without_signing_in() {
    Http.Response r = server.anonymous().get("/health");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("status").asText()).isEqualTo("ok");
  }

  @Test
  void results_of_the_uploaded_rsi_case_are_the_command_lines_json_byte_for_byte() {
    Http.Response r = expect(admin.get("/api/v1/scorecards/" + RSI + "/results?period=2014"), 200);
    assertThat(r.body()).isEqualTo(Cases.cliJson(Cases.rsiUnisma2014().resolve("scorecard.yaml"), "2014", null));
    assertThat(r.json().get("overall").get("final").asDouble()).isEqualTo(-0.3571);
    assertThat(r.header("X-Kinerja-Version")).isEqualTo("1");
  }

  @Test
  void the_report_comes_as_a_pdf_a_workbook_or_a_page_to_download_and_a_wrong_format_is_named() throws Exception {
    Http.Response pdf = expect(admin.get("/api/v1/scorecards/" + RSI + "/report?period=2014&format=pdf&lang=en"), 200);
    assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
    assertThat(pdf.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + RSI + "-2014.pdf\"");
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("-0.3571", "Poor");
    }
    Http.Response xlsx = expect(admin.get("/api/v1/scorecards/" + RSI + "/report?period=2014&format=xlsx&lang=id"), 200);
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.bytes()))) {
      assertThat(workbook.getNumberOfSheets()).isGreaterThan(1);
    }
    Http.Response trend = expect(admin.get("/api/v1/scorecards/" + RSI + "/report?period=2014..2014&format=html&lang=id"), 200);
    assertThat(trend.header("Content-Type")).startsWith("text/html");
    assertThat(trend.body()).contains("-0,3571", "Kurang");
    Http.Response wrong = expect(admin.get("/api/v1/scorecards/" + RSI + "/report?period=2014&format=docx"), 422);
    assertThat(wrong.json().get("error").get("fields").get(0).get("field").asText()).isEqualTo("format");
    assertThat(wrong.body()).contains("docx");
  }

  @Test
  void the_scorecard_is_listed_and_its_yaml_comes_back_byte_for_byte() {
    JsonNode list = expect(admin.get("/api/v1/scorecards"), 200).json();
    assertThat(list.findValuesAsText("id")).contains(RSI);
    Http.Response yaml = expect(admin.get("/api/v1/scorecards/" + RSI, "application/yaml"), 200);
    assertThat(yaml.bytes()).isEqualTo(Cases.bytes(Cases.rsiUnisma2014().resolve("scorecard.yaml")));
    JsonNode json = expect(admin.get("/api/v1/scorecards/" + RSI), 200).json();
    assertThat(json.get("unit").asText()).isEqualTo("marketing");
    assertThat(json.get("perspectives").size()).isEqualTo(4);
    assertThat(json.get("files").toString()).contains("programs.csv", "survey.csv");
  }

  @Test
  void a_changed_figure_changes_the_result_at_once_and_keeps_its_history() {
    expect(admin.post("/api/v1/units", "{\"id\": \"copy\", \"name\": \"Copy\", \"kind\": \"division\", \"parent\": \"acme\"}"), 201);
    String yaml = new String(Cases.bytes(Cases.rsiUnisma2014().resolve("scorecard.yaml")), StandardCharsets.UTF_8)
        .replace("id: rsi-unisma-pemasaran", "id: rsi-copy");
    var parts = Cases.rsiUpload();
    parts.put("scorecard", java.util.Map.entry("scorecard.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    expect(admin.multipart("POST", "/api/v1/units/copy/scorecards", parts), 201);
    JsonNode before = expect(admin.get("/api/v1/scorecards/rsi-copy/results?period=2014"), 200).json();
    assertThat(indicator(before, "rasio_ekonomi").get("score").asInt()).isEqualTo(1);

    expect(admin.put("/api/v1/scorecards/rsi-copy/values", "[{\"period\": \"2014\", \"measure\": \"pengeluaran_pemasaran\","
        + " \"value\": 250000000, \"note\": \"audited figure\"}]"), 200);

    JsonNode after = expect(admin.get("/api/v1/scorecards/rsi-copy/results?period=2014"), 200).json();
    assertThat(indicator(after, "rasio_ekonomi").get("score").asInt()).isEqualTo(-1);
    JsonNode history = expect(admin.get("/api/v1/scorecards/rsi-copy/values/history?measure=pengeluaran_pemasaran"), 200).json();
    JsonNode last = history.get(history.size() - 1);
    assertThat(last.get("old").asDouble()).isEqualTo(121480000.0);
    assertThat(last.get("new").asDouble()).isEqualTo(250000000.0);
    assertThat(last.get("note").asText()).isEqualTo("audited figure");
    assertThat(last.get("changed_by").asText()).isEqualTo("admin");
  }

  @Test
  void a_bad_figure_among_good_ones_writes_none_of_them() {
    String values = expect(admin.get("/api/v1/scorecards/" + RSI + "/values"), 200).body();
    Http.Response r = admin.put("/api/v1/scorecards/" + RSI + "/values", "[{\"period\": \"2014\", \"measure\":"
        + " \"total_karyawan\", \"value\": 7}, {\"period\": \"2014\", \"measure\": \"karyawan_keluar\", \"value\": \"two\"}]");
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().at("/error/fields/0/field").asText()).isEqualTo("[1].value");
    assertThat(expect(admin.get("/api/v1/scorecards/" + RSI + "/values"), 200).body()).isEqualTo(values);
  }

  @Test
  void the_funnel_case_with_raw_records_sent_as_a_zip_gives_the_command_lines_json_by_channel() throws IOException {
    expect(admin.post("/api/v1/units", "{\"id\": \"sales\", \"name\": \"Sales\", \"kind\": \"division\", \"parent\": \"acme\"}"), 201);
    Path folder = Cases.funnel2025();
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      for (String f : new String[] {"scorecard.yaml", "leads.csv", "spend.csv"}) {
        out.putNextEntry(new ZipEntry(f));
        out.write(Cases.bytes(folder.resolve(f)));
        out.closeEntry();
      }
    }
    expect(admin.send("POST", "/api/v1/units/sales/scorecards", "application/zip", zip.toByteArray()), 201);
    Http.Response r = expect(admin.get("/api/v1/scorecards/funnel-2025/results?period=2025&by=channel"), 200);
    assertThat(r.body()).isEqualTo(Cases.cliJson(folder.resolve("scorecard.yaml"), "2025", "channel"));
    Http.Response explain = expect(admin.get("/api/v1/scorecards/funnel-2025/explain/cac?period=2025-03"), 200);
    assertThat(explain.json().get("text").asText()).contains("spend / won");
    assertThat(explain.json().at("/result/id").asText()).isEqualTo("cac");
  }

  @Test
  void a_new_version_keeps_the_data_files_it_still_names_and_the_old_version_stays_readable() {
    expect(admin.post("/api/v1/units", "{\"id\": \"versions\", \"name\": \"Versions\", \"kind\": \"division\", \"parent\": \"acme\"}"), 201);
    String yaml = new String(Cases.bytes(Cases.rsiUnisma2014().resolve("scorecard.yaml")), StandardCharsets.UTF_8)
        .replace("id: rsi-unisma-pemasaran", "id: rsi-versions");
    var parts = Cases.rsiUpload();
    parts.put("scorecard", java.util.Map.entry("scorecard.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    expect(admin.multipart("POST", "/api/v1/units/versions/scorecards", parts), 201);
    String renamed = yaml.replace("name: Unit Pemasaran RSI Unisma Malang", "name: Pemasaran (v2)");
    JsonNode v2 = expect(admin.send("PUT", "/api/v1/scorecards/rsi-versions", "application/yaml",
        renamed.getBytes(StandardCharsets.UTF_8)), 200).json();
    assertThat(v2.get("version").asInt()).isEqualTo(2);
    assertThat(expect(admin.get("/api/v1/scorecards/rsi-versions/results?period=2014"), 200).json()
        .get("name").asText()).isEqualTo("Pemasaran (v2)");
    assertThat(expect(admin.get("/api/v1/scorecards/rsi-versions?version=1", "application/yaml"), 200).body())
        .isEqualTo(yaml);
    assertThat(expect(admin.get("/api/v1/scorecards/rsi-versions/versions"), 200).json().size()).isEqualTo(2);
  }

  static JsonNode indicator(JsonNode result, String id) {
    for (JsonNode i : result.get("indicators")) {
      if (i.get("id").asText().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no indicator " + id);
  }

  // --- grid: an import's preview, and dates in a spreadsheet's period cells

  private Http.Response importInto(String scorecard, String query, String name, byte[] content) {
    var parts = Http.parts();
    parts.put("file", java.util.Map.entry(name, content));
    return admin.multipart("POST", "/api/v1/scorecards/" + scorecard + "/imports" + query, parts);
  }

  private void tinyOn(String unit, String id, String grain, String current) {
    expect(admin.post("/api/v1/units", "{\"id\": \"" + unit + "\", \"name\": \"Grid\", \"kind\": \"unit\", \"parent\": \"acme\"}"),
        201);
    var parts = Tiny.upload(id);
    String yaml = Tiny.yaml(id).replace("grain: year, current: \"2024\"", "grain: " + grain + ", current: \"" + current + "\"");
    parts.put("scorecard", java.util.Map.entry("scorecard.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    parts.remove("measures");
    expect(admin.multipart("POST", "/api/v1/units/" + unit + "/scorecards", parts), 201);
  }

  @Test
  void a_preview_counts_what_an_import_would_change_and_writes_nothing_then_the_import_writes_it() {
    expect(admin.post("/api/v1/units", "{\"id\": \"grid-preview\", \"name\": \"Grid\", \"kind\": \"unit\","
        + " \"parent\": \"acme\"}"), 201);
    expect(admin.multipart("POST", "/api/v1/units/grid-preview/scorecards", Tiny.upload("grid-preview")), 201);
    byte[] csv = "period,measure,value\n2024,won,35\n2024,leads,100\n".getBytes(StandardCharsets.UTF_8);
    String before = server.snapshot();
    JsonNode preview = expect(importInto("grid-preview", "?dry_run=true", "new.csv", csv), 200).json();
    assertThat(preview.get("dry_run").asBoolean()).isTrue();
    assertThat(preview.get("ok").asBoolean()).isTrue();
    assertThat(preview.get("figures").asInt()).isEqualTo(2);
    assertThat(preview.get("changed").asInt()).isEqualTo(1);
    assertThat(preview.get("problems").size()).isZero();
    assertThat(server.snapshot()).isEqualTo(before);

    JsonNode done = expect(importInto("grid-preview", "?dry_run=false", "new.csv", csv), 200).json();
    assertThat(done.get("changed").asInt()).isEqualTo(1);
    JsonNode values = expect(admin.get("/api/v1/scorecards/grid-preview/values?period=2024"), 200).json();
    assertThat(values.toString()).contains("\"measure\":\"won\",\"value\":35.0");
    JsonNode history = expect(admin.get("/api/v1/scorecards/grid-preview/values/history?measure=won"), 200).json();
    assertThat(history.get(history.size() - 1).get("source").asText()).isEqualTo("import new.csv");
    assertThat(expect(importInto("grid-preview", "?dry_run=true", "new.csv", csv), 200).json().get("changed").asInt())
        .isZero();
  }

  @Test
  void a_preview_of_a_file_with_bad_cells_lists_each_by_row_and_column_and_writes_nothing() {
    expect(admin.post("/api/v1/units", "{\"id\": \"grid-bad\", \"name\": \"Grid\", \"kind\": \"unit\","
        + " \"parent\": \"acme\"}"), 201);
    expect(admin.multipart("POST", "/api/v1/units/grid-bad/scorecards", Tiny.upload("grid-bad")), 201);
    byte[] csv = "period,measure,value\n2024,won,31\n2024,leads,abc\n20x4,won,3\n".getBytes(StandardCharsets.UTF_8);
    String before = server.snapshot();
    JsonNode preview = expect(importInto("grid-bad", "?dry_run=true&lang=id", "bad.csv", csv), 200).json();
    assertThat(preview.get("ok").asBoolean()).isFalse();
    assertThat(preview.get("problems").size()).isEqualTo(2);
    assertThat(preview.at("/problems/0/row").asInt()).isEqualTo(3);
    assertThat(preview.at("/problems/0/column").asText()).isEqualTo("value");
    assertThat(preview.at("/problems/0/message").asText()).contains("abc");
    assertThat(preview.at("/problems/1/row").asInt()).isEqualTo(4);
    assertThat(preview.at("/problems/1/column").asText()).isEqualTo("period");
    assertThat(server.snapshot()).isEqualTo(before);
    // The same file imported for real is refused with the same places, and writes nothing either.
    Http.Response refused = importInto("grid-bad", "", "bad.csv", csv);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().at("/error/fields").findValuesAsText("field"))
        .containsExactly("bad.csv:3, column value", "bad.csv:4, column period");
    assertThat(server.snapshot()).isEqualTo(before);
  }

  @Test
  void a_date_in_an_xlsx_period_column_or_header_is_read_as_the_period_of_the_scorecards_grain() {
    tinyOn("grid-monthly", "grid-monthly", "month", "2024-03");
    byte[] longForm = Xlsx.of(new Object[] {"period", "measure", "value"},
        new Object[] {java.time.LocalDate.of(2024, 3, 15), "won", 30}, new Object[] {java.time.LocalDate.of(2024, 3, 1),
            "leads", 100});
    expect(importInto("grid-monthly", "", "long.xlsx", longForm), 200);
    byte[] wide = Xlsx.of(new Object[] {"measure", java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2024, 2, 1)},
        new Object[] {"won", 10, 20});
    JsonNode preview = expect(importInto("grid-monthly", "?dry_run=true", "wide.xlsx", wide), 200).json();
    assertThat(preview.get("ok").asBoolean()).as(preview.toString()).isTrue();
    assertThat(preview.get("figures").asInt()).isEqualTo(2);
    expect(importInto("grid-monthly", "", "wide.xlsx", wide), 200);
    JsonNode values = expect(admin.get("/api/v1/scorecards/grid-monthly/values"), 200).json();
    assertThat(values.findValuesAsText("period")).containsExactly("2024-01", "2024-02", "2024-03", "2024-03");
    assertThat(expect(admin.get("/api/v1/scorecards/grid-monthly/results?period=2024-03"), 200).json()
        .at("/indicators/0/value").asDouble()).isEqualTo(30.0);

    tinyOn("grid-yearly", "grid-yearly", "year", "2024");
    byte[] yearly = Xlsx.of(new Object[] {"period", "measure", "value"},
        new Object[] {java.time.LocalDate.of(2024, 7, 1), "won", 40}, new Object[] {java.time.LocalDate.of(2024, 1, 1), "leads", 100});
    expect(importInto("grid-yearly", "", "yearly.xlsx", yearly), 200);
    assertThat(expect(admin.get("/api/v1/scorecards/grid-yearly/values"), 200).json().findValuesAsText("period"))
        .containsExactly("2024", "2024");
  }
}

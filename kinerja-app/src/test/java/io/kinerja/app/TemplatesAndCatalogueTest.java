package io.kinerja.app;

import static io.kinerja.app.Folder.indicator;
import static io.kinerja.app.Folder.perspective;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** kinerja init, the KPI catalogue, and weights from AHP, as a user meets them. */
class TemplatesAndCatalogueTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"hospital-bsc", "bsc-for-marketing", "sales-marketing", "sales-funnel"})
  void a_template_scores_out_of_the_box(String template) throws IOException {
    Path target = dir.resolve(template);
    Cli init = Cli.run("init", "--template", template, target.toString(), "--lang", "en");
    assertThat(init.exit()).as(init.err()).isZero();
    Cli validate = Cli.run("validate", target.resolve("scorecard.yaml").toString(), "--lang", "en");
    assertThat(validate.exit()).as(validate.err()).isZero();
    Cli score = Cli.run("score", target.resolve("scorecard.yaml").toString(), "--format", "json");
    assertThat(score.exit()).as(score.err()).isZero();
    JsonNode result = JSON.readTree(score.out());
    assertThat(result.at("/overall/final").isNumber()).isTrue();
    assertThat(result.at("/overall/scored").asInt()).isEqualTo(result.at("/overall/indicators").asInt());
    assertThat(result.at("/overall/category").asText()).isNotBlank();
  }

  @Test
  void init_never_writes_into_a_folder_that_has_files() throws IOException {
    Files.writeString(dir.resolve("mine.txt"), "keep me");
    Cli run = Cli.run("init", "--template", "hospital-bsc", dir.toString(), "--lang", "en");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("the folder is not empty");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.toList()).containsExactly(dir.resolve("mine.txt"));
    }
  }

  @Test
  void an_unknown_template_is_named_with_the_known_ones() {
    Cli run = Cli.run("init", "--template", "hospital", dir.resolve("x").toString(), "--lang", "en");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("unknown template 'hospital'").contains("hospital-bsc");
    assertThat(Files.exists(dir.resolve("x"))).isFalse();
  }

  @Test
  void the_balanced_scorecard_for_marketing_weighs_its_perspectives_by_ahp() throws IOException {
    Path target = dir.resolve("bsc");
    Cli.run("init", "--template", "bsc-for-marketing", target.toString());
    JsonNode r = JSON.readTree(Cli.run("score", target.resolve("scorecard.yaml").toString(), "--format", "json").out());
    JsonNode ahp = r.at("/ahp/perspectives");
    assertThat(ahp.get("consistent").asBoolean()).isTrue();
    double sum = 0;
    for (JsonNode w : ahp.get("weights")) {
      sum += w.asDouble();
    }
    assertThat(sum).isEqualTo(1.0, within(1e-5));
    assertThat(perspective(r, "customer_value").get("weight").asDouble())
        .isEqualTo(ahp.at("/weights/customer_value").asDouble(), within(1e-4));
    // a mean answer of m on a 1-5 scale achieves m / 5
    JsonNode capabilities = indicator(r, "capabilities_mean");
    assertThat(capabilities.get("score").asDouble()).isEqualTo(capabilities.get("value").asDouble() / 5 * 100, within(1e-3));
  }

  @Test
  void the_catalogue_lists_its_kpis_in_indonesian() throws IOException {
    Cli run = Cli.run("catalog", "--lang", "id", "--format", "json");
    assertThat(run.exit()).isZero();
    JsonNode list = JSON.readTree(run.out());
    assertThat(list.size()).isGreaterThanOrEqualTo(30);
    JsonNode cpl = null;
    for (JsonNode e : list) {
      if (e.get("id").asText().equals("cpl")) {
        cpl = e;
      }
    }
    assertThat(cpl.get("name").asText()).isEqualTo("Biaya per prospek (CPL)");
    assertThat(cpl.get("polarity").asText()).isEqualTo("lower");
    assertThat(cpl.get("measures").toString()).isEqualTo("[\"spend\",\"leads\"]");
  }

  @Test
  void a_scorecard_uses_a_catalogue_kpi_and_overrides_its_fields() {
    Folder f = new Folder(dir).with("scorecard.yaml", """
        kinerja: 1
        id: uses
        name: Uses the catalogue
        language: id
        period: { grain: year, current: "2024" }
        scoring: { method: achievement }
        data: { measures: measures.csv }
        perspectives:
          - id: p
            indicators:
              - { use: cpl, target: "<= 500000" }
              - { use: win_rate, id: menang, name: Rasio menang, target: ">= 40" }
        """).with("measures.csv", """
        period,measure,value
        2024,spend,50000000
        2024,leads,125
        2024,won,30
        2024,lost,45
        """);
    JsonNode r = f.json();
    JsonNode cpl = indicator(r, "cpl");
    assertThat(cpl.get("name").asText()).isEqualTo("Biaya per prospek (CPL)");
    assertThat(cpl.get("value").asDouble()).isEqualTo(400000);
    assertThat(cpl.get("unit").asText()).isEqualTo("IDR");
    assertThat(indicator(r, "menang").get("name").asText()).isEqualTo("Rasio menang");
    assertThat(indicator(r, "menang").get("value").asDouble()).isEqualTo(40);
  }

  @Test
  void an_unknown_catalogue_kpi_suggests_the_one_meant() {
    Cli run = new Folder(dir).with("scorecard.yaml", """
        kinerja: 1
        id: typo
        name: Typo
        period: { grain: year, current: "2024" }
        perspectives:
          - id: p
            indicators:
              - { use: win_rat, target: ">= 40" }
        """).run("score", "--lang", "en");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("scorecard.yaml:8:").contains("no KPI 'win_rat' in the catalogue; did you mean 'win_rate'?");
  }

  @Test
  void ahp_weights_must_name_exactly_the_perspectives() {
    Cli run = new Folder(dir).with("scorecard.yaml", """
        kinerja: 1
        id: ahp
        name: AHP
        period: { grain: year, current: "2024" }
        scoring: { method: achievement }
        weights: { ahp: ahp.csv }
        data: { measures: measures.csv }
        perspectives:
          - { id: a, indicators: [ { id: x, formula: x, target: ">= 1" } ] }
          - { id: b, indicators: [ { id: y, formula: y, target: ">= 1" } ] }
        """).with("measures.csv", "period,measure,value\n2024,x,1\n2024,y,1\n")
        .with("ahp.csv", ",a,c\na,1,3\nc,1/3,1\n").run("score", "--lang", "en");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("ahp.csv").contains("the matrix weighs a, c, but they must be exactly a, b");
  }

  @Test
  void an_inconsistent_ahp_matrix_is_used_with_a_warning() {
    JsonNode r = new Folder(dir).with("scorecard.yaml", """
        kinerja: 1
        id: ahp
        name: AHP
        period: { grain: year, current: "2024" }
        scoring: { method: achievement }
        weights: { ahp: ahp.csv }
        data: { measures: measures.csv }
        perspectives:
          - { id: a, indicators: [ { id: x, formula: x, target: ">= 1" } ] }
          - { id: b, indicators: [ { id: y, formula: y, target: ">= 1" } ] }
          - { id: c, indicators: [ { id: z, formula: z, target: ">= 1" } ] }
        """).with("measures.csv", "period,measure,value\n2024,x,1\n2024,y,1\n2024,z,1\n")
        .with("ahp.csv", ",a,b,c\na,1,9,1/9\nb,1/9,1,9\nc,9,1/9,1\n").json("--lang", "en");
    assertThat(r.at("/ahp/perspectives/consistent").asBoolean()).isFalse();
    assertThat(r.get("warnings").toString()).contains("inconsistent");
  }

  private Folder factors(String ratings) {
    return new Folder(dir).with("scorecard.yaml", """
        kinerja: 1
        id: factors
        name: Factors
        period: { grain: year, current: "2024" }
        scoring: { method: achievement }
        data: { measures: measures.csv }
        perspectives:
          - id: p
            weights: { factors: ratings.csv }
            indicators:
              - { id: a, formula: a, target: ">= 100" }
              - { id: b, formula: b, target: ">= 100" }
        """).with("measures.csv", "period,measure,value\n2024,a,100\n2024,b,50\n").with("ratings.csv", ratings);
  }

  @Test
  void seed_002s_ratings_weigh_the_kpis_by_their_points() {
    JsonNode r = factors("kpi,priority,difficulty,credibility\na,5,4,3\nb,2,2,2\n").json();
    // a has 12 points and b 6: weights 2/3 and 1/3, so (2 × 100 + 50) / 3
    assertThat(indicator(r, "a").get("weight").asDouble()).isEqualTo(0.6667);
    assertThat(r.at("/overall/final").asDouble()).isEqualTo(83.3333);
  }

  @Test
  void a_rating_outside_one_to_five_is_reported_at_its_cell() {
    Cli run = factors("kpi,priority,difficulty,credibility\na,5,6,3\nb,2,2,2\n").run("score", "--lang", "en");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("ratings.csv:2, column difficulty").contains("'6' is not a rating");
  }

  @Test
  void the_html_report_shows_the_ahp_weights_and_their_consistency() throws IOException {
    Path target = dir.resolve("bsc");
    Cli.run("init", "--template", "bsc-for-marketing", target.toString());
    Path out = dir.resolve("report.html");
    Cli run = Cli.run("report", target.resolve("scorecard.yaml").toString(), "--format", "html", "--lang", "en",
        "-o", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    String html = Files.readString(out);
    assertThat(html).contains("Weights by AHP").contains("Weights of the perspectives by eigenvector")
        .contains("CR 0.0038").contains("consistent (CR at most the threshold)").contains("42.36 %");
  }

  @Test
  void the_workbook_has_a_sheet_of_the_ahp_weights() throws IOException {
    Path target = dir.resolve("bsc");
    Cli.run("init", "--template", "bsc-for-marketing", target.toString());
    Path out = dir.resolve("report.xlsx");
    Cli run = Cli.run("report", target.resolve("scorecard.yaml").toString(), "--format", "xlsx", "--lang", "en",
        "-o", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out))) {
      var sheet = workbook.getSheet("Weights by AHP");
      assertThat(sheet).isNotNull();
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("CR 0.0038");
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("capabilities");
      assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(0.1223, within(1e-4));
    }
  }
}

package io.kinerja.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The balanced scorecard of seed 001, walked through as its users would: score, override, explain, trend. */
class RsiUnismaTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path scorecard() {
    return Cases.rsiUnisma2014().resolve("scorecard.yaml");
  }

  @Test
  void the_strict_rules_give_kurang() throws IOException {
    JsonNode result = JSON.readTree(Cli.run("score", scorecard().toString(), "--format", "json").out());
    assertThat(result.at("/overall/score").asDouble()).isEqualTo(-5);
    assertThat(result.at("/overall/max").asDouble()).isEqualTo(14);
    assertThat(result.at("/overall/final").asDouble()).isEqualTo(-0.3571);
    assertThat(result.at("/overall/category").asText()).isEqualTo("Kurang");
    assertThat(result.at("/overall/category").asText()).isEqualTo("Kurang");
    assertThat(result.at("/survey_kepuasan_karyawan/class").asText()).isEqualTo("Puas");
  }

  @Test
  void the_papers_published_scores_as_overrides_give_cukup_and_stay_marked() throws IOException {
    Path published = Cases.examples().resolve("rsi-unisma-2014/published.yaml");
    Cli run = Cli.run("score", published.toString(), "--format", "json");
    assertThat(run.exit()).isZero();
    JsonNode result = JSON.readTree(run.out());
    assertThat(result.at("/overall/score").asDouble()).isEqualTo(3);
    assertThat(result.at("/overall/final").asDouble()).isEqualTo(0.2143);
    assertThat(result.at("/overall/category").asText()).isEqualTo("Cukup");
    JsonNode promosi = indicator(result, "promosi_kesehatan");
    assertThat(promosi.get("override").asBoolean()).isTrue();
    assertThat(promosi.get("score").asDouble()).isEqualTo(1);
    assertThat(promosi.get("strict_score").asDouble()).isEqualTo(0);
    assertThat(promosi.get("note").asText()).startsWith("Tabel 9");
    long overridden = 0;
    for (JsonNode i : result.get("indicators")) {
      overridden += i.get("override").asBoolean() ? 1 : 0;
    }
    assertThat(overridden).isEqualTo(9);
  }

  @Test
  void the_table_is_in_indonesian_with_indonesian_numbers() {
    Cli run = Cli.run("score", scorecard().toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("56,82 %").contains("Total: -5 / 14 = -0,3571").contains("Kategori: Kurang");
  }

  @Test
  void the_table_can_be_asked_for_in_english() {
    Cli run = Cli.run("score", scorecard().toString(), "--lang", "en");
    assertThat(run.out()).contains("56.82 %").contains("Overall: -5 / 14 = -0.3571").contains("Category: Poor");
  }

  @Test
  void explain_traces_a_number_to_its_figures_and_the_rule() {
    Cli run = Cli.run("explain", scorecard().toString(), "retensi_karyawan", "--lang", "en");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("karyawan_keluar / total_karyawan * 100")
        .contains("= (1 / 6) * 100")
        .contains("measures.csv:15")
        .contains("< 10 (lower is better)")
        .contains("16.6667 is above the standard 10, and lower is better: −1");
  }

  @Test
  void explain_shows_a_programmes_rows() {
    Cli run = Cli.run("explain", scorecard().toString(), "entertain_pihak_ke3");
    assertThat(run.out()).contains("Seminar awam: 1 per tahun / 1 per bulan → 8,33 %").contains("programs.csv:4");
  }

  @Test
  void validate_says_the_file_is_valid() {
    Cli run = Cli.run("validate", scorecard().toString(), "--lang", "en");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("is valid: 14 indicators in 4 perspectives");
  }

  @Test
  void a_range_of_years_gives_one_result_per_year(@TempDir Path dir) throws IOException {
    for (String f : new String[] {"scorecard.yaml", "measures.csv", "programs.csv", "survey.csv"}) {
      Files.copy(Cases.rsiUnisma2014().resolve(f), dir.resolve(f));
    }
    Cli run = Cli.run("score", dir.resolve("scorecard.yaml").toString(), "--period", "2013..2014", "--format", "json");
    assertThat(run.exit()).isZero();
    JsonNode results = JSON.readTree(run.out());
    assertThat(results.size()).isEqualTo(2);
    JsonNode retensi2013 = indicator(results.get(0), "retensi_pelanggan");
    assertThat(retensi2013.get("value").asDouble()).isEqualTo(54.3125);
    JsonNode ekonomi2013 = indicator(results.get(0), "rasio_ekonomi");
    assertThat(ekonomi2013.get("value").isNull()).isTrue();
    assertThat(ekonomi2013.get("reason").asText()).contains("pengeluaran_pemasaran");
    assertThat(results.get(0).at("/overall/indicators").asInt()).isEqualTo(14);
    assertThat(results.get(1).at("/overall/final").asDouble()).isEqualTo(-0.3571);
  }

  private static JsonNode indicator(JsonNode result, String id) {
    for (JsonNode i : result.get("indicators")) {
      if (i.get("id").asText().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no indicator " + id);
  }
}

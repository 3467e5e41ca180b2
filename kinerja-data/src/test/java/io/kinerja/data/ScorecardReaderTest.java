package io.kinerja.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinerja.core.model.Indicator;
import io.kinerja.core.model.Perspective;
import io.kinerja.core.model.Scorecard;
import io.kinerja.core.period.Grain;
import io.kinerja.core.period.Period;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.scoring.Bands;
import io.kinerja.core.target.Polarity;
import io.kinerja.core.target.Target;
import io.kinerja.core.text.Language;
import io.kinerja.data.csv.NumberStyle;
import io.kinerja.data.yaml.ScorecardDocument;
import io.kinerja.data.yaml.ScorecardReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScorecardReaderTest {

  private static final Path RSI_UNISMA =
      Path.of(System.getProperty("kinerja.shared", "../shared"), "cases", "rsi-unisma-2014", "scorecard.yaml");

  private static ScorecardDocument read(String yaml) {
    return ScorecardReader.read("test.yaml", yaml, Path.of("."));
  }

  private static final String HEAD = String.join("\n",
      "kinerja: 1",
      "id: uji",
      "name: Uji",
      "period: { grain: year, current: \"2015\" }",
      "");

  @Test
  void reads_the_rsi_unisma_case_as_written() {
    ScorecardDocument document = ScorecardReader.read(RSI_UNISMA);
    Scorecard scorecard = document.scorecard();
    assertThat(scorecard.id()).isEqualTo("rsi-unisma-pemasaran");
    assertThat(scorecard.name()).isEqualTo("Unit Pemasaran RSI Unisma Malang");
    assertThat(scorecard.language()).isEqualTo(Language.ID);
    assertThat(scorecard.grain()).isEqualTo(Grain.YEAR);
    assertThat(scorecard.current()).isEqualTo(Period.parse("2014").orElseThrow());
    assertThat(scorecard.scoring().tolerance()).isZero();
    assertThat(scorecard.scoring().bands().name()).isEqualTo("mulyadi");
    assertThat(scorecard.perspectives()).extracting(Perspective::id)
        .containsExactly("keuangan", "pelanggan", "proses_bisnis_internal", "pembelajaran_pertumbuhan");
    assertThat(scorecard.indicators()).hasSize(14);
    assertThat(document.measures().path()).isEqualTo("measures.csv");
    assertThat(document.measures().numbers()).isEqualTo(NumberStyle.PLAIN);
    assertThat(document.programmes().path()).isEqualTo("programs.csv");
    assertThat(document.surveys().path()).isEqualTo("survey.csv");
    assertThat(document.warnings()).isEmpty();
  }

  @Test
  void reads_each_kind_of_target_of_the_rsi_unisma_case() {
    Scorecard scorecard = ScorecardReader.read(RSI_UNISMA).scorecard();
    Indicator economy = scorecard.indicator("rasio_ekonomi").orElseThrow();
    assertThat(economy.formulaText()).isEqualTo("pengeluaran_pemasaran / anggaran_pemasaran * 100");
    assertThat(economy.unit()).isEqualTo("%");
    assertThat(economy.target().always()).isEqualTo(new Target.AtMost(100, true));
    assertThat(economy.formulaAt().line()).isEqualTo(26);
    assertThat(economy.formulaAt().column()).isEqualTo(18);
    assertThat(scorecard.indicator("retensi_pelanggan").orElseThrow().target().always())
        .isEqualTo(new Target.AtLeast(70, false));
    assertThat(scorecard.indicator("tahap_inovasi").orElseThrow().target().always()).isEqualTo(new Target.Exists());
    assertThat(scorecard.indicator("kepuasan_karyawan").orElseThrow().target().always())
        .isEqualTo(new Target.Ordinal("Puas"));
    assertThat(scorecard.indicator("csr").orElseThrow().formulaText())
        .isEqualTo("completion(\"Corporate Social Responsibility\")");
  }

  @Test
  void reads_objectives_between_a_perspective_and_its_indicators() {
    Scorecard scorecard = read(HEAD + String.join("\n",
        "perspectives:",
        "  - id: pelanggan",
        "    weight: 0.4",
        "    objectives:",
        "      - id: setia",
        "        name: Pelanggan setia",
        "        indicators:",
        "          - { id: retensi, formula: lama / total * 100, target: \">= 70\" }",
        "    indicators:",
        "      - { id: baru, formula: baru / total * 100, target: \">= 30\", weight: 2 }",
        "")).scorecard();
    Perspective p = scorecard.perspectives().get(0);
    assertThat(p.weight()).isEqualTo(0.4);
    assertThat(p.objectives()).singleElement().satisfies(o -> {
      assertThat(o.id()).isEqualTo("setia");
      assertThat(o.name()).isEqualTo("Pelanggan setia");
      assertThat(o.indicators()).extracting(Indicator::id).containsExactly("retensi");
    });
    assertThat(p.allIndicators()).extracting(Indicator::id).containsExactly("retensi", "baru");
    assertThat(p.objectiveOf(scorecard.indicator("retensi").orElseThrow()).id()).isEqualTo("setia");
    assertThat(scorecard.indicator("baru").orElseThrow().weight()).isEqualTo(2.0);
  }

  @Test
  void reads_targets_per_period() {
    Indicator indicator = read(HEAD + String.join("\n",
        "perspectives:",
        "  - id: pelanggan",
        "    indicators:",
        "      - id: retensi",
        "        formula: lama / total * 100",
        "        target: { \"2014\": \">= 70\", \"2015\": \">= 75\" }",
        "")).scorecard().indicator("retensi").orElseThrow();
    assertThat(indicator.target().always()).isNull();
    assertThat(indicator.target().forPeriod("2014")).contains(new Target.AtLeast(70, false));
    assertThat(indicator.target().forPeriod("2015")).contains(new Target.AtLeast(75, false));
    assertThat(indicator.target().forPeriod("2016")).isEmpty();
    assertThat(indicator.direction()).isEqualTo(Polarity.HIGHER);
  }

  @Test
  void reads_a_manual_override_with_its_note() {
    Indicator indicator = read(HEAD + String.join("\n",
        "perspectives:",
        "  - id: proses",
        "    indicators:",
        "      - id: promosi",
        "        formula: completion(\"Promosi Kesehatan\")",
        "        target: \">= 100\"",
        "        score: { value: 1, note: \"decided in the review meeting\" }",
        "")).scorecard().indicator("promosi").orElseThrow();
    assertThat(indicator.override().score()).isEqualTo(1.0);
    assertThat(indicator.override().note()).isEqualTo("decided in the review meeting");
  }

  @Test
  void reads_user_defined_bands_as_half_open_ranges() {
    Scorecard scorecard = read(HEAD + String.join("\n",
        "scoring:",
        "  method: mulyadi",
        "  bands:",
        "    - { to: 0, label: Buruk, colour: red }",
        "    - { from: 0, to: 0.5, label: Sedang }",
        "    - { from: 0.5, label: Bagus, colour: green }",
        "perspectives:",
        "  - id: keuangan",
        "    indicators:",
        "      - { id: rasio, formula: a / b * 100, target: \"< 100\", bands: economy-ratio }",
        "")).scorecard();
    Bands bands = scorecard.scoring().bands();
    assertThat(bands.bands()).hasSize(3);
    assertThat(bands.check()).isEmpty();
    assertThat(bands.find(-0.1).orElseThrow().label().in(Language.EN)).isEqualTo("Buruk");
    assertThat(bands.find(0).orElseThrow().label().in(Language.EN)).isEqualTo("Sedang");
    assertThat(bands.find(0.5).orElseThrow().label().in(Language.EN)).isEqualTo("Bagus");
    assertThat(bands.bands().get(0).colour()).isEqualTo("red");
    assertThat(scorecard.indicator("rasio").orElseThrow().bands().name()).isEqualTo("economy-ratio");
  }

  @Test
  void reads_numbers_in_indonesian_style_and_a_raw_answers_scale_from_the_data_declaration() {
    ScorecardDocument document = read(HEAD + String.join("\n",
        "data:",
        "  measures: { file: angka.csv, numbers: id }",
        "  surveys: { file: jawaban.csv, scale: { min: 1, max: 4 } }",
        "perspectives:",
        "  - id: keuangan",
        "    indicators:",
        "      - { id: rasio, formula: a / b * 100, target: \"< 100\" }",
        ""));
    assertThat(document.measures().numbers()).isEqualTo(NumberStyle.ID);
    assertThat(document.surveys().scaleMin()).isEqualTo(1.0);
    assertThat(document.surveys().scaleMax()).isEqualTo(4.0);
    assertThat(document.programmes()).isNull();
  }

  @Test
  void collects_every_problem_of_a_file_before_failing() {
    assertThatThrownBy(() -> read(HEAD + String.join("\n",
        "scoring: { method: mulyady }",
        "perspectives:",
        "  - id: keuangan",
        "    indicators:",
        "      - { id: rasio, formul: a / b, target: \">= x\" }",
        "")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(p -> p.location().toString() + " " + p.message().key())
            .contains("test.yaml:5:20 yaml.unknown_method", "test.yaml:9:22 yaml.unknown_key_hint",
                "test.yaml:9:9 yaml.missing_key", "test.yaml:9:49 target.not_a_number"));
  }

  /** Found by fuzzing: the YAML composer recursed once per level, so 3,000 brackets overflowed the stack. */
  @Test
  void lists_nested_thousands_deep_are_refused_where_the_limit_is_passed_not_a_stack_overflow() {
    String deep = HEAD + "weights: " + "[".repeat(3000) + "]".repeat(3000) + "\n";
    int line = (int) HEAD.lines().count() + 1;
    assertThatThrownBy(() -> read(deep))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .singleElement().satisfies(p -> {
              assertThat(p.message().key()).isEqualTo("yaml.too_deep");
              assertThat(p.location().line()).isEqualTo(line);
              assertThat(p.location().column()).isEqualTo(10 + 63); // the 64th bracket: the top mapping is the first level
            }));
  }

  /** Found by fuzzing: an empty perspective without an id threw NullPointerException instead of reporting both. */
  @Test
  void a_perspective_without_an_id_or_indicators_is_reported_not_a_null_pointer() {
    assertThatThrownBy(() -> read(HEAD + "perspectives:\n  - name: P\n"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(p -> p.message().key()).contains("yaml.empty_perspective"));
  }
}

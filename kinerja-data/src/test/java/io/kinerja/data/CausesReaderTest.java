package io.kinerja.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinerja.core.model.Objective;
import io.kinerja.core.model.Scorecard;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Problem;
import io.kinerja.data.yaml.ScorecardReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code causes:} on objectives: the cause-and-effect arrows of a strategy map. */
class CausesReaderTest {

  private static final String HEAD = String.join("\n",
      "kinerja: 1",
      "id: uji",
      "name: Uji",
      "period: { grain: year, current: \"2015\" }",
      "perspectives:",
      "  - id: keuangan",
      "    objectives:",
      "      - id: tumbuh",
      "        indicators:",
      "          - { id: omzet, formula: omzet_total, target: \">= 10\" }",
      "  - id: pelanggan",
      "    objectives:",
      "      - id: puas",
      "        causes: [tumbuh]",
      "        indicators:",
      "          - { id: retensi, formula: pasien_lama, target: \">= 70\" }",
      "  - id: belajar",
      "    objectives:",
      "      - id: terlatih",
      "");

  private static Scorecard read(String yaml) {
    return ScorecardReader.read("s.yaml", yaml, Path.of(".")).scorecard();
  }

  private static List<Problem> problems(String yaml) {
    try {
      read(yaml);
    } catch (InvalidInputException e) {
      return e.problems();
    }
    throw new AssertionError("expected the file to be refused");
  }

  @Test
  void reads_the_objectives_each_objective_drives_in_the_order_written() {
    Scorecard scorecard = read(HEAD + String.join("\n",
        "        causes: [puas, tumbuh]",
        "        indicators:",
        "          - { id: pelatihan, formula: ikut / total * 100, target: \">= 80\" }",
        ""));
    assertThat(scorecard.objectives()).extracting(Objective::id).containsExactly("tumbuh", "puas", "terlatih");
    assertThat(scorecard.objectives()).extracting(Objective::causes)
        .containsExactly(List.of(), List.of("tumbuh"), List.of("puas", "tumbuh"));
  }

  @Test
  void an_unknown_cause_is_named_at_its_line_and_column_with_the_closest_objective() {
    List<Problem> problems = problems(HEAD + String.join("\n",
        "        causes:",
        "          - puas",
        "          - tumbuhh",
        "        indicators:",
        "          - { id: pelatihan, formula: ikut / total * 100, target: \">= 80\" }",
        ""));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.location().line()).isEqualTo(22);
      assertThat(p.location().column()).isEqualTo(13);
      assertThat(p.message().key()).isEqualTo("yaml.unknown_cause_hint");
      assertThat(p.toString()).contains("s.yaml:22:13").contains("'tumbuhh'").contains("'terlatih'")
          .contains("'tumbuh'");
    });
  }

  @Test
  void an_objective_cannot_cause_itself() {
    List<Problem> problems = problems(HEAD + String.join("\n",
        "        causes: [terlatih]",
        "        indicators:",
        "          - { id: pelatihan, formula: ikut / total * 100, target: \">= 80\" }",
        ""));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.message().key()).isEqualTo("yaml.cause_self");
      assertThat(p.location().line()).isEqualTo(20);
    });
  }

  @Test
  void a_cycle_of_causes_is_refused_with_its_path_named() {
    String yaml = HEAD.replace("      - id: tumbuh\n", "      - id: tumbuh\n        causes: [terlatih]\n")
        + String.join("\n",
        "        causes: [puas]",
        "        indicators:",
        "          - { id: pelatihan, formula: ikut / total * 100, target: \">= 80\" }",
        "");
    assertThatThrownBy(() -> read(yaml)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("tumbuh -> terlatih -> puas -> tumbuh")
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).hasSize(1));
  }

  @Test
  void a_cause_must_be_a_name_not_a_list() {
    List<Problem> problems = problems(HEAD + String.join("\n",
        "        causes: [[puas]]",
        "        indicators:",
        "          - { id: pelatihan, formula: ikut / total * 100, target: \">= 80\" }",
        ""));
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message().key()).isEqualTo("yaml.expected_text"));
  }
}

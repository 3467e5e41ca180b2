package io.kinerja.server.ahp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinerja.core.problem.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Pointing a scorecard's YAML at an AHP file changes the one weights key and keeps every other line. */
class AhpYamlTest {

  private static final String YAML = """
      # comment kept
      kinerja: 1
      id: x
      weights:
        ahp: old.csv
        method: eigenvector
      scoring: { method: achievement }
      perspectives:
        - id: finance   # the money
          name: Finance
          weights: { ahp: finance-old.csv }
          indicators:
            - { id: a, name: A, formula: "1", target: ">= 1" }
            - { id: b, name: B, formula: "1", target: ">= 1" }
        - id: people
          name: People
          indicators:
            - { id: c, name: C, formula: "1", target: ">= 1" }
      """;

  @Test
  void the_top_level_weights_block_is_replaced_whole_and_nothing_else_changes() {
    String out = AhpYaml.withAhpFile(YAML, null, "ahp-perspectives.csv");
    assertThat(out).isEqualTo(YAML.replace("weights:\n  ahp: old.csv\n  method: eigenvector\n",
        "weights: { ahp: ahp-perspectives.csv }\n"));
  }

  @Test
  void a_perspectives_own_weights_key_is_replaced_or_added_at_its_indentation() {
    assertThat(AhpYaml.withAhpFile(YAML, "finance", "ahp-finance.csv"))
        .isEqualTo(YAML.replace("weights: { ahp: finance-old.csv }", "weights: { ahp: ahp-finance.csv }"));
    assertThat(AhpYaml.withAhpFile(YAML, "people", "ahp-people.csv"))
        .isEqualTo(YAML.replace("  - id: people\n", "  - id: people\n    weights: { ahp: ahp-people.csv }\n"));
  }

  @Test
  void without_a_weights_key_one_is_added_before_the_perspectives() {
    String bare = YAML.replace("weights:\n  ahp: old.csv\n  method: eigenvector\n", "");
    assertThat(AhpYaml.withAhpFile(bare, null, "w.csv"))
        .isEqualTo(bare.replace("perspectives:\n", "weights: { ahp: w.csv }\nperspectives:\n"));
  }

  @Test
  void a_perspective_written_as_a_flow_mapping_is_refused_rather_than_guessed_at() {
    String flow = YAML.replace("  - id: people\n    name: People\n", "  - { id: people, name: People }\n");
    assertThatThrownBy(() -> AhpYaml.withAhpFile(flow, "people", "p.csv")).isInstanceOf(InvalidInputException.class);
  }
}

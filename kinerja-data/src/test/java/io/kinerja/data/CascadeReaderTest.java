package io.kinerja.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.data.load.ScorecardLoader;
import io.kinerja.data.yaml.Cascade;
import io.kinerja.data.yaml.ScorecardDocument;
import io.kinerja.data.yaml.ScorecardReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cascade of a measure (rolled up from child units) as the scorecard file writes it. */
class CascadeReaderTest {

  private static final String HEAD = String.join("\n",
      "kinerja: 1",
      "id: holding",
      "name: Holding",
      "period: { grain: year, current: \"2025\" }",
      "measures:",
      "");

  private static final String TAIL = String.join("\n",
      "perspectives:",
      "  - id: finance",
      "    indicators:",
      "      - { id: total, formula: total_sales, target: \">= 1\" }",
      "");

  private static ScorecardDocument read(String measures) {
    return ScorecardReader.read("holding.yaml", HEAD + measures + TAIL, Path.of("."));
  }

  @Test
  void reads_a_sum_a_weighted_mean_and_a_formula() {
    ScorecardDocument d = read(String.join("\n",
        "  total_sales: { cascade: { indicator: sales, rollup: sum } }",
        "  weighted: { cascade: { indicator: sales, rollup: weighted_mean, weights: { north: 2, south-east: 1 } } }",
        "  mixed: { cascade: { indicator: sales, formula: \"north - south_east\" } }",
        "  mean: { rollup: last, cascade: { indicator: headcount, rollup: mean } }",
        ""));
    assertThat(d.cascades()).containsOnlyKeys("total_sales", "weighted", "mixed", "mean");
    assertThat(d.cascades().get("total_sales").rollup()).isEqualTo(Cascade.Kind.SUM);
    assertThat(d.cascades().get("total_sales").location().line()).isEqualTo(6);
    assertThat(d.cascades().get("weighted").weights()).isEqualTo(Map.of("north", 2.0, "south-east", 1.0));
    assertThat(d.cascades().get("mixed").rollup()).isEqualTo(Cascade.Kind.FORMULA);
    assertThat(d.cascades().get("mixed").formulaText()).isEqualTo("north - south_east");
    assertThat(d.cascades().get("mean").indicator()).isEqualTo("headcount");
    assertThat(d.scorecard().measures()).containsKeys("total_sales", "weighted", "mixed", "mean");
  }

  @Test
  void every_mistake_in_a_cascade_is_reported_with_its_line_and_column() {
    assertThatThrownBy(() -> read(String.join("\n",
        "  a: { cascade: { indicator: sales, rollup: median } }",
        "  b: { cascade: { indicator: sales, rollup: sum, weights: { north: 1 } } }",
        "  c: { cascade: { indicator: sales, rollup: weighted_mean } }",
        "  d: { cascade: { indicator: sales, rollup: sum, formula: \"north\" } }",
        "  e: { cascade: { rollup: sum, indicatr: sales } }",
        "  f: { cascade: { indicator: sales, formula: \"north +\" } }",
        "  g: { from: leads, count: \"*\", cascade: { indicator: sales, rollup: sum } }",
        "  h: { cascade: { indicator: sales } }",
        "  i: { cascade: { indicator: sales, rollup: weighted_mean, weights: { north: -1 } } }",
        "  total_sales: { cascade: { indicator: sales, rollup: sum } }",
        "")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(p -> p.location().line() + ":" + p.location().column() + " " + p.message().key())
            .containsExactlyInAnyOrder("6:45 yaml.cascade_unknown_rollup", "7:59 yaml.cascade_weights_unused",
                "8:17 yaml.cascade_needs_weights", "9:59 yaml.cascade_rollup_and_formula",
                "10:32 yaml.unknown_key_hint", "10:17 yaml.missing_key", "11:54 formula.unexpected_end",
                "12:42 yaml.cascade_and_records", "13:17 yaml.cascade_needs_rollup", "14:78 yaml.negative"));
  }

  @Test
  void the_command_line_refuses_a_cascade_and_says_the_server_computes_it(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("holding.yaml");
    Files.writeString(file, HEAD + "  total_sales: { cascade: { indicator: sales, rollup: sum } }\n" + TAIL);
    assertThatThrownBy(() -> ScorecardLoader.load(file))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> {
              assertThat(p.message().key()).isEqualTo("data.cascade_needs_server");
              assertThat(p.location().line()).isEqualTo(6);
              assertThat(p.message().toString()).contains("total_sales", "kinerja serve");
            }));
  }
}

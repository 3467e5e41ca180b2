package io.kinerja.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kinerja.core.evaluation.ObjectiveScores;
import io.kinerja.core.model.Scorecard;
import io.kinerja.core.text.Language;
import io.kinerja.data.yaml.ScorecardReader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An objective's score on the strategy map: its indicators' scores rolled up by the scorecard's method. */
class ObjectiveScoresTest {

  private static Scorecard read(String method) {
    return ScorecardReader.read("s.yaml", String.join("\n",
        "kinerja: 1",
        "id: uji",
        "name: Uji",
        "period: { grain: year, current: \"2024\" }",
        "scoring: " + method,
        "perspectives:",
        "  - id: customer",
        "    objectives:",
        "      - id: win",
        "        indicators:",
        "          - { id: a, formula: x, target: \">= 1\", weight: 3 }",
        "          - { id: b, formula: y, target: \">= 1\", weight: 1 }",
        "      - id: keep",
        "        causes: [win]",
        "        indicators:",
        "          - { id: c, formula: z, target: \">= 1\" }",
        ""), Path.of(".")).scorecard();
  }

  @Test
  void under_achievement_an_objective_is_the_weighted_mean_of_its_indicators_with_its_category() {
    Scorecard sc = read("{ method: achievement, bands: likert-5 }");
    Map<String, ObjectiveScores.Outcome> out = ObjectiveScores.of(sc, Map.of("a", 100.0, "b", 20.0, "c", 50.0));
    assertThat(out.get("win").aggregate().fin()).isCloseTo(80.0, within(1e-9));
    assertThat(out.get("win").category().in(Language.EN)).isEqualTo("very good");
    assertThat(out.get("keep").aggregate().fin()).isCloseTo(50.0, within(1e-9));
    assertThat(out.get("keep").category().in(Language.EN)).isEqualTo("fair");
  }

  @Test
  void under_mulyadi_an_objective_is_its_sum_over_its_balance_criterion() {
    Scorecard sc = read("{ method: mulyadi }");
    Map<String, ObjectiveScores.Outcome> out = ObjectiveScores.of(sc, Map.of("a", 1.0, "b", -1.0, "c", -1.0));
    assertThat(out.get("win").aggregate().fin()).isCloseTo(0.0, within(1e-9));
    assertThat(out.get("keep").aggregate().fin()).isCloseTo(-1.0, within(1e-9));
    assertThat(out.get("keep").category().in(Language.ID)).isEqualTo("Kurang");
  }

  @Test
  void an_objective_none_of_whose_indicators_was_scored_has_no_score_and_no_category() {
    Map<String, ObjectiveScores.Outcome> out = ObjectiveScores.of(read("{ method: achievement }"), Map.of("c", 90.0));
    assertThat(out.get("win").aggregate().fin()).isNull();
    assertThat(out.get("win").category()).isNull();
    assertThat(out.get("keep").aggregate().fin()).isCloseTo(90.0, within(1e-9));
  }
}

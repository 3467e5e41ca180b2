package io.kinerja.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.core.model.Objective;
import io.kinerja.core.model.Scorecard;
import io.kinerja.data.yaml.ScorecardReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bsc-for-marketing template ships a strategy map: each objective drives the next one up. */
class TemplateCausesTest {

  @TempDir Path dir;

  @Test
  void the_balanced_scorecard_for_marketing_leads_from_capabilities_to_financial_performance() {
    Path target = dir.resolve("bsc");
    assertThat(Cli.run("init", "--template", "bsc-for-marketing", target.toString()).exit()).isZero();
    Scorecard scorecard = ScorecardReader.read(target.resolve("scorecard.yaml")).scorecard();
    assertThat(scorecard.objectives()).extracting(o -> o.id() + " -> " + String.join(",", o.causes())).containsExactly(
        "build_capabilities -> orient_to_market",
        "orient_to_market -> create_customer_value",
        "create_customer_value -> return_on_marketing",
        "return_on_marketing -> ");
    assertThat(scorecard.objectives()).allSatisfy((Objective o) -> assertThat(o.indicators()).hasSize(1));
    assertThat(Cli.run("validate", target.resolve("scorecard.yaml").toString()).exit()).isZero();
  }
}

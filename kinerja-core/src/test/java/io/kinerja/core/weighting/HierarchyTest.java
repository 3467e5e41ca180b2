package io.kinerja.core.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.weighting.Hierarchy.GlobalWeight;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HierarchyTest {

  @Test
  void multiplies_the_local_weights_down_the_path() {
    assertThat(Hierarchy.globalWeight(0.4, 0.25)).isCloseTo(0.1, within(1e-15));
    assertThat(Hierarchy.globalWeight(0.5, 0.5, 0.2)).isCloseTo(0.05, within(1e-15));
  }

  @Test
  void the_top_of_the_hierarchy_has_weight_one() {
    assertThat(Hierarchy.globalWeight()).isEqualTo(1);
  }

  @Test
  void gives_every_indicator_its_perspective_weight_times_its_own() {
    Map<String, Double> perspectives = new LinkedHashMap<>();
    perspectives.put("keuangan", 0.6);
    perspectives.put("pelanggan", 0.4);
    Map<String, Map<String, Double>> indicators = new LinkedHashMap<>();
    indicators.put("pelanggan", ordered("retensi", 0.75, "akuisisi", 0.25));
    indicators.put("keuangan", ordered("rasio_ekonomi", 1.0));

    List<GlobalWeight> weights = Hierarchy.globalWeights(perspectives, indicators);

    assertThat(weights)
        .extracting(GlobalWeight::element)
        .containsExactly("rasio_ekonomi", "retensi", "akuisisi");
    assertThat(weights.get(1).global()).isCloseTo(0.3, within(1e-15));
    assertThat(weights.get(2).global()).isCloseTo(0.1, within(1e-15));
    assertThat(weights.get(2).groupWeight()).isEqualTo(0.4);
    assertThat(weights.get(2).localWeight()).isEqualTo(0.25);
    assertThat(weights.stream().mapToDouble(GlobalWeight::global).sum()).isCloseTo(1, within(1e-12));
  }

  @Test
  void takes_local_weights_from_ahp_results() {
    AhpResult perspectives =
        Ahp.standard()
            .priorities(Matrices.fromWeights(List.of("keuangan", "pelanggan"), 3, 1));
    AhpResult finance = Ahp.standard().priorities(Matrices.fourTwoOne());

    List<GlobalWeight> weights =
        Hierarchy.globalWeights(
            perspectives.weights(),
            Map.of("keuangan", finance.weights(), "pelanggan", Map.of("retensi", 1.0)));

    assertThat(weights.get(0).element()).isEqualTo("price");
    assertThat(weights.get(0).global()).isCloseTo(0.75 * 4 / 7, within(1e-12));
    assertThat(weights.get(3).global()).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void refuses_a_group_without_local_weights_and_local_weights_without_a_group() {
    assertThatThrownBy(
            () ->
                Hierarchy.globalWeights(
                    Map.of("keuangan", 1.0), Map.of("pelangan", Map.of("retensi", 1.0))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getMessage())
                    .contains("there are no local weights for the group 'keuangan'")
                    .contains(
                        "local weights are given for 'pelangan', which is not a group of the level"
                            + " above"));
  }

  private static Map<String, Double> ordered(Object... pairs) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put((String) pairs[i], (Double) pairs[i + 1]);
    }
    return out;
  }
}

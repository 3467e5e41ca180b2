package io.kinerja.core.weighting;

import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Weights down a hierarchy (DESIGN §5.9): an element's global weight is the product of the local weights
 * on the path from the top, e.g. a perspective's weight times the indicator's weight within it. Local
 * weights that each sum to 1 give global weights that sum to 1.
 */
public final class Hierarchy {

  private Hierarchy() {}

  /** The product of the local weights from the top of the hierarchy down to one element. */
  public static double globalWeight(double... localWeightsDownThePath) {
    double product = 1;
    for (double w : localWeightsDownThePath) {
      product *= w;
    }
    return product;
  }

  /**
   * The global weight of every element of a two-level hierarchy, in the order of the groups and then of
   * each group's elements. Every group needs its local weights, and local weights need a group: either
   * gap is an error naming the group.
   */
  public static List<GlobalWeight> globalWeights(
      Map<String, Double> groupWeights, Map<String, Map<String, Double>> localWeights) {
    check(groupWeights, localWeights);
    List<GlobalWeight> out = new ArrayList<>();
    groupWeights.forEach(
        (group, groupWeight) ->
            localWeights
                .get(group)
                .forEach(
                    (element, local) ->
                        out.add(
                            new GlobalWeight(
                                group, element, groupWeight, local, globalWeight(groupWeight, local)))));
    return List.copyOf(out);
  }

  private static void check(Map<String, Double> groups, Map<String, Map<String, Double>> locals) {
    Problems problems = new Problems();
    groups.keySet().stream()
        .filter(group -> !locals.containsKey(group))
        .forEach(group -> problems.error(Location.field(group), "ahp.hierarchy.missing_group", group));
    locals.keySet().stream()
        .filter(group -> !groups.containsKey(group))
        .forEach(group -> problems.error(Location.field(group), "ahp.hierarchy.unknown_group", group));
    problems.throwIfErrors();
  }

  /** One element's global weight and the two local weights it is the product of. */
  public record GlobalWeight(
      String group, String element, double groupWeight, double localWeight, double global) {}
}

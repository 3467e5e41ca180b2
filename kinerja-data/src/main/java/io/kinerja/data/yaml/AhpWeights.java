package io.kinerja.data.yaml;

import io.kinerja.core.problem.Location;
import io.kinerja.core.weighting.PriorityMethod;
import java.util.List;

/**
 * Weights to be derived by AHP from pairwise matrices ({@code weights: { ahp: file.csv }}): one file, or
 * several respondents' files combined by their geometric mean; the priority method and the consistency
 * threshold; whether inconsistent respondents are left out of a group.
 */
public record AhpWeights(
    List<String> files, PriorityMethod method, double threshold, boolean excludeInconsistent, Location declaredAt) {

  public AhpWeights {
    files = List.copyOf(files);
  }
}

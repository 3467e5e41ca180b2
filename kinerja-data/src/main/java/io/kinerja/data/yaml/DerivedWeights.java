package io.kinerja.data.yaml;

import io.kinerja.core.problem.Location;
import io.kinerja.core.weighting.PriorityMethod;
import java.util.List;

/**
 * Weights derived from files rather than written by hand: by AHP from pairwise matrices ({@code weights:
 * { ahp: file.csv }}: one file, or several respondents' combined by their geometric mean, with the
 * priority method, the consistency threshold and whether inconsistent respondents are left out), or by
 * seed 002's rule from each KPI's priority, difficulty and credibility ratings ({@code weights: {
 * factors: ratings.csv }}).
 */
public record DerivedWeights(
    Kind kind,
    List<String> files,
    PriorityMethod method,
    double threshold,
    boolean excludeInconsistent,
    Location declaredAt) {

  /** Where the weights come from. */
  public enum Kind {
    AHP,
    FACTORS
  }

  public DerivedWeights {
    files = List.copyOf(files);
  }
}

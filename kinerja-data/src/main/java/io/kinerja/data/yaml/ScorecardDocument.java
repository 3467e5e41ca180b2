package io.kinerja.data.yaml;

import io.kinerja.core.model.Scorecard;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A scorecard file as read: the scorecard, the data files it names, its raw-record sources and
 * measures, the AHP matrices its weights come from (for the perspectives, and for the indicators of each
 * perspective), and the folder its relative paths start from.
 */
public record ScorecardDocument(
    Scorecard scorecard,
    Path folder,
    DataFile measures,
    DataFile programmes,
    DataFile surveys,
    Map<String, Declaration> sources,
    Map<String, Declaration> recordMeasures,
    DerivedWeights perspectiveWeights,
    Map<String, DerivedWeights> indicatorWeights,
    List<io.kinerja.core.problem.Problem> warnings) {

  public ScorecardDocument {
    sources = Map.copyOf(sources);
    recordMeasures = Map.copyOf(recordMeasures);
    indicatorWeights = Map.copyOf(indicatorWeights);
    warnings = List.copyOf(warnings);
  }
}

package io.kinerja.data.yaml;

import io.kinerja.core.model.Scorecard;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A scorecard file as read: the scorecard, the data files it names, its raw-record sources and
 * measures, and the folder its relative paths start from.
 */
public record ScorecardDocument(
    Scorecard scorecard,
    Path folder,
    DataFile measures,
    DataFile programmes,
    DataFile surveys,
    Map<String, Declaration> sources,
    Map<String, Declaration> recordMeasures,
    List<io.kinerja.core.problem.Problem> warnings) {

  public ScorecardDocument {
    sources = Map.copyOf(sources);
    recordMeasures = Map.copyOf(recordMeasures);
    warnings = List.copyOf(warnings);
  }
}

package io.kinerja.data.yaml;

import io.kinerja.core.model.Scorecard;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A scorecard file as read: the scorecard, the data files it names, its raw-record sources and
 * measures, the AHP matrices its weights come from (for the perspectives, and for the indicators of each
 * perspective), the engine that computes its raw-record measures ({@code null}: the embedded DuckDB), and
 * the folder its relative paths start from, and its measures rolled up from child units' scorecards
 * ({@link Cascade}, computed by the server only).
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
    List<io.kinerja.core.problem.Problem> warnings,
    EngineDeclaration engine,
    Map<String, Cascade> cascades) {

  public ScorecardDocument {
    sources = Map.copyOf(sources);
    cascades = Map.copyOf(cascades);
    recordMeasures = Map.copyOf(recordMeasures);
    indicatorWeights = Map.copyOf(indicatorWeights);
    warnings = List.copyOf(warnings);
  }

  /** A document whose records, if any, are computed by the embedded DuckDB. */
  public ScorecardDocument(Scorecard scorecard, Path folder, DataFile measures, DataFile programmes, DataFile surveys,
      Map<String, Declaration> sources, Map<String, Declaration> recordMeasures, DerivedWeights perspectiveWeights,
      Map<String, DerivedWeights> indicatorWeights, List<io.kinerja.core.problem.Problem> warnings) {
    this(scorecard, folder, measures, programmes, surveys, sources, recordMeasures, perspectiveWeights, indicatorWeights,
        warnings, null, Map.of());
  }

  /** A document without measures rolled up from child units. */
  public ScorecardDocument(Scorecard scorecard, Path folder, DataFile measures, DataFile programmes, DataFile surveys,
      Map<String, Declaration> sources, Map<String, Declaration> recordMeasures, DerivedWeights perspectiveWeights,
      Map<String, DerivedWeights> indicatorWeights, List<io.kinerja.core.problem.Problem> warnings,
      EngineDeclaration engine) {
    this(scorecard, folder, measures, programmes, surveys, sources, recordMeasures, perspectiveWeights, indicatorWeights,
        warnings, engine, Map.of());
  }
}

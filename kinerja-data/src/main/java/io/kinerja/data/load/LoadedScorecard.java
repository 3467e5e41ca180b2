package io.kinerja.data.load;

import io.kinerja.core.measure.Observations;
import io.kinerja.core.model.Scorecard;
import io.kinerja.core.model.UnitData;
import io.kinerja.core.period.Grain;
import io.kinerja.core.period.Period;
import io.kinerja.core.problem.Problem;
import io.kinerja.data.yaml.ScorecardDocument;
import io.kinerja.metrics.engine.SqlEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A scorecard file and all the data it names, read and checked, ready to be evaluated; with the engine
 * over its raw records where it has any (closed with this).
 */
public record LoadedScorecard(
    ScorecardDocument document, UnitData data, Observations figures, Set<Period> periods, List<Problem> warnings,
    SqlEngine engine)
    implements AutoCloseable {

  public LoadedScorecard {
    periods = Set.copyOf(periods);
    warnings = List.copyOf(warnings);
  }

  public Scorecard scorecard() {
    return document.scorecard();
  }

  public Optional<SqlEngine> records() {
    return Optional.ofNullable(engine);
  }

  /** The values of a segment dimension (channel, region…) in the records and the typed-in figures. */
  public List<String> segmentValues(String dimension) {
    Set<String> values = new TreeSet<>();
    if (engine != null) {
      values.addAll(engine.segmentValues(dimension));
    }
    values.addAll(figures.segmentValues(dimension));
    return new ArrayList<>(values);
  }

  /**
   * The values of a segment dimension in the records placed in periods at {@code grain} (read from the
   * split that evaluating per segment uses, so no extra pass over the records) and in the typed-in figures.
   */
  public List<String> segmentValues(String dimension, Grain grain) {
    Set<String> values = new TreeSet<>();
    if (engine != null) {
      values.addAll(engine.segmentValues(dimension, grain));
    }
    values.addAll(figures.segmentValues(dimension));
    return new ArrayList<>(values);
  }

  @Override
  public void close() {
    if (engine != null) {
      engine.close();
    }
  }
}

package io.kinerja.data.load;

import io.kinerja.core.model.Scorecard;
import io.kinerja.core.model.UnitData;
import io.kinerja.core.period.Period;
import io.kinerja.core.problem.Problem;
import io.kinerja.data.yaml.ScorecardDocument;
import java.util.List;
import java.util.Set;

/** A scorecard file and all the data it names, read and checked, ready to be evaluated. */
public record LoadedScorecard(ScorecardDocument document, UnitData data, Set<Period> periods, List<Problem> warnings) {

  public LoadedScorecard {
    periods = Set.copyOf(periods);
    warnings = List.copyOf(warnings);
  }

  public Scorecard scorecard() {
    return document.scorecard();
  }
}

package io.kinerja.core.evaluation;

import io.kinerja.core.model.Scoring;
import io.kinerja.core.scoring.Achievement;
import io.kinerja.core.scoring.BandScoring;
import io.kinerja.core.scoring.Mulyadi;
import io.kinerja.core.scoring.Omax;
import io.kinerja.core.scoring.ScoringMethod;
import io.kinerja.core.scoring.Snorm;

/** Picks the scoring method a scorecard names, with its settings. */
final class Methods {

  private Methods() {}

  static ScoringMethod of(Scoring scoring) {
    return switch (scoring.method()) {
      case MULYADI -> new Mulyadi(scoring.tolerance());
      case ACHIEVEMENT -> new Achievement(scoring.cap(), scoring.lowerByDifference());
      case SNORM -> new Snorm();
      case OMAX -> new Omax();
      case BANDS -> new BandScoring(scoring.bands());
    };
  }
}

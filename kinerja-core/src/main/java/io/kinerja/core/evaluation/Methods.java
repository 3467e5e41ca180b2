package io.kinerja.core.evaluation;

import io.kinerja.core.model.Scoring;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.scoring.Mulyadi;
import io.kinerja.core.scoring.ScoringMethod;
import io.kinerja.core.text.Message;
import java.util.Optional;

/** Picks the scoring method a scorecard names, with its settings. */
final class Methods {

  private Methods() {}

  static ScoringMethod of(Scoring scoring) {
    return switch (scoring.method()) {
      case MULYADI -> new Mulyadi(scoring.tolerance());
      default -> throw InvalidInputException.of(Location.field("scoring.method"), "method.not_available",
          scoring.method().key());
    };
  }

  /** The method's own word for a score, where it has one (Mulyadi: baik, cukup, kurang). */
  static Optional<Message> word(Scoring scoring, double score) {
    return switch (scoring.method()) {
      case MULYADI -> Optional.of(Mulyadi.word(score));
      default -> Optional.empty();
    };
  }
}

package io.kinerja.report;

import io.kinerja.core.evaluation.Improvement;
import io.kinerja.core.evaluation.IndicatorResult;
import io.kinerja.core.evaluation.ScorecardResult;
import io.kinerja.core.scoring.Band;
import io.kinerja.core.scoring.Bands;
import java.util.ArrayList;
import java.util.List;

/**
 * What to improve first, as the core ordered it ({@link ScorecardResult#improvements()}): by weighted gap
 * to full marks, share × (best − score); under Mulyadi the indicators below the standard (−1) come
 * before those at it (0). This class only pairs each entry with its indicator's result.
 */
final class Priorities {

  /** One indicator to improve, with its weighted gap. */
  record Priority(IndicatorResult indicator, double gap) {}

  private Priorities() {}

  static List<Priority> of(ScorecardResult result) {
    List<Priority> list = new ArrayList<>();
    for (Improvement improvement : result.improvements()) {
      result.indicator(improvement.indicator()).ifPresent(r -> list.add(new Priority(r, improvement.gap())));
    }
    return list;
  }

  /** The best score an indicator can have under the method: what a gap is measured to (for the text). */
  static double top(ScorecardResult result) {
    return switch (result.method()) {
      case MULYADI -> 1;
      case OMAX -> 10;
      case BANDS -> topBand(result.scorecard().scoring().bands());
      default -> 100;
    };
  }

  private static double topBand(Bands bands) {
    return bands == null ? 100
        : bands.bands().stream().map(Band::score).filter(s -> s != null).mapToDouble(Double::doubleValue).max()
            .orElse(100);
  }
}

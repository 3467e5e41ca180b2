package io.kinerja.report;

import io.kinerja.core.evaluation.GroupResult;
import io.kinerja.core.evaluation.IndicatorResult;
import io.kinerja.core.evaluation.ScorecardResult;
import io.kinerja.core.model.Method;
import io.kinerja.core.scoring.Band;
import io.kinerja.core.scoring.Bands;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What to improve first. Under Mulyadi: the indicators below the standard (−1), then those at it (0).
 * Under the weighted methods: the indicators by weighted gap to the top score, weight × (top − score),
 * largest first, where an indicator's weight is its share within its perspective times its perspective's
 * share of the scorecard (a missing weight counts as 1, as in the roll-up).
 */
final class Priorities {

  /** One indicator to improve, with its gap (Mulyadi: 1 − score). */
  record Priority(IndicatorResult indicator, double gap) {}

  private Priorities() {}

  static List<Priority> of(ScorecardResult result) {
    List<Priority> list = new ArrayList<>();
    double top = top(result);
    for (IndicatorResult r : result.indicators()) {
      if (r.score() == null) {
        continue;
      }
      double gap = result.method() == Method.MULYADI ? 1 - r.score() : weight(result, r) * (top - r.score());
      if (gap > 1e-9) {
        list.add(new Priority(r, gap));
      }
    }
    list.sort(Comparator.comparingDouble(Priority::gap).reversed());
    return list;
  }

  /** The best score an indicator can have under the method: what a gap is measured to. */
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

  private static double weight(ScorecardResult result, IndicatorResult r) {
    double perspectives = result.perspectives().stream().mapToDouble(Priorities::weightOf).sum();
    GroupResult own = result.perspectives().stream().filter(g -> g.id().equals(r.perspective())).findFirst()
        .orElseThrow();
    double siblings = result.indicatorsOf(r.perspective()).stream().mapToDouble(Priorities::weightOf).sum();
    return weightOf(own) / perspectives * weightOf(r) / siblings;
  }

  private static double weightOf(GroupResult g) {
    return g.weight() == null ? 1 : g.weight();
  }

  private static double weightOf(IndicatorResult r) {
    return r.indicator().weight() == null ? 1 : r.indicator().weight();
  }
}

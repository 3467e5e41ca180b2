package io.kinerja.core.evaluation;

import io.kinerja.core.formula.Value;
import io.kinerja.core.model.Indicator;
import io.kinerja.core.model.Method;
import io.kinerja.core.model.Objective;
import io.kinerja.core.model.Perspective;
import io.kinerja.core.model.Scorecard;
import io.kinerja.core.scoring.Band;
import io.kinerja.core.target.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders a result's indicators by their weighted gap to full marks, so that the first one is where an
 * improvement moves the final score most. An indicator's share is its global weight: under Mulyadi every
 * scored indicator counts the same; under OMAX its weight over all weights; under the weighted means the
 * product of its perspective's, objective's and own weights, each taken over the scored ones beside it.
 * Equal gaps are ordered by how far the value falls short of its target, relative to the target.
 */
final class Improvements {

  private Improvements() {}

  static List<Improvement> of(Scorecard scorecard, List<IndicatorResult> results, Map<String, Double> weights) {
    Map<String, IndicatorResult> byId = new HashMap<>();
    results.forEach(r -> byId.put(r.id(), r));
    Map<String, Double> shares = shares(scorecard, byId, weights);
    double best = best(scorecard);
    List<Improvement> list = new ArrayList<>();
    for (IndicatorResult r : results) {
      Double share = shares.get(r.id());
      if (r.isScored() && share != null) {
        double gap = share * Math.max(0, best - r.score());
        if (gap > 1e-12) {
          list.add(new Improvement(r.id(), share, gap));
        }
      }
    }
    list.sort(Comparator.comparingDouble(Improvement::gap).reversed()
        .thenComparing(Comparator.comparingDouble((Improvement i) -> shortfall(byId.get(i.indicator()))).reversed())
        .thenComparingDouble(i -> byId.get(i.indicator()).score()));
    return list;
  }

  /** How far the value is from a numeric target, relative to it: breaks ties between equal scores. */
  private static double shortfall(IndicatorResult r) {
    if (!(r.value() instanceof Value.Number n) || r.target() == null) {
      return 0;
    }
    double standard = r.target() instanceof Target.AtLeast t ? t.standard()
        : r.target() instanceof Target.AtMost t ? t.standard() : 0;
    return standard == 0 ? 0 : Math.abs(n.value() - standard) / Math.abs(standard);
  }

  /** Full marks: +1 under Mulyadi, level 10 under OMAX, the best band's score, else 100 %. */
  private static double best(Scorecard scorecard) {
    return switch (scorecard.scoring().method()) {
      case MULYADI -> 1;
      case OMAX -> 10;
      case BANDS -> scorecard.scoring().bands().bands().stream().filter(b -> b.score() != null)
          .mapToDouble(Band::score).max().orElse(0);
      default -> 100;
    };
  }

  private static Map<String, Double> shares(Scorecard scorecard, Map<String, IndicatorResult> byId,
      Map<String, Double> weights) {
    Map<String, Double> shares = new HashMap<>();
    Method method = scorecard.scoring().method();
    if (method == Method.MULYADI || method == Method.OMAX) {
      List<Indicator> scored = scorecard.indicators().stream().filter(i -> byId.get(i.id()).isScored()).toList();
      double total = scored.stream().mapToDouble(i -> weight(method == Method.OMAX ? weights.get(i.id()) : null)).sum();
      scored.forEach(i -> shares.put(i.id(), weight(method == Method.OMAX ? weights.get(i.id()) : null) / total));
      return shares;
    }
    List<Perspective> scoredPerspectives = scorecard.perspectives().stream()
        .filter(p -> p.allIndicators().stream().anyMatch(i -> byId.get(i.id()).isScored())).toList();
    double perspectiveTotal = scoredPerspectives.stream().mapToDouble(p -> weight(p.weight())).sum();
    for (Perspective p : scoredPerspectives) {
      double ps = weight(p.weight()) / perspectiveTotal;
      List<Object> parts = new ArrayList<>();
      p.objectives().stream().filter(o -> o.indicators().stream().anyMatch(i -> byId.get(i.id()).isScored()))
          .forEach(parts::add);
      p.indicators().stream().filter(i -> byId.get(i.id()).isScored()).forEach(parts::add);
      double partTotal = parts.stream().mapToDouble(x -> x instanceof Objective o ? weight(o.weight())
          : weight(weights.get(((Indicator) x).id()))).sum();
      for (Object part : parts) {
        if (part instanceof Objective o) {
          List<Indicator> inside = o.indicators().stream().filter(i -> byId.get(i.id()).isScored()).toList();
          double insideTotal = inside.stream().mapToDouble(i -> weight(weights.get(i.id()))).sum();
          inside.forEach(i -> shares.put(i.id(),
              ps * weight(o.weight()) / partTotal * weight(weights.get(i.id())) / insideTotal));
        } else {
          Indicator i = (Indicator) part;
          shares.put(i.id(), ps * weight(weights.get(i.id())) / partTotal);
        }
      }
    }
    return shares;
  }

  private static double weight(Double w) {
    return w == null ? 1 : w;
  }
}

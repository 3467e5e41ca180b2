package io.kinerja.core.evaluation;

import io.kinerja.core.model.Indicator;
import io.kinerja.core.model.Method;
import io.kinerja.core.model.Objective;
import io.kinerja.core.model.Perspective;
import io.kinerja.core.model.Scorecard;
import io.kinerja.core.scoring.Aggregate;
import io.kinerja.core.scoring.Bands;
import io.kinerja.core.scoring.Omax;
import io.kinerja.core.scoring.ScoringMethod;
import io.kinerja.core.scoring.Scored;
import io.kinerja.core.text.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each objective's score and category for a period, rolled up from its indicators' scores by the
 * scorecard's method exactly as the evaluator rolls them up on the way to a perspective (a strategy map
 * colours its boxes with them). The result JSON keeps indicators and perspectives only: this derives
 * the level in between from the same scores.
 */
public final class ObjectiveScores {

  /** An objective's roll-up (null {@code fin}: none of its indicators was scored) and category. */
  public record Outcome(Aggregate aggregate, Message category) {}

  private ObjectiveScores() {}

  /** {@code scores}: indicator id → score, for the scored indicators only. */
  public static Map<String, Outcome> of(Scorecard scorecard, Map<String, Double> scores) {
    ScoringMethod method = Methods.of(scorecard.scoring());
    Map<String, Double> weights = Weights.effective(scorecard);
    Map<String, Outcome> out = new LinkedHashMap<>();
    for (Perspective perspective : scorecard.perspectives()) {
      Bands bands = perspective.bands() != null ? perspective.bands() : scorecard.scoring().bands();
      for (Objective objective : perspective.objectives()) {
        List<Scored> scored = new ArrayList<>();
        for (Indicator indicator : objective.indicators()) {
          Double score = scores.get(indicator.id());
          if (score != null) {
            scored.add(new Scored(score, weights.get(indicator.id())));
          }
        }
        Aggregate a = method.rollUp(scored, objective.indicators().size());
        Double x = normalised(scorecard, a);
        Message category = bands == null || x == null ? null : bands.find(x).map(b -> b.label()).orElse(null);
        out.put(objective.id(), new Outcome(a, category));
      }
    }
    return out;
  }

  private static Double normalised(Scorecard scorecard, Aggregate a) {
    if (a.fin() == null || scorecard.scoring().method() != Method.OMAX) {
      return a.fin();
    }
    return a.max() == 0 ? null : a.fin() / a.max() * Omax.TOP;
  }
}

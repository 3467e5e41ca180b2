package io.kinerja.core.scoring;

import io.kinerja.core.formula.Value;
import io.kinerja.core.target.Target;
import io.kinerja.core.text.Message;
import java.util.List;

/**
 * The achievement ratio of most KPI workbooks (DESIGN §5.3): higher is better, actual ÷ T; lower is
 * better, T ÷ actual (or 2 − actual ÷ T); a range, 1 inside and the ratio to the nearer bound outside;
 * floored at 0 and capped at {@code cap}. The score is the ratio in percent. A lower-is-better value of
 * 0 (no cost at all) reaches the cap.
 */
public record Achievement(double cap, boolean lowerByDifference) implements ScoringMethod {

  @Override
  public Verdict score(Value actual, Standard standard) {
    Target target = standard.target();
    if (target instanceof Target.Ordinal ordinal) {
      return ordinal(actual, ordinal);
    }
    if (!(actual instanceof Value.Number n)) {
      return Verdict.none(Message.of("why.class_against_number", ((Value.Class) actual).label(), target.text()));
    }
    double x = n.value();
    if (target instanceof Target.AtLeast t) {
      return verdict(t.standard() == 0 ? (x > 0 ? cap : 0) : x / t.standard(), "why.achievement.higher", x, t.standard());
    }
    if (target instanceof Target.AtMost t) {
      return lower(x, t.standard());
    }
    if (target instanceof Target.Between t) {
      return between(x, t);
    }
    return verdict(x > 0 ? 1 : 0, x > 0 ? "why.achievement.exists_met" : "why.achievement.exists_not_met", x);
  }

  private Verdict lower(double x, double standard) {
    if (lowerByDifference) {
      double ratio = standard == 0 ? (x <= 0 ? cap : 0) : 2 - x / standard;
      return verdict(ratio, "why.achievement.lower_difference", x, standard);
    }
    double ratio = x <= 0 ? cap : standard / x;
    return verdict(ratio, "why.achievement.lower", x, standard);
  }

  private Verdict between(double x, Target.Between t) {
    if (x >= t.low() && x <= t.high()) {
      return verdict(1, "why.achievement.inside", x, t.low(), t.high());
    }
    double ratio = x < t.low() ? (t.low() == 0 ? 0 : x / t.low()) : (x == 0 ? cap : t.high() / x);
    return verdict(ratio, "why.achievement.outside", x, t.low(), t.high());
  }

  /** A class below the standard class achieves (position + 1) ÷ (standard's position + 1). */
  private Verdict ordinal(Value actual, Target.Ordinal target) {
    if (!(actual instanceof Value.Class c)) {
      return Verdict.none(Message.of("why.number_against_class", String.valueOf(actual), target.label()));
    }
    int want = Mulyadi.positionIn(c, target.label());
    if (want < 0) {
      return Verdict.none(Message.of("why.class_not_in_scale", target.label(), String.join(", ", c.scale())));
    }
    double ratio = (c.position() + 1.0) / (want + 1.0);
    return verdict(ratio, "why.achievement.class", c.label(), target.label());
  }

  private Verdict verdict(double ratio, String key, Object... args) {
    double clamped = Math.max(0, Math.min(cap, ratio));
    Object[] all = new Object[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = ratio * 100;
    all[args.length + 1] = clamped * 100;
    return new Verdict(clamped * 100, Message.of(key, all), null);
  }

  @Override
  public Aggregate rollUp(List<Scored> scored, int total) {
    return ScoringMethod.weightedMean(scored, total, cap * 100);
  }
}

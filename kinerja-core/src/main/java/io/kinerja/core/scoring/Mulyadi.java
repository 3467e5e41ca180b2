package io.kinerja.core.scoring;

import io.kinerja.core.formula.Value;
import io.kinerja.core.survey.Likert;
import io.kinerja.core.target.Target;
import io.kinerja.core.text.Message;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Mulyadi (2001), seed 001: +1 above the standard (baik), 0 at it (cukup), −1 below (kurang). The
 * balance criterion is the number of scored indicators, and the final score is total ÷ criterion, in
 * [−1, 1]. "At" means |actual − T| ≤ tolerance × |T|; values are compared to nine decimal places so that
 * binary rounding noise (0.1 + 0.2) never changes a verdict.
 */
public record Mulyadi(double tolerance) implements ScoringMethod {

  @Override
  public Verdict score(Value actual, Standard standard) {
    Target target = standard.target();
    if (target instanceof Target.Ordinal ordinal) {
      return ordinal(actual, ordinal);
    }
    if (!(actual instanceof Value.Number number)) {
      return Verdict.none(Message.of("why.class_against_number", label(actual), target.text()));
    }
    double x = number.value();
    if (target instanceof Target.AtLeast t) {
      return directed(x, t.standard(), 1, "higher");
    }
    if (target instanceof Target.AtMost t) {
      return directed(x, t.standard(), -1, "lower");
    }
    if (target instanceof Target.Between t) {
      return between(x, t);
    }
    boolean met = x > 0;
    return verdict(met ? 1 : -1, met ? "why.mulyadi.exists_met" : "why.mulyadi.exists_not_met", x);
  }

  /** Higher is better when {@code sign} is 1, lower when −1. */
  private Verdict directed(double x, double standard, int sign, String better) {
    if (atStandard(x, standard)) {
      return verdict(0, "why.mulyadi.at_standard", x, standard, tolerance * 100);
    }
    int score = Double.compare(x, standard) * sign > 0 ? 1 : -1;
    String side = x > standard ? "above" : "below";
    return verdict(score, "why.mulyadi." + side + "_" + better, x, standard);
  }

  private Verdict between(double x, Target.Between t) {
    double low = t.low() - tolerance * Math.abs(t.low());
    double high = t.high() + tolerance * Math.abs(t.high());
    boolean inside = compare(x, low) >= 0 && compare(x, high) <= 0;
    return inside
        ? verdict(0, "why.mulyadi.inside", x, t.low(), t.high())
        : verdict(-1, "why.mulyadi.outside", x, t.low(), t.high());
  }

  private Verdict ordinal(Value actual, Target.Ordinal target) {
    if (!(actual instanceof Value.Class c)) {
      return Verdict.none(Message.of("why.number_against_class", label(actual), target.label()));
    }
    int want = positionIn(c, target.label());
    if (want < 0) {
      return Verdict.none(Message.of("why.class_not_in_scale", target.label(), String.join(", ", c.scale())));
    }
    int have = c.position();
    int score = Integer.compare(have, want);
    String key = score > 0 ? "why.mulyadi.class_above" : score == 0 ? "why.mulyadi.class_at" : "why.mulyadi.class_below";
    return new Verdict((double) score, Message.of(key, c.label(), target.label()), wordFor(score));
  }

  /** The target class's position in the value's scale, the label matched in either language. */
  static int positionIn(Value.Class c, String label) {
    for (int k = 0; k < c.scale().size(); k++) {
      if (c.scale().get(k).equalsIgnoreCase(label.strip())) {
        return k;
      }
    }
    return c.scale().size() == Likert.CLASSES ? Likert.positionOf(label) : -1;
  }

  private boolean atStandard(double x, double standard) {
    return round(Math.abs(x - standard)) <= round(tolerance * Math.abs(standard));
  }

  private static int compare(double a, double b) {
    return Double.compare(round(a), round(b));
  }

  private static double round(double x) {
    return BigDecimal.valueOf(x).setScale(9, RoundingMode.HALF_EVEN).doubleValue();
  }

  private static Verdict verdict(int score, String key, Object... args) {
    return new Verdict((double) score, Message.of(key, args), wordFor(score));
  }

  public static Message wordFor(double score) {
    return Message.of(score > 0 ? "word.mulyadi.baik" : score == 0 ? "word.mulyadi.cukup" : "word.mulyadi.kurang");
  }

  private static String label(Value value) {
    return value instanceof Value.Class c ? c.label() : String.valueOf(((Value.Number) value).value());
  }

  @Override
  public boolean overallFromIndicators() {
    return true;
  }

  @Override
  public java.util.Optional<Message> word(double score) {
    return java.util.Optional.of(wordFor(score));
  }

  @Override
  public Aggregate rollUp(List<Scored> scored, int total) {
    double sum = scored.stream().mapToDouble(Scored::score).sum();
    int criterion = scored.size();
    return new Aggregate(sum, criterion, criterion == 0 ? null : sum / criterion, criterion, total);
  }
}

package io.kinerja.core.scoring;

import io.kinerja.core.formula.Value;
import io.kinerja.core.target.Polarity;
import io.kinerja.core.text.Message;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The Objective Matrix of Riggs, DESIGN §5.5: per indicator, level 0 is the worst value, level 3 the
 * baseline and level 10 the target; levels 1–2 and 4–9 are spaced evenly between them. The score is the
 * highest level the value reaches (0 when worse than level 0, 10 beyond level 10). The value of an
 * indicator is score × weight and the performance indicator is the sum of the values.
 */
public record Omax() implements ScoringMethod {

  public static final int TOP = 10;
  public static final int BASELINE = 3;

  /** The eleven level values, from level 0 to level 10 (descending when lower is better). */
  public static double[] levels(OmaxAnchors a) {
    double[] levels = new double[TOP + 1];
    for (int k = 0; k <= TOP; k++) {
      levels[k] = k <= BASELINE
          ? a.worst() + k * (a.baseline() - a.worst()) / BASELINE
          : a.baseline() + (k - BASELINE) * (a.target() - a.baseline()) / (TOP - BASELINE);
    }
    return levels;
  }

  @Override
  public Verdict score(Value actual, Standard standard) {
    OmaxAnchors anchors = standard.omax();
    if (anchors == null) {
      return Verdict.none(Message.of("why.omax.no_anchors"));
    }
    if (!(actual instanceof Value.Number n)) {
      return Verdict.none(Message.of("why.omax.not_a_number"));
    }
    boolean lower = standard.direction() != null ? standard.direction() == Polarity.LOWER
        : anchors.target() < anchors.worst();
    double[] levels = levels(anchors);
    int reached = -1;
    for (int k = 0; k <= TOP; k++) {
      if (reaches(n.value(), levels[k], lower)) {
        reached = k;
      }
    }
    int score = Math.max(0, reached);
    String key = reached < 0 ? "why.omax.below_zero" : reached == TOP ? "why.omax.top" : "why.omax.level";
    double next = reached < TOP && reached >= 0 ? levels[reached + 1] : levels[Math.max(0, reached)];
    return new Verdict((double) score, Message.of(key, n.value(), score, levels[Math.max(0, reached)], next), word(score).orElse(null));
  }

  private static boolean reaches(double x, double level, boolean lower) {
    int c = round(x).compareTo(round(level));
    return lower ? c <= 0 : c >= 0;
  }

  private static BigDecimal round(double x) {
    return BigDecimal.valueOf(x).setScale(9, RoundingMode.HALF_EVEN);
  }

  /** Σ score × weight: the performance indicator; {@code max} is 10 × Σ weights. */
  @Override
  public Aggregate rollUp(List<Scored> scored, int total) {
    double sum = 0;
    double weights = 0;
    for (Scored s : scored) {
      double w = s.weight() == null ? 1 : s.weight();
      sum += s.score() * w;
      weights += w;
    }
    return new Aggregate(sum, TOP * weights, scored.isEmpty() ? null : sum, scored.size(), total);
  }

  @Override
  public boolean overallFromIndicators() {
    return true;
  }

  /** The traffic light of a level: 0–3 red, 4–7 yellow, 8–10 green. */
  @Override
  public Optional<Message> word(double score) {
    return Bands.preset("traffic-light-omax").orElseThrow().find(score).map(Band::label);
  }
}

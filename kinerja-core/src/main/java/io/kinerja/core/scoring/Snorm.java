package io.kinerja.core.scoring;

import io.kinerja.core.formula.Value;
import io.kinerja.core.target.Polarity;
import io.kinerja.core.text.Message;
import java.util.List;

/**
 * Snorm (de Boer), DESIGN §5.4: the value normalised into its indicator's [min, max], 0–100, higher or
 * lower being better; clamped to [0, 100].
 */
public record Snorm() implements ScoringMethod {

  @Override
  public Verdict score(Value actual, Standard standard) {
    SnormRange range = standard.snorm();
    if (range == null) {
      return Verdict.none(Message.of("why.snorm.no_range"));
    }
    if (!(actual instanceof Value.Number n)) {
      return Verdict.none(Message.of("why.snorm.not_a_number"));
    }
    double x = n.value();
    boolean lower = standard.direction() == Polarity.LOWER;
    double raw = (lower ? range.max() - x : x - range.min()) / (range.max() - range.min()) * 100;
    double score = Math.max(0, Math.min(100, raw));
    String key = lower ? "why.snorm.lower" : "why.snorm.higher";
    return new Verdict(score, Message.of(key, x, range.min(), range.max(), raw, score), null);
  }

  @Override
  public Aggregate rollUp(List<Scored> scored, int total) {
    return ScoringMethod.weightedMean(scored, total, 100);
  }
}

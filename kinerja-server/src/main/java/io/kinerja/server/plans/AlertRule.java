package io.kinerja.server.plans;

import java.util.Locale;
import java.util.Optional;

/**
 * A rule that raises an alert: on one indicator, or on the scorecard's overall score when {@code indicator}
 * is empty. {@code measure} (actual or score) and {@code threshold} belong to {@link Kind#BELOW}, {@code day}
 * to {@link Kind#NO_DATA}; {@code webhook} (may be null) is where raised alerts are posted.
 */
public record AlertRule(long id, String scorecard, String indicator, Kind kind, String measure, Double threshold,
    Integer day, String webhook, String createdBy, long createdAt) {

  /** What the rule watches for. */
  public enum Kind {
    /** The category is a red one: a band coloured red, or the worst band when none is. */
    RED,
    /** The actual value (or the score) is below the threshold. */
    BELOW,
    /** No value by day N of the current period. */
    NO_DATA;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Kind> byKey(String key) {
      for (Kind k : values()) {
        if (k.key().equals(key)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }
  }

  public boolean onScorecard() {
    return indicator.isEmpty();
  }

  /** The fields of a request to create a rule, as given (checked by {@link Alerts}). */
  public record Draft(String indicator, String kind, String measure, Double threshold, Double day, String webhook) {}
}

package io.kinerja.core.scoring;

import io.kinerja.core.target.Polarity;
import io.kinerja.core.target.Target;

/**
 * What an indicator is held to for one period: its target (if any), the direction that is better, and
 * what the target-free methods need — Snorm's range, OMAX's anchors, bands of its own.
 */
public record Standard(Target target, Polarity polarity, SnormRange snorm, OmaxAnchors omax, Bands bands) {

  public static Standard of(Target target) {
    return new Standard(target, target == null ? null : target.polarity(), null, null, null);
  }

  /** The better direction: the target's, else the declared polarity. */
  public Polarity direction() {
    return target != null ? target.polarity() : polarity;
  }
}

package io.kinerja.core.model;

import io.kinerja.core.formula.Expr;
import io.kinerja.core.problem.Location;
import io.kinerja.core.scoring.Bands;
import io.kinerja.core.scoring.OmaxAnchors;
import io.kinerja.core.scoring.SnormRange;
import io.kinerja.core.target.Polarity;

/**
 * One scored number: a formula over measures and other indicators, its target, polarity, unit and
 * weight, and optionally a manual override, bands of its own, and the anchors of Snorm and OMAX. {@code formulaAt} is where the
 * formula's text starts in the scorecard file, so a problem inside it can be pointed at exactly.
 */
public record Indicator(
    String id,
    String name,
    String description,
    String formulaText,
    Expr formula,
    String unit,
    TargetSchedule target,
    Polarity polarity,
    Double weight,
    Override override,
    Bands bands,
    SnormRange snorm,
    OmaxAnchors omax,
    Location location,
    Location formulaAt) {

  /** The direction that is better: the targets' polarity, else the declared one. */
  public Polarity direction() {
    return target != null ? target.polarity() : polarity;
  }
}

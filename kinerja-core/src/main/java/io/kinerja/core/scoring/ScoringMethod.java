package io.kinerja.core.scoring;

import io.kinerja.core.formula.Value;
import io.kinerja.core.target.Target;
import java.util.List;

/**
 * Turns an actual value and its target into a score, and indicators' scores into a perspective's or
 * the overall result. One small type per method of DESIGN §5.
 */
public sealed interface ScoringMethod permits Mulyadi {

  /** The score of {@code actual} (a number or a class, never missing) against {@code target}. */
  Verdict score(Value actual, Target target);

  /** The roll-up of the scored indicators; {@code total} counts those without a score too. */
  Aggregate rollUp(List<Scored> scored, int total);
}

package io.kinerja.core.scoring;

import io.kinerja.core.text.Message;

/**
 * An indicator's score under a method, why it is that score (for {@code explain}), and the method's own
 * word for it where it has one (Mulyadi: baik, cukup, kurang). A null score means none can be given.
 */
public record Verdict(Double score, Message why, Message word) {

  /** No score can be given (a class the scale does not have, say); {@code why} says so. */
  public static Verdict none(Message why) {
    return new Verdict(null, why, null);
  }
}

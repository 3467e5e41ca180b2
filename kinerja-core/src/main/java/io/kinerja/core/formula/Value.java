package io.kinerja.core.formula;

import io.kinerja.core.text.Message;
import java.util.List;

/**
 * What a formula gives: a number, a class of an ordered scale (a Likert class such as {@code Puas}), or
 * no value with the reason why. Missing is never a silent 0.
 */
public sealed interface Value {

  record Number(double value) implements Value {}

  /** A class of an ordered scale; {@code scale} lists the classes from worst to best. */
  record Class(String label, List<String> scale) implements Value {
    public Class {
      scale = List.copyOf(scale);
    }

    public int position() {
      return scale.indexOf(label);
    }
  }

  record Missing(Message reason) implements Value {}

  static Value of(double value) {
    return new Number(value);
  }

  static Value missing(String key, Object... args) {
    return new Missing(Message.of(key, args));
  }

  default boolean isMissing() {
    return this instanceof Missing;
  }
}

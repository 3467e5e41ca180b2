package io.kinerja.metrics.expression;

import io.kinerja.core.text.Message;

/** An expression that cannot be parsed: what is wrong, and at which offset (0-based) of its text. */
public final class ExpressionException extends RuntimeException {

  private final int offset;
  private final transient Message problem;

  ExpressionException(int offset, String key, Object... args) {
    super(Message.of(key, args).toString() + " (at offset " + offset + ")");
    this.offset = offset;
    this.problem = Message.of(key, args);
  }

  public int offset() {
    return offset;
  }

  public Message problem() {
    return problem;
  }
}

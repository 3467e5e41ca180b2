package io.kinerja.core.formula;

import io.kinerja.core.text.Message;

/** A formula that cannot be read: what is wrong and at which offset (0-based) of its text. */
public final class FormulaException extends RuntimeException {

  private final int offset;
  private final transient Message problem;

  public FormulaException(int offset, String key, Object... args) {
    super(Message.of(key, args).toString());
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

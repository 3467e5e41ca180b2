package io.kinerja.core.target;

import io.kinerja.core.text.Message;

/** A target text that is not one of the forms of DESIGN §5.1, with the offset where it goes wrong. */
public final class TargetSyntaxException extends RuntimeException {

  private final int offset;
  private final transient Message problem;

  TargetSyntaxException(int offset, String key, Object... args) {
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

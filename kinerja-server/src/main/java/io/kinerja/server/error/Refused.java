package io.kinerja.server.error;

import io.kinerja.core.text.Message;

/** A request refused for a reason other than the content of its input; the message says what to do. */
public final class Refused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why; the web layer gives each reason its status code and its stable error code. */
  public enum Reason {
    MALFORMED,
    UNAUTHENTICATED,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT,
    TOO_LARGE,
    UNSUPPORTED_MEDIA_TYPE,
    NOT_ACCEPTABLE,
    THROTTLED
  }

  private final Reason reason;
  private final transient Message message;

  public Refused(Reason reason, Message message) {
    super(reason + ": " + message);
    this.reason = reason;
    this.message = message;
  }

  public static Refused of(Reason reason, String key, Object... args) {
    return new Refused(reason, Message.of(key, args));
  }

  /** Not allowed, or not there: said the same way, so that a refusal does not tell whether a thing exists. */
  public static Refused forbidden() {
    return of(Reason.FORBIDDEN, "server.forbidden");
  }

  public Reason reason() {
    return reason;
  }

  public Message message() {
    return message;
  }
}

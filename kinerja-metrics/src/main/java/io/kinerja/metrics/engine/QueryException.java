package io.kinerja.metrics.engine;

/** An engine refused or failed a query; the message is the engine's own first line. */
public final class QueryException extends Exception {

  private static final long serialVersionUID = 1L;

  public QueryException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The first line of an engine's message: the rest is usually a stack of context. */
  public static String firstLine(Throwable e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    return message.lines().map(String::trim).filter(l -> !l.isEmpty()).findFirst().orElse(message).trim();
  }

  public static QueryException of(Throwable cause) {
    return new QueryException(firstLine(cause), cause);
  }
}

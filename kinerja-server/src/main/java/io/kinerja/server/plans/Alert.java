package io.kinerja.server.plans;

/**
 * An alert a rule raised for a period: open until someone acknowledges it. {@code kind} is the rule's,
 * {@code observed} what set it off; {@code webhook} says how sending it went ({@code null}: the rule has no
 * webhook; {@code pending}, {@code sent 200}, {@code failed …}, {@code refused: …}).
 */
public record Alert(long id, long rule, String scorecard, String indicator, String period, String kind, String observed,
    String message, String status, long raisedAt, String acknowledgedBy, String webhook) {

  public boolean open() {
    return "open".equals(status);
  }
}

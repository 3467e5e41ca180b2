package io.kinerja.metrics.expression;

import java.util.stream.Collectors;

/** Writes a tree back as text, fully parenthesised where it matters, for messages and explanations. */
public final class Printer implements Expr.Visitor<String> {

  private static final Printer INSTANCE = new Printer();

  private Printer() {}

  public static String print(Expr expr) {
    return expr.accept(INSTANCE);
  }

  @Override
  public String column(Expr.Column column) {
    return column.name().matches("[A-Za-z_][A-Za-z0-9_]*") ? column.name() : '"' + column.name().replace("\"", "\"\"") + '"';
  }

  @Override
  public String number(Expr.NumberLiteral number) {
    return number.value().toPlainString();
  }

  @Override
  public String text(Expr.TextLiteral text) {
    return quote(text.value());
  }

  @Override
  public String date(Expr.DateLiteral date) {
    return "DATE " + quote(date.value().toString());
  }

  @Override
  public String timestamp(Expr.TimestampLiteral timestamp) {
    return quote(timestamp.value().toString());
  }

  @Override
  public String negate(Expr.Negate negate) {
    return "-" + operand(negate.operand());
  }

  @Override
  public String not(Expr.Not not) {
    return "not " + not.operand().accept(this);
  }

  @Override
  public String binary(Expr.Binary binary) {
    boolean logic = binary.operator() == Expr.Operator.AND || binary.operator() == Expr.Operator.OR;
    String left = logic ? binary.left().accept(this) : operand(binary.left());
    String right = logic ? binary.right().accept(this) : operand(binary.right());
    String text = left + " " + binary.operator().symbol() + " " + right;
    return binary.operator().isComparison() ? text : "(" + text + ")";
  }

  /**
   * An operand of arithmetic, a comparison, a sign or a test as text: a comparison, null test, list test
   * or negation in parentheses, as they print without their own (only and, or and not bind more
   * loosely); a - (b >= c) printed as a - b >= c, which reads back as (a - b) >= c.
   */
  private String operand(Expr operand) {
    String text = operand.accept(this);
    boolean bare = operand instanceof Expr.Binary b && b.operator().isComparison()
        || operand instanceof Expr.IsNull || operand instanceof Expr.In || operand instanceof Expr.Not;
    return bare ? "(" + text + ")" : text;
  }

  @Override
  public String isNull(Expr.IsNull isNull) {
    return operand(isNull.operand()) + (isNull.negated() ? " is not null" : " is null");
  }

  @Override
  public String in(Expr.In in) {
    return operand(in.operand()) + (in.negated() ? " not in (" : " in (")
        + in.items().stream().map(i -> i.accept(this)).collect(Collectors.joining(", ")) + ")";
  }

  @Override
  public String call(Expr.Call call) {
    return call.function().spelling() + "("
        + call.args().stream().map(a -> a.accept(this)).collect(Collectors.joining(", ")) + ")";
  }

  private static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}

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
    return "-" + negate.operand().accept(this);
  }

  @Override
  public String not(Expr.Not not) {
    return "not " + not.operand().accept(this);
  }

  @Override
  public String binary(Expr.Binary binary) {
    String text = binary.left().accept(this) + " " + binary.operator().symbol() + " " + binary.right().accept(this);
    return binary.operator().isComparison() ? text : "(" + text + ")";
  }

  @Override
  public String isNull(Expr.IsNull isNull) {
    return isNull.operand().accept(this) + (isNull.negated() ? " is not null" : " is null");
  }

  @Override
  public String in(Expr.In in) {
    return in.operand().accept(this) + (in.negated() ? " not in (" : " in (")
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

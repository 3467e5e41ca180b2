package io.kinerja.core.formula;

import java.util.stream.Collectors;

/** Writes a syntax tree back as formula text, with only the parentheses it needs. */
public final class Printer {

  private Printer() {}

  public static String print(Expr expr) {
    return expr.accept(PRINT);
  }

  private static final Expr.Visitor<String> PRINT =
      new Expr.Visitor<>() {
        @Override
        public String number(Expr.Number n) {
          return Printer.number(n.value());
        }

        @Override
        public String text(Expr.Text t) {
          String quote = t.value().contains("\"") ? "'" : "\"";
          return quote + t.value() + quote;
        }

        @Override
        public String name(Expr.Name n) {
          return n.name();
        }

        @Override
        public String negate(Expr.Negate n) {
          return "-" + wrap(n.operand(), 7);
        }

        @Override
        public String not(Expr.Not n) {
          return "not " + wrap(n.operand(), 3);
        }

        /** Comparisons do not chain, so a comparison inside one is wrapped on either side. */
        @Override
        public String binary(Expr.Binary b) {
          int left = b.operator().isComparison() ? precedence(b) + 1 : precedence(b);
          return wrap(b.left(), left) + " " + b.operator().symbol() + " " + wrap(b.right(), precedence(b) + 1);
        }

        @Override
        public String call(Expr.Call c) {
          return c.function() + "("
              + c.args().stream().map(Printer::print).collect(Collectors.joining(", ")) + ")";
        }
      };

  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static String wrap(Expr expr, int outer) {
    String text = print(expr);
    return precedence(expr) < outer ? "(" + text + ")" : text;
  }

  private static int precedence(Expr expr) {
    if (!(expr instanceof Expr.Binary b)) {
      return expr instanceof Expr.Not ? 3 : 8;
    }
    return switch (b.operator()) {
      case OR -> 1;
      case AND -> 2;
      case LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL, EQUAL, NOT_EQUAL -> 4;
      case ADD, SUBTRACT -> 5;
      case MULTIPLY, DIVIDE -> 6;
    };
  }
}

package io.kinerja.core.explain;

import io.kinerja.core.formula.Expr;
import io.kinerja.core.formula.Printer;
import io.kinerja.core.formula.Value;
import io.kinerja.core.text.Language;
import io.kinerja.core.text.Numbers;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints a formula with its names replaced by their values ({@code 31.508 / 55.359 * 100}). Calls keep
 * their own text: their arguments may be over other periods.
 */
final class Substitution {

  private Substitution() {}

  static String print(Expr expr, Map<String, Value> values, Language language) {
    return expr.accept(new Expr.Visitor<>() {
      @Override
      public String number(Expr.Number n) {
        return Printer.print(n);
      }

      @Override
      public String text(Expr.Text t) {
        return Printer.print(t);
      }

      @Override
      public String name(Expr.Name n) {
        Value value = values.get(n.name());
        if (value instanceof Value.Number number) {
          return Numbers.format(language, number.value(), 4);
        }
        return value instanceof Value.Class c ? c.label() : n.name();
      }

      @Override
      public String negate(Expr.Negate n) {
        return "-" + wrap(n.operand());
      }

      @Override
      public String not(Expr.Not n) {
        return "not " + wrap(n.operand());
      }

      @Override
      public String binary(Expr.Binary b) {
        return wrap(b.left()) + " " + b.operator().symbol() + " " + wrap(b.right());
      }

      @Override
      public String call(Expr.Call c) {
        return c.function() + "(" + c.args().stream().map(Printer::print).collect(Collectors.joining(", ")) + ")";
      }

      private String wrap(Expr inner) {
        String text = inner.accept(this);
        return inner instanceof Expr.Binary ? "(" + text + ")" : text;
      }
    });
  }
}

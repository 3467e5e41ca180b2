package io.kinerja.core.formula;

import io.kinerja.core.formula.Expr.Operator;
import io.kinerja.core.period.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes a formula over a span of periods. Names and data functions are answered by a {@link Scope};
 * a missing input makes the result missing (with the first reason), and a division by zero gives no
 * value with the divisor named.
 */
public final class Interpreter {

  /** Where a formula's names and data functions get their values. */
  public interface Scope {
    /** A measure's value rolled up over the span, or an indicator's value over it. */
    Value name(String name, Span span);

    /** The completion percentage of a work-programme category over the span. */
    Value completion(String category, Span span);

    /** A Likert figure (total, mean, index or class) of a questionnaire over the span. */
    Value likert(Function function, String questionnaire, Span span);
  }

  private final Scope scope;

  private Interpreter(Scope scope) {
    this.scope = scope;
  }

  public static Value evaluate(Expr expr, Span span, Scope scope) {
    return new Interpreter(scope).eval(expr, span);
  }

  private Value eval(Expr expr, Span span) {
    return expr.accept(
        new Expr.Visitor<>() {
          @Override
          public Value number(Expr.Number n) {
            return Value.of(n.value());
          }

          @Override
          public Value text(Expr.Text t) {
            return Value.missing("value.text_is_not_a_number", t.value());
          }

          @Override
          public Value name(Expr.Name n) {
            return scope.name(n.name(), span);
          }

          @Override
          public Value negate(Expr.Negate n) {
            return Interpreter.negate(eval(n.operand(), span));
          }

          @Override
          public Value not(Expr.Not n) {
            return Interpreter.not(eval(n.operand(), span));
          }

          @Override
          public Value binary(Expr.Binary b) {
            return Interpreter.this.binary(b, span);
          }

          @Override
          public Value call(Expr.Call c) {
            return Interpreter.this.call(c, span);
          }
        });
  }

  private static Value negate(Value value) {
    return value instanceof Value.Number n ? Value.of(-n.value()) : notANumber(value);
  }

  private static Value not(Value value) {
    return value instanceof Value.Number n ? Value.of(n.value() == 0 ? 1 : 0) : notANumber(value);
  }

  private Value binary(Expr.Binary b, Span span) {
    Value left = eval(b.left(), span);
    if (left.isMissing()) {
      return left;
    }
    if (b.operator() == Operator.AND && left instanceof Value.Number l && l.value() == 0) {
      return Value.of(0);
    }
    if (b.operator() == Operator.OR && left instanceof Value.Number l && l.value() != 0) {
      return Value.of(1);
    }
    Value right = b.right() instanceof Expr.Text t ? textFor(left, t) : eval(b.right(), span);
    if (right.isMissing()) {
      return right;
    }
    if (b.operator().isComparison() && left instanceof Value.Class lc && right instanceof Value.Class rc) {
      return compare(b.operator(), lc.position(), rc.position());
    }
    if (!(left instanceof Value.Number l) || !(right instanceof Value.Number r)) {
      return notANumber(left instanceof Value.Number ? right : left);
    }
    return finite(arithmetic(b, l.value(), r.value()), b);
  }

  /** A result beyond the range of a double (1e300 * 1e300) has no value, rather than an infinity. */
  private static Value finite(Value value, Expr expr) {
    if (value instanceof Value.Number n && !Double.isFinite(n.value())) {
      return Value.missing("value.too_large", Printer.print(expr));
    }
    return value;
  }

  /** A quoted class name compared with a class: read as a class of the same scale. */
  private static Value textFor(Value left, Expr.Text text) {
    if (left instanceof Value.Class c) {
      for (String label : c.scale()) {
        if (label.equalsIgnoreCase(text.value())) {
          return new Value.Class(label, c.scale());
        }
      }
      return Value.missing("value.not_a_class_of_scale", text.value(), String.join(", ", c.scale()));
    }
    return Value.missing("value.text_is_not_a_number", text.value());
  }

  private static Value arithmetic(Expr.Binary b, double l, double r) {
    return switch (b.operator()) {
      case ADD -> Value.of(l + r);
      case SUBTRACT -> Value.of(l - r);
      case MULTIPLY -> Value.of(l * r);
      case DIVIDE -> r == 0
          ? Value.missing("value.division_by_zero", Printer.print(b.right()), Printer.print(b))
          : Value.of(l / r);
      case AND -> Value.of(l != 0 && r != 0 ? 1 : 0);
      case OR -> Value.of(l != 0 || r != 0 ? 1 : 0);
      default -> compare(b.operator(), Double.compare(l, r), 0);
    };
  }

  private static Value compare(Operator operator, double left, double right) {
    int c = Double.compare(left, right);
    boolean holds = switch (operator) {
      case LESS -> c < 0;
      case LESS_OR_EQUAL -> c <= 0;
      case GREATER -> c > 0;
      case GREATER_OR_EQUAL -> c >= 0;
      case EQUAL -> c == 0;
      case NOT_EQUAL -> c != 0;
      default -> throw new IllegalArgumentException(operator.name());
    };
    return Value.of(holds ? 1 : 0);
  }

  private static Value notANumber(Value value) {
    if (value instanceof Value.Class c) {
      return Value.missing("value.class_is_not_a_number", c.label());
    }
    return value;
  }

  private Value call(Expr.Call call, Span span) {
    Function function = Function.named(call.function());
    List<Expr> args = call.args();
    return switch (function) {
      case COMPLETION -> scope.completion(((Expr.Text) args.get(0)).value(), span);
      case LIKERT_TOTAL, LIKERT_MEAN, LIKERT_INDEX, LIKERT_CLASS ->
          scope.likert(function, ((Expr.Name) args.get(0)).name(), span);
      case PREV -> eval(args.get(0), span.previous());
      case YTD -> eval(args.get(0), span.yearToDate());
      case GROWTH -> growth(args.get(0), span);
      case IF -> conditional(args, span);
      case MIN, MAX, ABS, ROUND -> numeric(function, args, span);
    };
  }

  private Value growth(Expr arg, Span span) {
    Value now = eval(arg, span);
    Value before = eval(arg, span.previous());
    if (now.isMissing()) {
      return now;
    }
    if (before.isMissing()) {
      return before;
    }
    if (!(now instanceof Value.Number n) || !(before instanceof Value.Number b)) {
      return notANumber(now instanceof Value.Number ? before : now);
    }
    if (b.value() == 0) {
      return Value.missing("value.growth_from_zero", Printer.print(arg), span.previous().name());
    }
    return finite(Value.of((n.value() - b.value()) / b.value() * 100), new Expr.Call("growth", List.of(arg), 0));
  }

  private Value conditional(List<Expr> args, Span span) {
    Value condition = eval(args.get(0), span);
    if (!(condition instanceof Value.Number c)) {
      return notANumber(condition);
    }
    return eval(args.get(c.value() != 0 ? 1 : 2), span);
  }

  private Value numeric(Function function, List<Expr> args, Span span) {
    List<Double> numbers = new ArrayList<>();
    for (Expr arg : args) {
      Value value = eval(arg, span);
      if (!(value instanceof Value.Number n)) {
        return notANumber(value);
      }
      numbers.add(n.value());
    }
    return switch (function) {
      case MIN -> Value.of(numbers.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
      case MAX -> Value.of(numbers.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
      case ABS -> Value.of(Math.abs(numbers.get(0)));
      default -> round(numbers);
    };
  }

  /**
   * Rounds to {@code digits} decimals (negative: tens, hundreds…). A double has no digits beyond
   * {@link #ROUND_LIMIT} places either side, so more changes nothing, and BigDecimal cannot scale by
   * billions of places (round(x, 1e10) threw ArithmeticException).
   */
  private static Value round(List<Double> numbers) {
    double asked = numbers.size() > 1 ? Math.rint(numbers.get(1)) : 0;
    int digits = (int) Math.max(-ROUND_LIMIT, Math.min(ROUND_LIMIT, asked));
    double x = numbers.get(0);
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return Value.of(x);
    }
    return Value.of(BigDecimal.valueOf(x).setScale(digits, RoundingMode.HALF_UP).doubleValue());
  }

  private static final int ROUND_LIMIT = 400;
}

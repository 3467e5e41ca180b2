package io.kinerja.metrics.expression;

import io.kinerja.core.text.Message;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Resolves an expression against a source's real columns and types every node. It returns the
 * resolved tree (columns spelled as the source spells them; text literals compared with dates turned
 * into date or timestamp literals) and every problem found, not just the first.
 */
public final class Checker implements Expr.Visitor<Checker.Typed> {

  /** A problem at an offset of the expression's text. */
  public record Issue(int offset, Message message) {}

  /** The outcome: the resolved tree and its type, or {@code null} for both when there were issues. */
  public record Checked(Expr expr, ValueType type, List<Issue> issues) {
    public Checked {
      issues = List.copyOf(issues);
    }

    public boolean isValid() {
      return issues.isEmpty();
    }
  }

  /** A resolved node and its type; the type is {@code null} when the node has a problem. */
  record Typed(Expr expr, ValueType type) {}

  private final String source;
  private final Map<String, ValueType> columns;
  private final List<Issue> issues = new ArrayList<>();

  private Checker(String source, Map<String, ValueType> columns) {
    this.source = source;
    this.columns = columns;
  }

  /** Checks {@code expr} against the {@code columns} (name → type, in the source's order) of {@code source}. */
  public static Checked check(Expr expr, String source, Map<String, ValueType> columns) {
    Checker checker = new Checker(source, columns);
    Typed typed = expr.accept(checker);
    boolean ok = checker.issues.isEmpty();
    return new Checked(ok ? typed.expr() : null, ok ? typed.type() : null, checker.issues);
  }

  /** The source's spelling of {@code name}: the exact name, or the only one equal ignoring case. */
  public static String resolveColumn(String name, Map<String, ValueType> columns) {
    if (columns.containsKey(name)) {
      return name;
    }
    List<String> alike = columns.keySet().stream().filter(c -> c.equalsIgnoreCase(name)).toList();
    return alike.size() == 1 ? alike.get(0) : null;
  }

  public static Message typeWord(ValueType type) {
    return Message.of("metrics.type." + type.key());
  }

  private Typed fail(int offset, String key, Object... args) {
    issues.add(new Issue(offset, Message.of(key, args)));
    return new Typed(null, null);
  }

  @Override
  public Typed column(Expr.Column column) {
    String real = resolveColumn(column.name(), columns);
    if (real == null) {
      return fail(column.offset(), "metrics.unknown_column", column.name(), source, String.join(", ", columns.keySet()));
    }
    return new Typed(new Expr.Column(real, column.offset()), columns.get(real));
  }

  @Override
  public Typed number(Expr.NumberLiteral number) {
    return new Typed(number, ValueType.NUMBER);
  }

  @Override
  public Typed text(Expr.TextLiteral text) {
    return new Typed(text, ValueType.TEXT);
  }

  @Override
  public Typed date(Expr.DateLiteral date) {
    return new Typed(date, ValueType.DATE);
  }

  @Override
  public Typed timestamp(Expr.TimestampLiteral timestamp) {
    return new Typed(timestamp, ValueType.TIMESTAMP);
  }

  @Override
  public Typed negate(Expr.Negate negate) {
    Typed operand = negate.operand().accept(this);
    if (operand.type() == null) {
      return operand;
    }
    if (operand.type() != ValueType.NUMBER) {
      return needs(negate.offset(), "-", "metrics.expr.needs_number", negate.operand(), operand.type());
    }
    return new Typed(new Expr.Negate(operand.expr(), negate.offset()), ValueType.NUMBER);
  }

  @Override
  public Typed not(Expr.Not not) {
    Typed operand = not.operand().accept(this);
    if (operand.type() == null) {
      return operand;
    }
    if (operand.type() != ValueType.BOOLEAN) {
      return needs(not.offset(), "not", "metrics.expr.needs_condition", not.operand(), operand.type());
    }
    return new Typed(new Expr.Not(operand.expr(), not.offset()), ValueType.BOOLEAN);
  }

  private Typed needs(int offset, String operator, String key, Expr operand, ValueType actual) {
    return fail(offset, key, operator, Printer.print(operand), typeWord(actual));
  }

  @Override
  public Typed binary(Expr.Binary binary) {
    Typed left = binary.left().accept(this);
    Typed right = binary.right().accept(this);
    if (left.type() == null || right.type() == null) {
      return new Typed(null, null);
    }
    Expr.Operator op = binary.operator();
    if (op.isArithmetic()) {
      return arithmetic(binary, left, right);
    }
    if (op.isComparison()) {
      return comparison(binary, left, right);
    }
    return logical(binary, left, right);
  }

  private Typed arithmetic(Expr.Binary binary, Typed left, Typed right) {
    String op = binary.operator().symbol();
    if (left.type() != ValueType.NUMBER) {
      return needs(binary.offset(), op, "metrics.expr.needs_number", binary.left(), left.type());
    }
    if (right.type() != ValueType.NUMBER) {
      return needs(binary.offset(), op, "metrics.expr.needs_number", binary.right(), right.type());
    }
    return rebuilt(binary, left, right, ValueType.NUMBER);
  }

  private Typed comparison(Expr.Binary binary, Typed left, Typed right) {
    Typed l = coerce(left, right.type());
    Typed r = coerce(right, left.type());
    if (l.type() == null || r.type() == null) {
      return new Typed(null, null);
    }
    if (!l.type().comparableWith(r.type()) || l.type() == ValueType.OTHER) {
      return fail(binary.offset(), "metrics.expr.not_comparable", Printer.print(binary.left()), typeWord(l.type()),
          Printer.print(binary.right()), typeWord(r.type()));
    }
    return rebuilt(binary, l, r, ValueType.BOOLEAN);
  }

  private Typed logical(Expr.Binary binary, Typed left, Typed right) {
    String op = binary.operator().symbol();
    if (left.type() != ValueType.BOOLEAN) {
      return needs(binary.offset(), op, "metrics.expr.needs_condition", binary.left(), left.type());
    }
    if (right.type() != ValueType.BOOLEAN) {
      return needs(binary.offset(), op, "metrics.expr.needs_condition", binary.right(), right.type());
    }
    return rebuilt(binary, left, right, ValueType.BOOLEAN);
  }

  private static Typed rebuilt(Expr.Binary binary, Typed left, Typed right, ValueType type) {
    return new Typed(new Expr.Binary(binary.operator(), left.expr(), right.expr(), binary.offset()), type);
  }

  /** A text literal beside a date or timestamp becomes a date or timestamp literal, if it is one. */
  private Typed coerce(Typed typed, ValueType other) {
    if (typed.type() != ValueType.TEXT || other == null || !other.isTime()
        || !(typed.expr() instanceof Expr.TextLiteral)) {
      return typed;
    }
    Expr.TextLiteral text = (Expr.TextLiteral) typed.expr();
    String value = text.value().trim();
    try {
      if (value.length() == 10) {
        return new Typed(new Expr.DateLiteral(LocalDate.parse(value), text.offset()), ValueType.DATE);
      }
      return new Typed(new Expr.TimestampLiteral(LocalDateTime.parse(value.replace(' ', 'T')), text.offset()),
          ValueType.TIMESTAMP);
    } catch (DateTimeParseException e) {
      return fail(text.offset(), "metrics.expr.not_a_date", text.value());
    }
  }

  @Override
  public Typed isNull(Expr.IsNull isNull) {
    Typed operand = isNull.operand().accept(this);
    if (operand.type() == null) {
      return operand;
    }
    return new Typed(new Expr.IsNull(operand.expr(), isNull.negated(), isNull.offset()), ValueType.BOOLEAN);
  }

  @Override
  public Typed in(Expr.In in) {
    Typed operand = in.operand().accept(this);
    List<Expr> items = new ArrayList<>();
    boolean ok = operand.type() != null;
    for (Expr item : in.items()) {
      Typed typed = item.accept(this);
      Typed coerced = ok && typed.type() != null ? coerce(typed, operand.type()) : typed;
      if (ok && coerced.type() != null && !coerced.type().comparableWith(operand.type())) {
        coerced = fail(item.offset(), "metrics.expr.not_comparable", Printer.print(in.operand()),
            typeWord(operand.type()), Printer.print(item), typeWord(coerced.type()));
      }
      ok &= coerced.type() != null;
      items.add(coerced.expr());
    }
    return ok ? new Typed(new Expr.In(operand.expr(), items, in.negated(), in.offset()), ValueType.BOOLEAN)
        : new Typed(null, null);
  }

  @Override
  public Typed call(Expr.Call call) {
    return switch (call.function()) {
      case COALESCE -> coalesce(call);
      case DAYS_BETWEEN -> daysBetween(call);
    };
  }

  private Typed coalesce(Expr.Call call) {
    if (call.args().size() < 2) {
      return fail(call.offset(), "metrics.expr.arguments", "coalesce", "2+", call.args().size());
    }
    List<Typed> args = call.args().stream().map(a -> a.accept(this)).toList();
    if (args.stream().anyMatch(a -> a.type() == null)) {
      return new Typed(null, null);
    }
    ValueType type = args.stream().map(Typed::type).filter(t -> t != ValueType.TEXT).findFirst().orElse(ValueType.TEXT);
    List<Expr> resolved = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      Typed arg = coerce(args.get(i), type);
      if (arg.type() != null && !arg.type().comparableWith(type)) {
        return fail(call.args().get(i).offset(), "metrics.expr.coalesce_types", Printer.print(call.args().get(i)),
            typeWord(arg.type()), typeWord(type));
      }
      resolved.add(arg.expr());
    }
    return new Typed(new Expr.Call(call.function(), resolved, call.offset()), type);
  }

  private Typed daysBetween(Expr.Call call) {
    if (call.args().size() != 2) {
      return fail(call.offset(), "metrics.expr.arguments", "days_between", 2, call.args().size());
    }
    List<Expr> resolved = new ArrayList<>();
    for (Expr arg : call.args()) {
      Typed typed = coerce(arg.accept(this), ValueType.DATE);
      if (typed.type() != null && !typed.type().isTime()) {
        typed = fail(arg.offset(), "metrics.expr.needs_time", "days_between", Printer.print(arg), typeWord(typed.type()));
      }
      resolved.add(typed.expr());
    }
    return resolved.contains(null) ? new Typed(null, null)
        : new Typed(new Expr.Call(call.function(), resolved, call.offset()), ValueType.NUMBER);
  }
}

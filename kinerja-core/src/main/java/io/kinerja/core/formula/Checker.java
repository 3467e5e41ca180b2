package io.kinerja.core.formula;

import io.kinerja.core.text.Message;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a parsed formula before anything is computed: every name is known, every function exists and
 * gets the arguments it takes, and a class (such as a Likert class) is not used as a number.
 */
public final class Checker {

  /** What a name in a formula can be. */
  public enum Kind {
    MEASURE,
    INDICATOR,
    UNKNOWN
  }

  /** The type of what an expression gives. */
  public enum Type {
    NUMBER,
    CLASS
  }

  /** The names a formula may use. */
  public interface Names {
    Kind kindOf(String name);

    boolean isQuestionnaire(String name);

    boolean isProgrammeCategory(String category);

    /** The type an indicator's formula gives (NUMBER while it is not yet known). */
    Type typeOfIndicator(String name);
  }

  /** A problem at an offset of the formula text. */
  public record Issue(int offset, Message message) {}

  /** What the check found: problems, the indicators the formula uses, and the type it gives. */
  public record Report(List<Issue> issues, Set<String> indicators, Type type) {
    public boolean ok() {
      return issues.isEmpty();
    }
  }

  private final Names names;
  private final List<Issue> issues = new ArrayList<>();
  private final Set<String> indicators = new LinkedHashSet<>();

  private Checker(Names names) {
    this.names = names;
  }

  public static Report check(Expr expr, Names names) {
    Checker checker = new Checker(names);
    Type type = checker.type(expr);
    return new Report(List.copyOf(checker.issues), java.util.Collections.unmodifiableSet(checker.indicators), type);
  }

  private Type type(Expr expr) {
    return expr.accept(
        new Expr.Visitor<>() {
          @Override
          public Type number(Expr.Number n) {
            return Type.NUMBER;
          }

          @Override
          public Type text(Expr.Text t) {
            issue(t.offset(), "formula.text_out_of_place", t.value());
            return Type.NUMBER;
          }

          @Override
          public Type name(Expr.Name n) {
            return Checker.this.name(n);
          }

          @Override
          public Type negate(Expr.Negate n) {
            return asNumber(n.operand());
          }

          @Override
          public Type not(Expr.Not n) {
            return asNumber(n.operand());
          }

          @Override
          public Type binary(Expr.Binary b) {
            return Checker.this.binary(b);
          }

          @Override
          public Type call(Expr.Call c) {
            return Checker.this.call(c);
          }
        });
  }

  private Type name(Expr.Name n) {
    Kind kind = names.kindOf(n.name());
    if (kind == Kind.UNKNOWN) {
      String key = names.isQuestionnaire(n.name()) ? "formula.questionnaire_as_number" : "formula.unknown_name";
      issue(n.offset(), key, n.name());
      return Type.NUMBER;
    }
    if (kind == Kind.INDICATOR) {
      indicators.add(n.name());
      return names.typeOfIndicator(n.name());
    }
    return Type.NUMBER;
  }

  private Type asNumber(Expr operand) {
    Type type = type(operand);
    if (type == Type.CLASS) {
      issue(operand.offset(), "formula.class_as_number", Printer.print(operand));
    }
    return Type.NUMBER;
  }

  /**
   * A comparison may compare classes (and a class with a quoted class name); anything else takes
   * numbers. Each side is typed once: typing it again to ask whether it is a class cost twice per level
   * of nested comparisons, 2^depth in all.
   */
  private Type binary(Expr.Binary b) {
    if (!b.operator().isComparison()) {
      asNumber(b.left());
      asNumber(b.right());
      return Type.NUMBER;
    }
    Type left = type(b.left());
    if (!(b.right() instanceof Expr.Text) || left != Type.CLASS) {
      type(b.right());
    }
    return Type.NUMBER;
  }

  private Type call(Expr.Call c) {
    Function function = Function.named(c.function());
    if (function == null) {
      issue(c.offset(), "formula.unknown_function", c.function(), functionList());
      c.args().forEach(this::type);
      return Type.NUMBER;
    }
    int n = c.args().size();
    if (n < function.minArgs() || n > function.maxArgs()) {
      issue(c.offset(), "formula.wrong_arity", c.function(), arity(function), n);
      return function.result() == Function.Result.CLASS ? Type.CLASS : Type.NUMBER;
    }
    return switch (function.argument()) {
      case TEXT -> programmeCategory(c);
      case QUESTIONNAIRE -> questionnaire(c, function);
      case NUMBER -> numbers(c);
      case ANY -> any(c, function);
    };
  }

  private Type programmeCategory(Expr.Call c) {
    Expr arg = c.args().get(0);
    if (!(arg instanceof Expr.Text text)) {
      issue(arg.offset(), "formula.expects_text", c.function());
    } else if (!names.isProgrammeCategory(text.value())) {
      issue(arg.offset(), "formula.unknown_programme_category", text.value());
    }
    return Type.NUMBER;
  }

  private Type questionnaire(Expr.Call c, Function function) {
    Expr arg = c.args().get(0);
    if (!(arg instanceof Expr.Name name)) {
      issue(arg.offset(), "formula.expects_questionnaire", c.function());
    } else if (!names.isQuestionnaire(name.name())) {
      issue(arg.offset(), "formula.unknown_questionnaire", name.name());
    }
    return function.result() == Function.Result.CLASS ? Type.CLASS : Type.NUMBER;
  }

  private Type numbers(Expr.Call c) {
    c.args().forEach(this::asNumber);
    return Type.NUMBER;
  }

  private Type any(Expr.Call c, Function function) {
    if (function == Function.IF) {
      asNumber(c.args().get(0));
      Type then = type(c.args().get(1));
      Type otherwise = type(c.args().get(2));
      if (then != otherwise) {
        issue(c.offset(), "formula.if_mixes_types");
      }
      return then;
    }
    return type(c.args().get(0));
  }

  private void issue(int offset, String key, Object... args) {
    issues.add(new Issue(offset, Message.of(key, args)));
  }

  private static String arity(Function f) {
    if (f.minArgs() == f.maxArgs()) {
      return Integer.toString(f.minArgs());
    }
    return f.maxArgs() == Integer.MAX_VALUE ? f.minArgs() + "+" : f.minArgs() + "-" + f.maxArgs();
  }

  private static String functionList() {
    StringBuilder out = new StringBuilder();
    for (Function f : Function.values()) {
      out.append(out.length() == 0 ? "" : ", ").append(f.spelling());
    }
    return out.toString();
  }
}

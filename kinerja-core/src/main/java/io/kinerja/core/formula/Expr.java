package io.kinerja.core.formula;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The syntax tree of a formula. Every node knows its offset (0-based) in the formula's text. */
public sealed interface Expr {

  int offset();

  <R> R accept(Visitor<R> visitor);

  /** The names {@code expr} reads (measures, indicators, classes), each once, in the order they first appear. */
  static List<String> names(Expr expr) {
    Set<String> names = new LinkedHashSet<>();
    expr.accept(new Visitor<Void>() {
      @Override
      public Void number(Number n) {
        return null;
      }

      @Override
      public Void text(Text t) {
        return null;
      }

      @Override
      public Void name(Name n) {
        names.add(n.name());
        return null;
      }

      @Override
      public Void negate(Negate n) {
        return n.operand().accept(this);
      }

      @Override
      public Void not(Not n) {
        return n.operand().accept(this);
      }

      @Override
      public Void binary(Binary b) {
        b.left().accept(this);
        return b.right().accept(this);
      }

      @Override
      public Void call(Call c) {
        c.args().forEach(a -> a.accept(this));
        return null;
      }
    });
    return new ArrayList<>(names);
  }

  /** One method per kind of node: Java 17 has no pattern matching in switch, so the tree is visited. */
  interface Visitor<R> {
    R number(Number number);

    R text(Text text);

    R name(Name name);

    R negate(Negate negate);

    R not(Not not);

    R binary(Binary binary);

    R call(Call call);
  }

  record Number(double value, int offset) implements Expr {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.number(this);
    }
  }

  record Text(String value, int offset) implements Expr {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.text(this);
    }
  }

  /** A name: a measure, an indicator, or (as a function's argument) a questionnaire. */
  record Name(String name, int offset) implements Expr {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.name(this);
    }
  }

  record Negate(Expr operand, int offset) implements Expr {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.negate(this);
    }
  }

  record Not(Expr operand, int offset) implements Expr {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.not(this);
    }
  }

  record Binary(Operator operator, Expr left, Expr right, int offset) implements Expr {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.binary(this);
    }
  }

  record Call(String function, List<Expr> args, int offset) implements Expr {
    public Call {
      args = List.copyOf(args);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.call(this);
    }
  }

  enum Operator {
    ADD("+"),
    SUBTRACT("-"),
    MULTIPLY("*"),
    DIVIDE("/"),
    LESS("<"),
    LESS_OR_EQUAL("<="),
    GREATER(">"),
    GREATER_OR_EQUAL(">="),
    EQUAL("="),
    NOT_EQUAL("!="),
    AND("and"),
    OR("or");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    public boolean isComparison() {
      return ordinal() >= LESS.ordinal() && ordinal() <= NOT_EQUAL.ordinal();
    }
  }
}

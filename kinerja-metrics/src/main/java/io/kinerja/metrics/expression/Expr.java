package io.kinerja.metrics.expression;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The syntax tree of an expression or filter. Every node knows its offset (0-based) in the text it was
 * parsed from, so a problem can point into the user's file.
 */
public sealed interface Expr {

  int offset();

  <R> R accept(Visitor<R> visitor);

  /** One method per kind of node: Java 17 has no pattern matching in switch, so the tree is visited. */
  interface Visitor<R> {
    R column(Column column);

    R number(NumberLiteral number);

    R text(TextLiteral text);

    R date(DateLiteral date);

    R timestamp(TimestampLiteral timestamp);

    R negate(Negate negate);

    R not(Not not);

    R binary(Binary binary);

    R isNull(IsNull isNull);

    R in(In in);

    R call(Call call);
  }

  /** A column of the source, by name. */
  record Column(String name, int offset) implements Expr {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.column(this);
    }
  }

  record NumberLiteral(BigDecimal value, int offset) implements Expr {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.number(this);
    }
  }

  record TextLiteral(String value, int offset) implements Expr {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.text(this);
    }
  }

  /** {@code DATE '2025-01-31'}, or a text literal compared with a date column. */
  record DateLiteral(LocalDate value, int offset) implements Expr {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.date(this);
    }
  }

  /** A text literal such as {@code '2025-01-31 08:00'} compared with a timestamp column. */
  record TimestampLiteral(LocalDateTime value, int offset) implements Expr {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.timestamp(this);
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

  /** {@code x is null}, or {@code x is not null} when negated. */
  record IsNull(Expr operand, boolean negated, int offset) implements Expr {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.isNull(this);
    }
  }

  /** {@code x in (a, b, …)}, or {@code x not in (…)} when negated. */
  record In(Expr operand, List<Expr> items, boolean negated, int offset) implements Expr {
    public In {
      items = List.copyOf(items);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.in(this);
    }
  }

  record Call(Function function, List<Expr> args, int offset) implements Expr {
    public Call {
      args = List.copyOf(args);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.call(this);
    }
  }

  /** The functions of the language; nothing else can be called. */
  enum Function {
    /** The first argument that is not null. */
    COALESCE,
    /** {@code days_between(a, b)}: (b − a) in days as a decimal, seconds ÷ 86,400. */
    DAYS_BETWEEN;

    public String spelling() {
      return name().toLowerCase();
    }

    static Function byName(String name) {
      for (Function f : values()) {
        if (f.spelling().equalsIgnoreCase(name)) {
          return f;
        }
      }
      return null;
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

    public boolean isArithmetic() {
      return ordinal() <= DIVIDE.ordinal();
    }

    public boolean isComparison() {
      return ordinal() >= LESS.ordinal() && ordinal() <= NOT_EQUAL.ordinal();
    }
  }
}

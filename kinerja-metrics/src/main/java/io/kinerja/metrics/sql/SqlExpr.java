package io.kinerja.metrics.sql;

import io.kinerja.core.period.Grain;
import java.util.List;

/** A SQL value expression. Values are always {@link Bind}s: there is no node for literal text. */
public sealed interface SqlExpr {

  <R> R accept(Visitor<R> visitor);

  interface Visitor<R> {
    R column(ColumnRef column);

    R bind(Bind bind);

    R unary(Unary unary);

    R binary(Binary binary);

    R isNull(IsNull isNull);

    R in(In in);

    R coalesce(Coalesce coalesce);

    R daysBetween(DaysBetween daysBetween);

    R truncate(Truncate truncate);

    R asText(AsText asText);

    R aggregate(Aggregate aggregate);
  }

  /** A column of the row source, by the source's own spelling; the dialect quotes it. */
  record ColumnRef(String name) implements SqlExpr {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.column(this);
    }
  }

  /**
   * A value sent as a bind parameter: a {@code Long}, {@code BigDecimal}, {@code String}, {@code Boolean},
   * {@code LocalDate} or {@code LocalDateTime}.
   */
  record Bind(Object value) implements SqlExpr {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.bind(this);
    }
  }

  enum UnaryOperator {
    NEGATE,
    NOT
  }

  record Unary(UnaryOperator operator, SqlExpr operand) implements SqlExpr {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.unary(this);
    }
  }

  enum BinaryOperator {
    ADD,
    SUBTRACT,
    MULTIPLY,
    DIVIDE,
    LESS,
    LESS_OR_EQUAL,
    GREATER,
    GREATER_OR_EQUAL,
    EQUAL,
    NOT_EQUAL,
    AND,
    OR
  }

  record Binary(BinaryOperator operator, SqlExpr left, SqlExpr right) implements SqlExpr {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.binary(this);
    }
  }

  record IsNull(SqlExpr operand, boolean negated) implements SqlExpr {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.isNull(this);
    }
  }

  record In(SqlExpr operand, List<SqlExpr> items, boolean negated) implements SqlExpr {
    public In {
      items = List.copyOf(items);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.in(this);
    }
  }

  record Coalesce(List<SqlExpr> args) implements SqlExpr {
    public Coalesce {
      args = List.copyOf(args);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.coalesce(this);
    }
  }

  /** ({@code to} − {@code from}) in days as a decimal: seconds ÷ 86,400. */
  record DaysBetween(SqlExpr from, SqlExpr to) implements SqlExpr {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.daysBetween(this);
    }
  }

  /** The first day (a date) of the period of {@code grain} that contains the value. */
  record Truncate(Grain grain, SqlExpr operand) implements SqlExpr {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.truncate(this);
    }
  }

  /** The value as text (segment values are reported as text whatever the column's type). */
  record AsText(SqlExpr operand) implements SqlExpr {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.asText(this);
    }
  }

  enum AggregateFunction {
    COUNT,
    SUM,
    AVG,
    MIN,
    MAX
  }

  /**
   * An aggregate over the group's rows that pass {@code filter} ({@code null}: all); {@code argument}
   * {@code null} means {@code count(*)}.
   */
  record Aggregate(AggregateFunction function, SqlExpr argument, boolean distinct, SqlExpr filter) implements SqlExpr {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.aggregate(this);
    }
  }
}

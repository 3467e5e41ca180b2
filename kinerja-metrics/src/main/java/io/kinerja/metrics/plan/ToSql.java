package io.kinerja.metrics.plan;

import io.kinerja.metrics.expression.Expr;
import io.kinerja.metrics.sql.SqlExpr;
import io.kinerja.metrics.sql.SqlExpr.BinaryOperator;
import java.math.BigDecimal;

/** Translates a checked expression tree into a SQL tree; every literal becomes a bind value. */
final class ToSql implements Expr.Visitor<SqlExpr> {

  private static final ToSql INSTANCE = new ToSql();

  static SqlExpr translate(Expr expr) {
    return expr == null ? null : expr.accept(INSTANCE);
  }

  @Override
  public SqlExpr column(Expr.Column column) {
    return new SqlExpr.ColumnRef(column.name());
  }

  /** Whole numbers go as longs so that the database keeps integer arithmetic exact and simple. */
  @Override
  public SqlExpr number(Expr.NumberLiteral number) {
    BigDecimal value = number.value();
    boolean whole = value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
    if (whole && value.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
      return new SqlExpr.Bind(value.longValueExact());
    }
    return new SqlExpr.Bind(value);
  }

  @Override
  public SqlExpr text(Expr.TextLiteral text) {
    return new SqlExpr.Bind(text.value());
  }

  @Override
  public SqlExpr date(Expr.DateLiteral date) {
    return new SqlExpr.Bind(date.value());
  }

  @Override
  public SqlExpr timestamp(Expr.TimestampLiteral timestamp) {
    return new SqlExpr.Bind(timestamp.value());
  }

  @Override
  public SqlExpr negate(Expr.Negate negate) {
    return new SqlExpr.Unary(SqlExpr.UnaryOperator.NEGATE, negate.operand().accept(this));
  }

  @Override
  public SqlExpr not(Expr.Not not) {
    return new SqlExpr.Unary(SqlExpr.UnaryOperator.NOT, not.operand().accept(this));
  }

  @Override
  public SqlExpr binary(Expr.Binary binary) {
    return new SqlExpr.Binary(operator(binary.operator()), binary.left().accept(this), binary.right().accept(this));
  }

  private static BinaryOperator operator(Expr.Operator operator) {
    return switch (operator) {
      case ADD -> BinaryOperator.ADD;
      case SUBTRACT -> BinaryOperator.SUBTRACT;
      case MULTIPLY -> BinaryOperator.MULTIPLY;
      case DIVIDE -> BinaryOperator.DIVIDE;
      case LESS -> BinaryOperator.LESS;
      case LESS_OR_EQUAL -> BinaryOperator.LESS_OR_EQUAL;
      case GREATER -> BinaryOperator.GREATER;
      case GREATER_OR_EQUAL -> BinaryOperator.GREATER_OR_EQUAL;
      case EQUAL -> BinaryOperator.EQUAL;
      case NOT_EQUAL -> BinaryOperator.NOT_EQUAL;
      case AND -> BinaryOperator.AND;
      case OR -> BinaryOperator.OR;
    };
  }

  @Override
  public SqlExpr isNull(Expr.IsNull isNull) {
    return new SqlExpr.IsNull(isNull.operand().accept(this), isNull.negated());
  }

  @Override
  public SqlExpr in(Expr.In in) {
    return new SqlExpr.In(in.operand().accept(this), in.items().stream().map(i -> i.accept(this)).toList(), in.negated());
  }

  @Override
  public SqlExpr call(Expr.Call call) {
    return switch (call.function()) {
      case COALESCE -> new SqlExpr.Coalesce(call.args().stream().map(a -> a.accept(this)).toList());
      case DAYS_BETWEEN -> new SqlExpr.DaysBetween(call.args().get(0).accept(this), call.args().get(1).accept(this));
    };
  }
}

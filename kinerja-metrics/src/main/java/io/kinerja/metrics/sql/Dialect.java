package io.kinerja.metrics.sql;

import io.kinerja.core.period.Grain;
import io.kinerja.metrics.expression.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Spells SQL trees for one database. This base class writes standard SQL; a dialect overrides only
 * what its database spells differently: quoting, date truncation, day differences, casts, how a file is
 * read, how a filtered aggregate is written, how a source's columns are listed. It is the only place
 * that knows spelling, and it never writes a value into the text: values become {@code ?} binds.
 */
public abstract class Dialect {

  /** Records bind values; each becomes a {@code ?} in the text, numbered in the order of the text. */
  protected interface Binds {
    /** The mark for {@code value}, recording the value. */
    String bind(Object value);
  }

  /**
   * Marks a bind in the text while it is being written. A dialect may put pieces in another order than
   * the tree's ({@code CASE WHEN filter THEN argument} for {@code argument FILTER (WHERE filter)}), so
   * binds are numbered only at the end, in the order their marks appear in the finished text.
   */
  private static final char MARK = '\u0001';

  public final SqlQuery render(Select select) {
    Writer writer = new Writer();
    return writer.finish(writer.select(select));
  }

  /** A query whose rows describe the columns of {@code from}: name in column 1, the engine's type in 2. */
  public abstract SqlQuery describe(From from);

  /** The language's type of a column of the engine's type {@code engineType} ({@code VARCHAR}, …). */
  public abstract ValueType valueType(String engineType);

  /** How the {@code n}th bind (from 1) is marked in the text: the standard's {@code ?}. */
  protected String marker(int n) {
    return "?";
  }

  /** Whether the engine reads files itself; where not, sources are tables or views only. */
  public boolean readsFiles() {
    return true;
  }

  protected String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** The text of a file scan; the path should go through {@code binds}. */
  protected abstract String fileScan(FileFormat format, String path, Binds binds);

  protected String table(List<String> parts) {
    return parts.stream().map(this::quote).collect(Collectors.joining("."));
  }

  /** The first day of the {@code grain} containing {@code operand}, as a date. */
  protected abstract String truncate(Grain grain, String operand);

  /** ({@code to} − {@code from}) in days as a decimal. */
  protected abstract String daysBetween(String from, String to);

  /**
   * {@code left / right} as a decimal whatever the operands' types, and NULL for a division by zero, as
   * DuckDB divides: a database that divides integers to an integer ({@code 7 / 2 = 3}), keeps few
   * decimals or fails on a zero casts an operand and writes {@code NULLIF(right, 0)}.
   */
  protected String divide(String left, String right) {
    return left + " / " + right;
  }

  protected String asText(String operand) {
    return "CAST(" + operand + " AS VARCHAR)";
  }

  /** The standard's {@code FILTER (WHERE …)}; a database without it writes {@code CASE WHEN}. */
  protected String aggregate(SqlExpr.AggregateFunction function, String argument, boolean distinct, String filter) {
    String call = function.name().toLowerCase() + "(" + (distinct ? "DISTINCT " : "") + (argument == null ? "*" : argument) + ")";
    return filter == null ? call : call + " FILTER (WHERE " + filter + ")";
  }

  protected String operator(SqlExpr.BinaryOperator operator) {
    return switch (operator) {
      case ADD -> "+";
      case SUBTRACT -> "-";
      case MULTIPLY -> "*";
      case DIVIDE -> "/";
      case LESS -> "<";
      case LESS_OR_EQUAL -> "<=";
      case GREATER -> ">";
      case GREATER_OR_EQUAL -> ">=";
      case EQUAL -> "=";
      case NOT_EQUAL -> "<>";
      case AND -> "AND";
      case OR -> "OR";
    };
  }

  /** Renders one statement, collecting its binds. */
  private final class Writer implements SqlExpr.Visitor<String>, From.Visitor<String>, Binds {

    private final List<Object> values = new ArrayList<>();

    @Override
    public String bind(Object value) {
      values.add(value);
      return MARK + Integer.toString(values.size() - 1) + MARK;
    }

    /** The text with each mark turned into {@code ?}, and the values in the order of the marks. */
    SqlQuery finish(String marked) {
      StringBuilder sql = new StringBuilder(marked.length());
      List<Object> params = new ArrayList<>();
      int at = 0;
      for (int open = marked.indexOf(MARK); open >= 0; open = marked.indexOf(MARK, at)) {
        int close = marked.indexOf(MARK, open + 1);
        params.add(values.get(Integer.parseInt(marked.substring(open + 1, close))));
        sql.append(marked, at, open).append(marker(params.size()));
        at = close + 1;
      }
      return new SqlQuery(sql.append(marked.substring(at)).toString(), params);
    }

    String select(Select select) {
      StringBuilder out = new StringBuilder(select.distinct() ? "SELECT DISTINCT" : "SELECT");
      out.append(select.items().isEmpty() ? " *" : "\n");
      List<String> items = new ArrayList<>();
      for (Select.Item item : select.items()) {
        items.add("  " + item.expr().accept(this) + " AS " + quote(item.alias()));
      }
      out.append(String.join(",\n", items)).append("\nFROM ").append(select.from().accept(this));
      if (select.where() != null) {
        out.append("\nWHERE ").append(select.where().accept(this));
      }
      if (!select.groupBy().isEmpty()) {
        out.append("\nGROUP BY ").append(select.groupBy().stream().map(g -> g.accept(this)).collect(Collectors.joining(", ")));
      }
      if (!select.orderBy().isEmpty()) {
        out.append("\nORDER BY ").append(select.orderBy().stream().map(String::valueOf).collect(Collectors.joining(", ")));
      }
      return out.toString();
    }

    @Override
    public String file(From.FileScan file) {
      return fileScan(file.format(), file.path(), this);
    }

    @Override
    public String table(From.TableRef table) {
      return Dialect.this.table(table.parts());
    }

    @Override
    public String column(SqlExpr.ColumnRef column) {
      return quote(column.name());
    }

    @Override
    public String bind(SqlExpr.Bind bind) {
      return bind(bind.value());
    }

    /** Operands that are themselves operations get parentheses, so precedence never depends on spelling. */
    private String operand(SqlExpr expr) {
      String text = expr.accept(this);
      return expr instanceof SqlExpr.Binary || expr instanceof SqlExpr.Unary ? "(" + text + ")" : text;
    }

    @Override
    public String unary(SqlExpr.Unary unary) {
      return (unary.operator() == SqlExpr.UnaryOperator.NOT ? "NOT " : "-") + operand(unary.operand());
    }

    @Override
    public String binary(SqlExpr.Binary binary) {
      if (binary.operator() == SqlExpr.BinaryOperator.DIVIDE) {
        return divide(operand(binary.left()), operand(binary.right()));
      }
      return operand(binary.left()) + " " + operator(binary.operator()) + " " + operand(binary.right());
    }

    @Override
    public String isNull(SqlExpr.IsNull isNull) {
      return operand(isNull.operand()) + (isNull.negated() ? " IS NOT NULL" : " IS NULL");
    }

    @Override
    public String in(SqlExpr.In in) {
      String items = in.items().stream().map(this::operand).collect(Collectors.joining(", "));
      return operand(in.operand()) + (in.negated() ? " NOT IN (" : " IN (") + items + ")";
    }

    @Override
    public String coalesce(SqlExpr.Coalesce coalesce) {
      return "coalesce(" + coalesce.args().stream().map(a -> a.accept(this)).collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public String daysBetween(SqlExpr.DaysBetween daysBetween) {
      return Dialect.this.daysBetween(daysBetween.from().accept(this), daysBetween.to().accept(this));
    }

    @Override
    public String truncate(SqlExpr.Truncate truncate) {
      return Dialect.this.truncate(truncate.grain(), truncate.operand().accept(this));
    }

    @Override
    public String asText(SqlExpr.AsText asText) {
      return Dialect.this.asText(asText.operand().accept(this));
    }

    @Override
    public String aggregate(SqlExpr.Aggregate aggregate) {
      String argument = aggregate.argument() == null ? null : aggregate.argument().accept(this);
      String filter = aggregate.filter() == null ? null : aggregate.filter().accept(this);
      return Dialect.this.aggregate(aggregate.function(), argument, aggregate.distinct(), filter);
    }
  }
}

package io.kinerja.metrics.sql;

import io.kinerja.core.period.Grain;
import io.kinerja.metrics.expression.ValueType;
import java.util.Locale;
import java.util.Set;

/**
 * MariaDB's (and MySQL's) spelling. Names are quoted with backticks (double quotes are text there unless
 * the server runs in ANSI_QUOTES mode); there is no {@code date_trunc}, no {@code FILTER} clause on
 * aggregates (a {@code CASE WHEN} inside the aggregate does the same) and no epoch of a datetime that
 * ignores the session's time zone ({@code TIMESTAMPDIFF} does). Decimal division and averages keep only
 * four more decimals there, so they are computed in doubles, as DuckDB computes them.
 *
 * <p>Text is compared by the column's collation, which on MariaDB is usually case-insensitive
 * ({@code 'won' = 'WON'}); DuckDB, PostgreSQL and Spark compare exactly.
 */
public class MariaDbDialect extends Dialect {

  private static final Set<String> NUMBERS = Set.of("tinyint", "smallint", "mediumint", "int", "integer", "bigint",
      "decimal", "numeric", "float", "double", "real", "bit");
  private static final Set<String> TEXTS = Set.of("char", "varchar", "tinytext", "text", "mediumtext", "longtext",
      "enum", "set");

  @Override
  public SqlQuery describe(From from) {
    return InformationSchema.columns(from, "DATABASE()", "COLUMN_NAME", "DATA_TYPE", "information_schema.COLUMNS",
        "TABLE_SCHEMA", "TABLE_NAME", "ORDINAL_POSITION");
  }

  @Override
  public ValueType valueType(String engineType) {
    String type = engineType.toLowerCase(Locale.ROOT).trim();
    if (NUMBERS.contains(type)) {
      return ValueType.NUMBER;
    }
    if (TEXTS.contains(type)) {
      return ValueType.TEXT;
    }
    if (type.equals("date")) {
      return ValueType.DATE;
    }
    return type.equals("datetime") || type.equals("timestamp") ? ValueType.TIMESTAMP : ValueType.OTHER;
  }

  @Override
  protected String quote(String identifier) {
    return '`' + identifier.replace("`", "``") + '`';
  }

  @Override
  public boolean readsFiles() {
    return false;
  }

  @Override
  protected String fileScan(FileFormat format, String path, Binds binds) {
    throw new IllegalArgumentException("file sources are refused on MariaDB before any query is built");
  }

  /** Weeks start on Monday ({@code WEEKDAY} counts from Monday = 0), as ISO and DuckDB have it. */
  @Override
  protected String truncate(Grain grain, String operand) {
    return switch (grain) {
      case DAY -> "CAST(" + operand + " AS DATE)";
      case WEEK -> "(CAST(" + operand + " AS DATE) - INTERVAL WEEKDAY(" + operand + ") DAY)";
      case MONTH -> "CAST(DATE_FORMAT(" + operand + ", '%Y-%m-01') AS DATE)";
      case QUARTER -> "(MAKEDATE(YEAR(" + operand + "), 1) + INTERVAL (QUARTER(" + operand + ") - 1) QUARTER)";
      case YEAR -> "MAKEDATE(YEAR(" + operand + "), 1)";
    };
  }

  @Override
  protected String daysBetween(String from, String to) {
    return "(TIMESTAMPDIFF(SECOND, " + from + ", " + to + ") / CAST(86400 AS DOUBLE))";
  }

  @Override
  protected String divide(String left, String right) {
    return "CAST(" + left + " AS DOUBLE) / NULLIF(" + right + ", 0)";
  }

  @Override
  protected String asText(String operand) {
    return "CAST(" + operand + " AS CHAR)";
  }

  @Override
  protected String aggregate(SqlExpr.AggregateFunction function, String argument, boolean distinct, String filter) {
    String value = argument == null ? "1" : argument;
    if (function == SqlExpr.AggregateFunction.AVG) {
      value = "CAST(" + value + " AS DOUBLE)";
    }
    if (filter != null) {
      value = "CASE WHEN " + filter + " THEN " + value + " END";
    } else if (argument == null) {
      value = "*";
    }
    return function.name().toLowerCase(Locale.ROOT) + "(" + (distinct ? "DISTINCT " : "") + value + ")";
  }
}

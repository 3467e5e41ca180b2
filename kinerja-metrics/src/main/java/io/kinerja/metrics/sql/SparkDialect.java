package io.kinerja.metrics.sql;

import io.kinerja.core.period.Grain;
import io.kinerja.metrics.expression.ValueType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Spark SQL's spelling. Names are quoted with backticks. Parquet and JSON files are read by Spark's
 * own file syntax ({@code parquet.`/path`}), where the path is a quoted name, since Spark takes no bind
 * parameter there; a CSV file needs reading options (header, schema inference) that this syntax cannot
 * carry, so the Spark engine registers it as a view first and queries that. Days between two moments
 * are counted in microseconds and divided as doubles; the engine runs its session in UTC, so no time
 * zone shifts a timestamp.
 */
public class SparkDialect extends Dialect {

  private static final Set<String> NUMBERS = Set.of("tinyint", "smallint", "int", "integer", "bigint", "float",
      "double", "byte", "short", "long");

  @Override
  public SqlQuery describe(From from) {
    SqlQuery all = render(new Select(false, List.of(), from, null, List.of(), List.of()));
    return new SqlQuery("DESCRIBE QUERY " + all.sql(), all.parameters());
  }

  @Override
  public ValueType valueType(String engineType) {
    String type = engineType.toLowerCase(Locale.ROOT).trim();
    if (NUMBERS.contains(type) || type.startsWith("decimal")) {
      return ValueType.NUMBER;
    }
    if (type.equals("string") || type.startsWith("varchar") || type.startsWith("char")) {
      return ValueType.TEXT;
    }
    if (type.equals("date")) {
      return ValueType.DATE;
    }
    if (type.startsWith("timestamp")) {
      return ValueType.TIMESTAMP;
    }
    return type.equals("boolean") ? ValueType.BOOLEAN : ValueType.OTHER;
  }

  /**
   * Named markers ({@code :p1}, {@code :p2} …), bound by name: Spark 4.2 binds positional {@code ?}
   * markers out of order in an aggregate with a {@code FILTER} clause beside another with binds (seen:
   * a count's filter received the value of a later sum's divisor), so no order is left to get wrong.
   */
  @Override
  protected String marker(int n) {
    return ":p" + n;
  }

  @Override
  protected String quote(String identifier) {
    return '`' + identifier.replace("`", "``") + '`';
  }

  @Override
  protected String fileScan(FileFormat format, String path, Binds binds) {
    return switch (format) {
      case PARQUET -> "parquet." + quote(path);
      case JSON -> "json." + quote(path);
      case CSV, XLSX -> throw new IllegalArgumentException(format + " files are registered as views by the Spark engine");
    };
  }

  @Override
  protected String truncate(Grain grain, String operand) {
    return "CAST(date_trunc('" + grain.key() + "', " + operand + ") AS DATE)";
  }

  @Override
  protected String daysBetween(String from, String to) {
    return "((unix_micros(CAST(" + to + " AS TIMESTAMP)) - unix_micros(CAST(" + from
        + " AS TIMESTAMP))) / CAST(86400000000 AS DOUBLE))";
  }

  /** Spark divides decimals to a decimal of limited scale; a double divides as DuckDB does. */
  @Override
  protected String divide(String left, String right) {
    return "CAST(" + left + " AS DOUBLE) / NULLIF(" + right + ", 0)";
  }

  @Override
  protected String asText(String operand) {
    return "CAST(" + operand + " AS STRING)";
  }
}

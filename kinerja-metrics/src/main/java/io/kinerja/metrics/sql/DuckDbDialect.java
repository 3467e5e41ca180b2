package io.kinerja.metrics.sql;

import io.kinerja.core.period.Grain;
import io.kinerja.metrics.expression.ValueType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * DuckDB's spelling. Files are read by DuckDB's table functions, whose path argument accepts a bind
 * parameter (checked on DuckDB 2.0 for {@code read_csv}, {@code read_parquet} and
 * {@code read_json_auto}, also under {@code DESCRIBE}), so no path is ever written into the text.
 * XLSX would need DuckDB's {@code excel} extension, which is downloaded at run time and so is not
 * available offline: the engine reads a sheet into a table first, and queries that table.
 */
public class DuckDbDialect extends Dialect {

  private static final Set<String> NUMBERS = Set.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT",
      "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "UHUGEINT", "FLOAT", "REAL", "DOUBLE");

  @Override
  public SqlQuery describe(From from) {
    SqlQuery all = render(new Select(false, List.of(), from, null, List.of(), List.of()));
    return new SqlQuery("DESCRIBE " + all.sql(), all.parameters());
  }

  @Override
  public ValueType valueType(String engineType) {
    String type = engineType.toUpperCase(Locale.ROOT).trim();
    if (NUMBERS.contains(type) || type.startsWith("DECIMAL") || type.startsWith("NUMERIC")) {
      return ValueType.NUMBER;
    }
    if (type.equals("VARCHAR") || type.startsWith("VARCHAR(")) {
      return ValueType.TEXT;
    }
    if (type.equals("DATE")) {
      return ValueType.DATE;
    }
    if (type.startsWith("TIMESTAMP")) {
      return ValueType.TIMESTAMP;
    }
    return type.equals("BOOLEAN") ? ValueType.BOOLEAN : ValueType.OTHER;
  }

  @Override
  protected String fileScan(FileFormat format, String path, Binds binds) {
    return switch (format) {
      case CSV -> "read_csv(" + binds.bind(path) + ", header = true, auto_detect = true)";
      case PARQUET -> "read_parquet(" + binds.bind(path) + ")";
      case JSON -> "read_json_auto(" + binds.bind(path) + ")";
      case XLSX -> throw new IllegalArgumentException("an XLSX sheet is read into a table before any query is built");
    };
  }

  @Override
  protected String truncate(Grain grain, String operand) {
    return "CAST(date_trunc('" + grain.key() + "', " + operand + ") AS DATE)";
  }

  /** DuckDB divides to a double, but gives infinity for a zero divisor: NULL, as on every engine. */
  @Override
  protected String divide(String left, String right) {
    return left + " / NULLIF(" + right + ", 0)";
  }

  /** epoch() gives seconds for dates and timestamps alike, so a date counts from its midnight. */
  @Override
  protected String daysBetween(String from, String to) {
    return "((epoch(" + to + ") - epoch(" + from + ")) / 86400.0)";
  }
}

package io.kinerja.metrics.sql;

import io.kinerja.core.period.Grain;
import io.kinerja.metrics.expression.ValueType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PostgreSQL's spelling. Sources are tables or views ({@code information_schema} lists their columns);
 * PostgreSQL reads no files of a client's, so a file source is refused before a query is built.
 * Dates and timestamps are cast to {@code timestamp} (without time zone) before truncation and
 * subtraction, so the session's time zone plays no part, as in DuckDB.
 */
public class PostgresDialect extends Dialect {

  private static final Set<String> NUMBERS = Set.of("smallint", "integer", "bigint", "numeric", "decimal", "real",
      "double precision");

  @Override
  public SqlQuery describe(From from) {
    return InformationSchema.columns(from, "current_schema()", "column_name", "data_type", "information_schema.columns",
        "table_schema", "table_name", "ordinal_position");
  }

  @Override
  public ValueType valueType(String engineType) {
    String type = engineType.toLowerCase(Locale.ROOT).trim();
    if (NUMBERS.contains(type)) {
      return ValueType.NUMBER;
    }
    if (type.equals("text") || type.startsWith("character")) {
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

  @Override
  public boolean readsFiles() {
    return false;
  }

  @Override
  protected String fileScan(FileFormat format, String path, Binds binds) {
    throw new IllegalArgumentException("file sources are refused on PostgreSQL before any query is built");
  }

  @Override
  protected String truncate(Grain grain, String operand) {
    return "CAST(date_trunc('" + grain.key() + "', CAST(" + operand + " AS TIMESTAMP)) AS DATE)";
  }

  /** The epoch of a {@code timestamp} without time zone counts its wall-clock seconds, as DuckDB's does. */
  @Override
  protected String daysBetween(String from, String to) {
    return "((EXTRACT(EPOCH FROM CAST(" + to + " AS TIMESTAMP)) - EXTRACT(EPOCH FROM CAST(" + from
        + " AS TIMESTAMP))) / 86400.0)";
  }

  /** PostgreSQL divides integers to an integer; a double divides as DuckDB does. */
  @Override
  protected String divide(String left, String right) {
    return "CAST(" + left + " AS DOUBLE PRECISION) / NULLIF(" + right + ", 0)";
  }

  /** The parts of a table's name as {@code [schema, table]}; the schema {@code null} when not given. */
  static List<String> schemaAndTable(From from) {
    if (!(from instanceof From.TableRef)) {
      throw new IllegalArgumentException("only tables and views are described here");
    }
    List<String> parts = ((From.TableRef) from).parts();
    String table = parts.get(parts.size() - 1);
    return java.util.Arrays.asList(parts.size() > 1 ? parts.get(parts.size() - 2) : null, table);
  }
}

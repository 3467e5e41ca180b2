package io.kinerja.metrics.engine;

import io.kinerja.metrics.sql.Dialect;
import io.kinerja.metrics.sql.From;
import io.kinerja.metrics.sql.SqlQuery;

/**
 * Where rendered SQL runs: a JDBC connection ({@link JdbcConnector}: DuckDB, PostgreSQL, MariaDB) or an
 * engine with its own API (Spark, in the kinerja-spark module). It knows its dialect and runs one query
 * with its binds at a time; {@link SqlEngine} does everything else, the same on every engine.
 */
public interface Connector extends AutoCloseable {

  /** One row of a result, its columns counted from 1. */
  interface Row {
    /** The value of {@code column}: a number, text, a date or timestamp type, or {@code null}. */
    Object get(int column) throws QueryException;
  }

  interface RowHandler {
    void row(Row row) throws QueryException;
  }

  /** The engine's kind as a scorecard names it ({@code duckdb}, {@code postgresql} …), for messages. */
  String kind();

  /** Where it runs, for messages ({@code jdbc:postgresql://db:5432/crm}, {@code local[2]}); no credentials. */
  String address();

  Dialect dialect();

  /** Runs {@code query} with its binds, giving each row to {@code handler}. */
  void query(SqlQuery query, RowHandler handler) throws QueryException;

  /**
   * The relation to query for a source's records: {@code from} itself, or a view the engine made of it
   * where its SQL cannot read the source directly (Spark registers a CSV file with its reading options).
   */
  default From relation(String source, From from) throws QueryException {
    return from;
  }

  /** Releases the connection, if this connector owns it. */
  @Override
  void close();
}

package io.kinerja.spark;

import io.kinerja.metrics.engine.Connector;
import io.kinerja.metrics.engine.QueryException;
import io.kinerja.metrics.sql.Dialect;
import io.kinerja.metrics.sql.FileFormat;
import io.kinerja.metrics.sql.From;
import io.kinerja.metrics.sql.SparkDialect;
import io.kinerja.metrics.sql.SqlQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * Runs rendered Spark SQL in a {@link SparkSession}, binds as Spark's named parameters. Each query
 * is an aggregate, so what {@code collectAsList} brings to the driver is the aggregated rows only: one
 * per period and segment. A CSV source is registered as a temporary view first, read with a header and
 * inferred types (Spark SQL's own file syntax cannot say so).
 */
public final class SparkConnector implements Connector {

  private final SparkSession session;
  private final boolean owns;
  private final String address;
  private final Dialect dialect = new SparkDialect();
  /** Each connector's views have names of their own, so two scorecards in one session never share one. */
  private static final AtomicInteger CONNECTORS = new AtomicInteger();
  private final int number = CONNECTORS.incrementAndGet();
  private final List<String> views = new ArrayList<>();

  /** A connector over {@code session}; {@code owns} says whether closing the connector stops the session. */
  public SparkConnector(SparkSession session, boolean owns) {
    this.session = session;
    this.owns = owns;
    this.address = session.sparkContext().master();
  }

  @Override
  public String kind() {
    return "spark";
  }

  @Override
  public String address() {
    return address;
  }

  @Override
  public Dialect dialect() {
    return dialect;
  }

  @Override
  public void query(SqlQuery query, RowHandler handler) throws QueryException {
    List<org.apache.spark.sql.Row> rows;
    try {
      rows = session.sql(query.sql(), named(query.parameters())).collectAsList();
    } catch (Exception e) {
      // Spark's AnalysisException is checked in Java's eyes though no signature declares it; its first line says what is wrong.
      throw QueryException.of(e);
    }
    for (org.apache.spark.sql.Row row : rows) {
      handler.row(column -> row.get(column - 1));
    }
  }

  /** The binds by the names {@link SparkDialect} marks them with: {@code p1}, {@code p2} … */
  private static Map<String, Object> named(List<Object> parameters) {
    Map<String, Object> named = new HashMap<>();
    for (int i = 0; i < parameters.size(); i++) {
      named.put("p" + (i + 1), parameters.get(i));
    }
    return named;
  }

  @Override
  public From relation(String source, From from) throws QueryException {
    if (!(from instanceof From.FileScan) || ((From.FileScan) from).format() != FileFormat.CSV) {
      return from;
    }
    String view = "kinerja_" + number + "_" + source.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    try {
      session.read().option("header", "true").option("inferSchema", "true")
          .csv(((From.FileScan) from).path()).createOrReplaceTempView(view);
      views.add(view);
    } catch (Exception e) {
      throw QueryException.of(e);
    }
    return new From.TableRef(List.of(view));
  }

  @Override
  public void close() {
    if (owns) {
      session.stop();
    } else {
      views.forEach(view -> session.catalog().dropTempView(view));
    }
  }
}

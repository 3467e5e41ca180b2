/**
 * The Spark engine: a {@link io.kinerja.metrics.engine.Connector} that runs the measures' Spark SQL
 * (rendered by {@link io.kinerja.metrics.sql.SparkDialect}) in a Spark session, local ({@code local[2]})
 * or on a cluster, found by the main program through
 * {@link io.kinerja.metrics.engine.ConnectorProvider}. A module of its own so that Spark stays out of the
 * main jar. Depends on Spark SQL, kinerja-metrics' {@code engine}, {@code sql} and {@code definition}.
 */
package io.kinerja.spark;

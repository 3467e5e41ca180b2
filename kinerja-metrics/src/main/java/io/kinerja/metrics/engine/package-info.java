/**
 * The engines that compute measures over raw records. {@link io.kinerja.metrics.engine.SqlEngine} reads
 * each source's columns, validates the definitions, runs the planned queries through a
 * {@link io.kinerja.metrics.engine.Connector} and answers the core's
 * {@link io.kinerja.core.measure.MeasureSource} from what it cached; engines differ only in their
 * connector and its dialect: {@link io.kinerja.metrics.engine.DuckDbEngine} (embedded, over files, the
 * default), {@link io.kinerja.metrics.engine.JdbcConnector} (PostgreSQL, MariaDB), and connectors from
 * other modules found through {@link io.kinerja.metrics.engine.ConnectorProvider} (Spark). The only
 * package that touches JDBC. Depends on every other package of this module and on the core's
 * {@code measure}, {@code period}, {@code problem} and {@code text}.
 */
package io.kinerja.metrics.engine;

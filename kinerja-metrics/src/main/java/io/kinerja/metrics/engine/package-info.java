/**
 * The engines that compute measures over raw records: {@link io.kinerja.metrics.engine.DuckDbEngine}
 * (embedded, over files) reads each source's columns, validates the definitions, runs the planned
 * queries through JDBC and answers the core's {@link io.kinerja.core.measure.MeasureSource} from what it
 * cached. The only package that touches JDBC. Depends on every other package of this module and on the
 * core's {@code measure}, {@code period}, {@code problem} and {@code text}.
 */
package io.kinerja.metrics.engine;

/**
 * SQL as a syntax tree, and one renderer per SQL dialect. Business code builds {@link
 * io.kinerja.metrics.sql.Select} trees; only a {@link io.kinerja.metrics.sql.Dialect} knows how they are
 * spelled (quoting, date truncation, day differences, casts, how a file is read), and every value goes
 * out as a bind parameter. {@link io.kinerja.metrics.sql.DuckDbDialect} is the first; PostgreSQL,
 * MariaDB and Spark SQL override only what they spell differently. Depends on the JDK, the core's
 * {@code period} (grains) and {@code expression.ValueType} (to map column types).
 */
package io.kinerja.metrics.sql;

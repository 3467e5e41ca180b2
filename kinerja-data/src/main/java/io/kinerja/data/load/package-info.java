/**
 * Loading a scorecard with all its data files into the core's model, collecting the problems of every
 * file before failing, and opening the engine its raw records live in ({@link
 * io.kinerja.data.load.Engines}: the embedded DuckDB, PostgreSQL, MariaDB through their JDBC drivers, or an
 * engine another module provides, such as Spark). Depends on {@code yaml}, {@code csv}, kinerja-core and
 * kinerja-metrics' {@code engine}.
 */
package io.kinerja.data.load;

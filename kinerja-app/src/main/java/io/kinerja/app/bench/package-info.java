/**
 * {@code kinerja bench}: a synthetic CRM export with the schema of the funnel reference case, made by
 * DuckDB from a seed without the rows ever passing through the JVM, and a timed comparison of the
 * funnel scorecard evaluated by Kinerja with the same aggregations written by hand as one SQL query.
 * A tool for people measuring the engine, so it talks to DuckDB through JDBC directly. Depends on the
 * {@code cli} package, kinerja-data's loader and the core.
 */
package io.kinerja.app.bench;

/**
 * The benchmark of the funnel scorecard on many leads: the same scorecard on Spark and on DuckDB, same
 * machine, same run, with the data generated here (by DuckDB, reproducibly) when it is not there yet.
 * Run as {@code ./kinerja-spark bench}. Depends on the engines, the loader and the core's evaluation.
 */
package io.kinerja.spark.bench;

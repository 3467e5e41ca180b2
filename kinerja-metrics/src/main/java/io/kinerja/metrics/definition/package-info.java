/**
 * Measures over raw records as a scorecard declares them: sources (a file or a table), measure
 * definitions (aggregation, expression, time column, filter, empty-period rule) with the locations of
 * their values in the user's file, the columns a source really has, and the validation that checks one
 * against the other and reports every problem at once. Depends on {@code expression} and on the core's
 * {@code problem} and {@code text}; knows nothing of SQL or engines.
 */
package io.kinerja.metrics.definition;

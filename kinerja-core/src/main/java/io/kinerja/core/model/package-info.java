/**
 * The scorecard as a unit defines it: perspectives, objectives, indicators, targets, measures and the
 * scoring set-up. Immutable values, built by a reader (the YAML format lives in {@code kinerja-data})
 * and checked by {@code evaluation.Validation}. Depends on {@code formula}, {@code target},
 * {@code scoring} (bands), {@code measure}, {@code period}, {@code problem} and {@code text}.
 */
package io.kinerja.core.model;

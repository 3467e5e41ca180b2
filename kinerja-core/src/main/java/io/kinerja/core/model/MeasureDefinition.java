package io.kinerja.core.model;

import io.kinerja.core.measure.Rollup;
import io.kinerja.core.problem.Location;

/**
 * A declared measure: its name, how it rolls up over time, and its unit. Typed-in measures need no
 * declaration (they roll up by sum); measures over raw records are declared with their source.
 */
public record MeasureDefinition(String name, String label, Rollup rollup, String unit, Location location) {}

package io.kinerja.data.yaml;

import io.kinerja.core.problem.Location;
import io.kinerja.data.csv.NumberStyle;

/**
 * A data file a scorecard names: its path (relative to the scorecard's folder), how its numbers are
 * written, and for raw questionnaire answers the scale. {@code declaredAt} points at the declaration.
 */
public record DataFile(String path, NumberStyle numbers, Double scaleMin, Double scaleMax, Location declaredAt) {}

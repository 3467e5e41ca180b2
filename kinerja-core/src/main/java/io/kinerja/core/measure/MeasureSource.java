package io.kinerja.core.measure;

import io.kinerja.core.period.Period;
import java.util.Map;
import java.util.Set;

/**
 * Gives measures' values per period: figures typed in or imported ({@link Observations}), or aggregates
 * of raw records computed by an engine (the metrics layer).
 */
public interface MeasureSource {

  /** The measures this source can give. */
  Set<String> measures();

  /**
   * The value of {@code measure} for {@code period} in {@code segment} (empty: the whole unit), rolled
   * up from finer periods by {@code rollup} where the period itself has no figure.
   */
  MeasureValue value(String measure, Period period, Map<String, String> segment, Rollup rollup);
}

package io.kinerja.metrics.engine;

import io.kinerja.core.measure.MeasureValue;
import io.kinerja.core.period.Period;
import java.util.Map;

/** One measure's value for one period and segment (empty: the whole unit), as the engine computed it. */
public record MeasureRow(String measure, Period period, Map<String, String> segment, MeasureValue value) {

  public MeasureRow {
    segment = Map.copyOf(segment);
  }
}

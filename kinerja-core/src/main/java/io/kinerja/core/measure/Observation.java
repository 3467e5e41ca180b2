package io.kinerja.core.measure;

import io.kinerja.core.period.Period;
import java.util.Map;

/** One figure of a measure for one period (and, optionally, one segment such as a channel). */
public record Observation(String measure, Period period, Map<String, String> segment, double value, Origin origin) {

  public Observation {
    segment = Map.copyOf(segment);
  }

  public boolean isTotal() {
    return segment.isEmpty();
  }
}

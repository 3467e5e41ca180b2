package io.kinerja.core.measure;

import io.kinerja.core.period.Period;
import io.kinerja.core.text.Message;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Several sources of measures side by side (figures typed in, aggregates of raw records); each measure has one. */
public final class CombinedMeasures implements MeasureSource {

  private final List<MeasureSource> sources;

  public CombinedMeasures(List<MeasureSource> sources) {
    this.sources = List.copyOf(sources);
  }

  @Override
  public Set<String> measures() {
    Set<String> all = new HashSet<>();
    sources.forEach(s -> all.addAll(s.measures()));
    return all;
  }

  @Override
  public MeasureValue value(String measure, Period period, Map<String, String> segment, Rollup rollup) {
    for (MeasureSource source : sources) {
      if (source.measures().contains(measure)) {
        return source.value(measure, period, segment, rollup);
      }
    }
    return MeasureValue.missing(Message.of("value.no_figure", measure, period.name()));
  }
}

package io.kinerja.core.model;

import io.kinerja.core.measure.Rollup;
import io.kinerja.core.period.Grain;
import io.kinerja.core.period.Period;
import io.kinerja.core.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A unit's whole definition: perspectives, objectives, indicators, targets, weights and method. */
public record Scorecard(
    String id,
    String name,
    Language language,
    Grain grain,
    Period current,
    Scoring scoring,
    List<Perspective> perspectives,
    Map<String, MeasureDefinition> measures,
    String file) {

  public Scorecard {
    perspectives = List.copyOf(perspectives);
    measures = Map.copyOf(measures);
  }

  public List<Indicator> indicators() {
    List<Indicator> all = new ArrayList<>();
    perspectives.forEach(p -> all.addAll(p.allIndicators()));
    return all;
  }

  public Optional<Indicator> indicator(String id) {
    return indicators().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  public Perspective perspectiveOf(Indicator indicator) {
    return perspectives.stream().filter(p -> p.allIndicators().contains(indicator)).findFirst().orElseThrow();
  }

  public Rollup rollupOf(String measure) {
    MeasureDefinition definition = measures.get(measure);
    return definition == null ? Rollup.SUM : definition.rollup();
  }
}

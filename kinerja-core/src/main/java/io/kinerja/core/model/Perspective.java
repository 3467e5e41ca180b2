package io.kinerja.core.model;

import io.kinerja.core.problem.Location;
import io.kinerja.core.scoring.Bands;
import java.util.ArrayList;
import java.util.List;

/** A group of objectives and indicators: financial, customer, internal process, learning and growth… */
public record Perspective(
    String id,
    String name,
    Double weight,
    List<Objective> objectives,
    List<Indicator> indicators,
    Bands bands,
    Location location) {

  public Perspective {
    objectives = List.copyOf(objectives);
    indicators = List.copyOf(indicators);
  }

  /** Its indicators in file order: those under objectives first, then its own. */
  public List<Indicator> allIndicators() {
    List<Indicator> all = new ArrayList<>();
    objectives.forEach(o -> all.addAll(o.indicators()));
    all.addAll(indicators);
    return all;
  }

  /** The objective an indicator belongs to, or {@code null}. */
  public Objective objectiveOf(Indicator indicator) {
    for (Objective o : objectives) {
      if (o.indicators().contains(indicator)) {
        return o;
      }
    }
    return null;
  }
}

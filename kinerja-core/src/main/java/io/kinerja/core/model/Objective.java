package io.kinerja.core.model;

import io.kinerja.core.problem.Location;
import java.util.List;

/**
 * A strategic objective (sasaran strategis): an optional level between a perspective and its indicators.
 * {@code causes} are the objectives it drives (cause → effect, the arrows of a strategy map), by id.
 */
public record Objective(String id, String name, Double weight, List<Indicator> indicators, List<String> causes,
    Location location) {

  public Objective {
    indicators = List.copyOf(indicators);
    causes = List.copyOf(causes);
  }

  /** An objective that drives no other. */
  public Objective(String id, String name, Double weight, List<Indicator> indicators, Location location) {
    this(id, name, weight, indicators, List.of(), location);
  }
}

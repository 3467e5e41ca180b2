package io.kinerja.core.model;

import io.kinerja.core.problem.Location;
import java.util.List;

/** A strategic objective (sasaran strategis): an optional level between a perspective and its indicators. */
public record Objective(String id, String name, Double weight, List<Indicator> indicators, Location location) {

  public Objective {
    indicators = List.copyOf(indicators);
  }
}

package io.kinerja.data.yaml;

import io.kinerja.core.problem.Location;
import java.util.Map;

/**
 * A source or a raw-record measure as written in the scorecard file (DESIGN §6): its name, its fields
 * as text, and where each field's value starts, for the metrics layer to check and plan.
 */
public record Declaration(String name, Map<String, String> fields, Map<String, Location> at, Location location) {

  public Declaration {
    fields = Map.copyOf(fields);
    at = Map.copyOf(at);
  }
}

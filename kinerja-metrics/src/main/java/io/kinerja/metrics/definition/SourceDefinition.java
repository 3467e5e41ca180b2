package io.kinerja.metrics.definition;

import io.kinerja.core.problem.Location;
import java.util.Objects;

/**
 * Where a source's raw records live: a {@code file} (a path relative to the scorecard's folder; CSV,
 * Parquet or JSON) or a {@code table} of the engine's database ({@code crm.leads}). Exactly one is set.
 */
public record SourceDefinition(String name, String file, String table, Location location) {

  public SourceDefinition {
    Objects.requireNonNull(name, "name");
    if ((file == null) == (table == null)) {
      throw new IllegalArgumentException("source '" + name + "' needs exactly one of file and table");
    }
    location = location == null ? Location.NOWHERE : location;
  }

  public static SourceDefinition file(String name, String file, Location location) {
    return new SourceDefinition(name, file, null, location);
  }

  public static SourceDefinition table(String name, String table, Location location) {
    return new SourceDefinition(name, null, table, location);
  }

  public boolean isFile() {
    return file != null;
  }
}

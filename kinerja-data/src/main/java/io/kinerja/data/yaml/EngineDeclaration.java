package io.kinerja.data.yaml;

import io.kinerja.core.problem.Location;

/**
 * The scorecard's {@code engine:} (DESIGN §6): which engine computes the measures over raw records and
 * how to reach it. {@code url} is a JDBC URL (PostgreSQL, MariaDB; DuckDB optionally, for a database
 * file), {@code master} a Spark master; the credentials are references, never the secrets themselves.
 */
public record EngineDeclaration(String kind, String url, String master, Secret user, Secret password, Location location) {

  public EngineDeclaration {
    location = location == null ? Location.NOWHERE : location;
  }

  /** The engine kinds a scorecard can name; {@code mysql} is read as {@code mariadb}. */
  public static final java.util.List<String> KINDS = java.util.List.of("duckdb", "postgresql", "mariadb", "spark");

  /**
   * A credential: plain text ({@code literal}; allowed for a user name, never for a password), the
   * environment variable {@code env}, or the {@code key} of a properties {@code file} relative to the
   * scorecard's folder.
   */
  public record Secret(String literal, String env, String file, String key, Location location) {
    public Secret {
      location = location == null ? Location.NOWHERE : location;
    }
  }
}

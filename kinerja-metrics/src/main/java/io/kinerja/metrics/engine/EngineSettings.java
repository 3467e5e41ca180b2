package io.kinerja.metrics.engine;

import java.nio.file.Path;

/**
 * Where an engine runs and how to reach it, as a scorecard's {@code engine:} names it with its
 * credentials already read from the environment or a secrets file. {@code url} is a JDBC URL (or
 * {@code null}); {@code master} a Spark master ({@code local[2]}, {@code spark://host:7077}, or
 * {@code null}: what {@code spark-submit} set); {@code folder} the scorecard's folder.
 */
public record EngineSettings(String kind, String url, String master, String user, String password, Path folder) {

  /** Never shows the password. */
  @Override
  public String toString() {
    return "EngineSettings[kind=" + kind + ", url=" + url + ", master=" + master + ", user=" + user
        + ", password=" + (password == null ? "none" : "(hidden)") + ", folder=" + folder + "]";
  }

  /** Where it runs, for messages: the URL, the master, or the kind alone. */
  public String address() {
    return url != null ? url : master != null ? master : kind;
  }
}

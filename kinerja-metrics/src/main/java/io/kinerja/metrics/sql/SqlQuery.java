package io.kinerja.metrics.sql;

import java.util.List;

/**
 * Rendered SQL and its bind parameters, in the order of the {@code ?} marks: what runs, and what
 * {@code kinerja explain} shows.
 */
public record SqlQuery(String sql, List<Object> parameters) {

  public SqlQuery {
    parameters = List.copyOf(parameters);
  }

  /** The SQL followed by its parameters, one per line, for explanations and snapshots. */
  public String describe() {
    StringBuilder out = new StringBuilder(sql).append('\n');
    for (int i = 0; i < parameters.size(); i++) {
      Object p = parameters.get(i);
      out.append("-- $").append(i + 1).append(" = ").append(p).append(" (").append(p.getClass().getSimpleName()).append(")\n");
    }
    return out.toString();
  }
}

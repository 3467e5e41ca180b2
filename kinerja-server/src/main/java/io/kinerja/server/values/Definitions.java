package io.kinerja.server.values;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/** What the figures need to know of a scorecard's current definition; the scorecards feature implements it. */
public interface Definitions {

  /** The current version: its unit, the measures computed from raw records and the indicators' ids. */
  record Current(String unit, int version, long dataVersion, Set<String> recordMeasures, Set<String> indicators) {}

  Optional<Current> current(Connection c, String scorecard) throws SQLException;
}

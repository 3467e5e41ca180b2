package io.kinerja.server.values;

import io.kinerja.core.period.Grain;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/** What the figures need to know of a scorecard's current definition; the scorecards feature implements it. */
public interface Definitions {

  /**
   * The current version: its unit, the measures computed from raw records, the indicators' ids and the
   * grain of its periods (a date in an imported spreadsheet is read as the period of this grain holding it).
   */
  record Current(String unit, int version, long dataVersion, Set<String> recordMeasures, Set<String> indicators,
      Grain grain) {}

  Optional<Current> current(Connection c, String scorecard) throws SQLException;
}

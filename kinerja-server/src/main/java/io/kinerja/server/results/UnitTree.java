package io.kinerja.server.results;

import io.kinerja.server.scorecards.Library;
import io.kinerja.server.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The units below each unit and the scorecards of each, as one read sees them: what a cascade rolls up. */
record UnitTree(Map<String, List<String>> children, Map<String, List<Library.Row>> scorecards) {

  static UnitTree read(Connection c) throws SQLException {
    Map<String, List<String>> children = new LinkedHashMap<>();
    for (String[] u : Sql.list(c, "SELECT id, parent_id FROM units WHERE archived_at IS NULL ORDER BY id",
        r -> new String[] {r.getString(1), r.getString(2)})) {
      if (u[1] != null) {
        children.computeIfAbsent(u[1], k -> new ArrayList<>()).add(u[0]);
      }
    }
    Map<String, List<Library.Row>> scorecards = new LinkedHashMap<>();
    for (Library.Row s : Sql.list(c, "SELECT id, unit_id, name, version, data_version FROM scorecards"
        + " WHERE archived_at IS NULL ORDER BY id",
        r -> new Library.Row(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getLong(5)))) {
      scorecards.computeIfAbsent(s.unit(), k -> new ArrayList<>()).add(s);
    }
    return new UnitTree(children, scorecards);
  }

  List<String> childrenOf(String unit) {
    return children.getOrDefault(unit, List.of());
  }

  List<Library.Row> scorecardsOf(String unit) {
    return scorecards.getOrDefault(unit, List.of());
  }

  /**
   * Every scorecard below {@code unit} with the versions of its definition and data: a roll-up's answer
   * is current as long as this text is the same.
   */
  String versionsBelow(String unit) {
    StringBuilder out = new StringBuilder();
    for (String child : childrenOf(unit)) {
      out.append('/').append(child);
      scorecardsOf(child).forEach(s -> out.append(':').append(s.id()).append('@').append(s.version()).append('.')
          .append(s.dataVersion()));
      out.append(versionsBelow(child));
    }
    return out.toString();
  }
}

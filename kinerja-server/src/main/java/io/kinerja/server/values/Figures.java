package io.kinerja.server.values;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinerja.core.measure.Observation;
import io.kinerja.core.measure.Origin;
import io.kinerja.core.period.Period;
import io.kinerja.core.problem.Problems;
import io.kinerja.data.yaml.ScorecardReader;
import io.kinerja.server.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The SQL of figures and their history; runs inside the caller's transaction. */
public final class Figures {

  /** A figure as stored. */
  public record Stored(String period, String measure, Map<String, String> segment, double value, String note,
      String updatedBy, long updatedAt) {}

  /** One change of a figure: old → new, by whom, when and why. */
  public record Change(long id, String period, String measure, Map<String, String> segment, Double oldValue,
      Double newValue, String note, String source, String changedBy, long changedAt) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int LONGEST_NOTE = 1000;

  private Figures() {}

  /**
   * Checks entries against the scorecard before anything is written, and reports every problem: names
   * that cannot be measures, measures computed from raw records or named like an indicator, a figure
   * given twice.
   */
  public static void check(List<Entry> entries, Set<String> recordMeasures, Set<String> indicators) {
    Problems problems = new Problems();
    Map<String, Entry> seen = new HashMap<>();
    for (Entry e : entries) {
      if (!ScorecardReader.isName(e.measure())) {
        problems.error(e.at("measure"), "csv.bad_measure_name", e.measure());
        continue;
      }
      if (recordMeasures.contains(e.measure())) {
        problems.error(e.at("measure"), "server.measure_from_records", e.measure());
      } else if (indicators.contains(e.measure())) {
        problems.error(e.at("measure"), "server.measure_is_indicator", e.measure());
      }
      if (e.note() != null && e.note().length() > LONGEST_NOTE) {
        problems.error(e.at("note"), "server.note_too_long", LONGEST_NOTE);
      }
      Entry before = seen.putIfAbsent(key(e.period().name(), e.measure(), segmentKey(e.segment())), e);
      if (before != null) {
        problems.error(e.at("measure"), "server.figure_twice", e.measure(), e.period().name(), before.at().toString());
      }
    }
    problems.throwIfErrors();
  }

  /**
   * Writes the entries of one scorecard, each change with its history row, and moves the scorecard's data
   * version on; returns how many figures changed.
   */
  public static int write(Connection c, String scorecard, List<Entry> entries, String username, String source, long now)
      throws SQLException {
    // Taking the row lock first serialises writers of one scorecard (PostgreSQL; SQLite has one writer).
    Sql.update(c, "UPDATE scorecards SET data_version = data_version + 1 WHERE id = ?", scorecard);
    Map<String, Double> old = current(c, scorecard);
    List<Object[]> upserts = new ArrayList<>();
    List<Object[]> deletes = new ArrayList<>();
    List<Object[]> history = new ArrayList<>();
    for (Entry e : entries) {
      String segment = segmentKey(e.segment());
      Double before = old.get(key(e.period().name(), e.measure(), segment));
      if (e.value() == null ? before == null : e.value().equals(before)) {
        continue;
      }
      if (e.value() == null) {
        deletes.add(new Object[] {scorecard, e.period().name(), e.measure(), segment});
      } else {
        upserts.add(new Object[] {scorecard, e.period().name(), e.measure(), segment, e.value(), e.note(), username, now});
      }
      history.add(new Object[] {scorecard, e.period().name(), e.measure(), segment, before, e.value(), e.note(), source,
          username, now});
    }
    Sql.batch(c, "INSERT INTO measure_values (scorecard_id, period, measure, segment, value, note, updated_by, updated_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (scorecard_id, period, measure, segment) DO UPDATE SET"
        + " value = excluded.value, note = excluded.note, updated_by = excluded.updated_by,"
        + " updated_at = excluded.updated_at", upserts);
    Sql.batch(c, "DELETE FROM measure_values WHERE scorecard_id = ? AND period = ? AND measure = ? AND segment = ?",
        deletes);
    Sql.batch(c, "INSERT INTO value_history (scorecard_id, period, measure, segment, old_value, new_value, note, source,"
        + " changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", history);
    return history.size();
  }

  /** How many of the entries {@link #write} would change, writing nothing (an import's preview). */
  public static int wouldChange(Connection c, String scorecard, List<Entry> entries) throws SQLException {
    Map<String, Double> old = current(c, scorecard);
    int changed = 0;
    for (Entry e : entries) {
      Double before = old.get(key(e.period().name(), e.measure(), segmentKey(e.segment())));
      if (e.value() == null ? before != null : !e.value().equals(before)) {
        changed++;
      }
    }
    return changed;
  }

  private static Map<String, Double> current(Connection c, String scorecard) throws SQLException {
    Map<String, Double> values = new HashMap<>();
    for (Object[] row : Sql.list(c, "SELECT period, measure, segment, value FROM measure_values WHERE scorecard_id = ?",
        r -> new Object[] {key(r.getString(1), r.getString(2), r.getString(3)), r.getDouble(4)}, scorecard)) {
      values.put((String) row[0], (Double) row[1]);
    }
    return values;
  }

  /** The figures of a scorecard, all periods or one. */
  public static List<Stored> list(Connection c, String scorecard, String period) throws SQLException {
    String sql = "SELECT period, measure, segment, value, note, updated_by, updated_at FROM measure_values"
        + " WHERE scorecard_id = ?" + (period == null ? "" : " AND period = ?") + " ORDER BY period, measure, segment";
    Object[] args = period == null ? new Object[] {scorecard} : new Object[] {scorecard, period};
    return Sql.list(c, sql, r -> new Stored(r.getString(1), r.getString(2), segment(r.getString(3)), r.getDouble(4),
        r.getString(5), r.getString(6), r.getLong(7)), args);
  }

  /** The figures as the core reads them; each one's origin says who entered it and when. */
  public static List<Observation> observations(Connection c, String scorecard) throws SQLException {
    List<Observation> out = new ArrayList<>();
    for (Stored s : list(c, scorecard, null)) {
      Period period = Period.parse(s.period()).orElseThrow();
      String origin = s.updatedBy() + " " + Instant.ofEpochMilli(s.updatedAt());
      out.add(new Observation(s.measure(), period, s.segment(), s.value(), new Origin(origin, 0, s.note())));
    }
    return out;
  }

  public static List<Change> history(Connection c, String scorecard, String measure, String period) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT id, period, measure, segment, old_value, new_value, note, source,"
        + " changed_by, changed_at FROM value_history WHERE scorecard_id = ?");
    List<Object> args = new ArrayList<>(List.of(scorecard));
    if (measure != null) {
      sql.append(" AND measure = ?");
      args.add(measure);
    }
    if (period != null) {
      sql.append(" AND period = ?");
      args.add(period);
    }
    sql.append(" ORDER BY id");
    return Sql.list(c, sql.toString(), r -> new Change(r.getLong(1), r.getString(2), r.getString(3), segment(r.getString(4)),
        Sql.nullableDouble(r, "old_value"), Sql.nullableDouble(r, "new_value"), r.getString(7), r.getString(8),
        r.getString(9), r.getLong(10)), args.toArray());
  }

  public static int count(Connection c, String scorecard) throws SQLException {
    return Sql.one(c, "SELECT COUNT(*) FROM measure_values WHERE scorecard_id = ?", r -> r.getInt(1), scorecard)
        .orElse(0);
  }

  /** A segment as stored: '' for the whole unit, else a JSON object with its keys in order. */
  static String segmentKey(Map<String, String> segment) {
    if (segment.isEmpty()) {
      return "";
    }
    try {
      return JSON.writeValueAsString(new TreeMap<>(segment));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, String> segment(String key) {
    if (key.isEmpty()) {
      return Map.of();
    }
    try {
      return JSON.readValue(key, new TypeReference<TreeMap<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored segment is not JSON: " + key, e);
    }
  }

  private static String key(String period, String measure, String segment) {
    return period + '\u0000' + measure + '\u0000' + segment;
  }
}

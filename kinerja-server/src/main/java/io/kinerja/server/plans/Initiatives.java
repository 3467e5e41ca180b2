package io.kinerja.server.plans;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import io.kinerja.server.audit.Audit;
import io.kinerja.server.auth.Access;
import io.kinerja.server.auth.Role;
import io.kinerja.server.auth.User;
import io.kinerja.server.error.Refused;
import io.kinerja.server.scorecards.Library;
import io.kinerja.server.scorecards.Scorecards;
import io.kinerja.server.store.Sql;
import io.kinerja.server.store.Store;
import io.kinerja.server.values.Definitions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * Initiatives of a scorecard. Viewers read them; editors create, change and delete them; contributors may
 * report progress (status, progress and note) but not re-plan (title, owner, dates, budget, indicator).
 */
public final class Initiatives {

  private static final String COLUMNS = "id, scorecard_id, indicator, title, owner, start_date, due_date, status,"
      + " progress, budget, note, updated_by, updated_at";

  private final Store store;
  private final Clock clock;
  private final Definitions definitions;

  public Initiatives(Store store, Clock clock, Definitions definitions) {
    this.store = store;
    this.clock = clock;
    this.definitions = definitions;
  }

  /** Today by the server's clock: what "overdue" is measured against. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The scorecard's initiatives, on one indicator when {@code indicator} is given, by due date. */
  public List<Initiative> list(User caller, String scorecard, String indicator) {
    return store.read(c -> {
      Scorecards.allowed(c, caller, scorecard, Role.VIEWER);
      return indicator == null
          ? Sql.list(c, "SELECT " + COLUMNS + " FROM initiatives WHERE scorecard_id = ? ORDER BY due_date, id",
              Initiatives::row, scorecard)
          : Sql.list(c, "SELECT " + COLUMNS + " FROM initiatives WHERE scorecard_id = ? AND indicator = ?"
              + " ORDER BY due_date, id", Initiatives::row, scorecard, indicator);
    });
  }

  public Initiative get(User caller, String scorecard, long id) {
    return store.read(c -> {
      Scorecards.allowed(c, caller, scorecard, Role.VIEWER);
      return find(c, scorecard, id);
    });
  }

  public Initiative create(User caller, String scorecard, Initiative.Draft draft) {
    return store.write(c -> {
      Library.Row row = Scorecards.allowed(c, caller, scorecard, Role.EDITOR);
      Initiative made = checked(c, scorecard, draft, null);
      long now = clock.millis();
      Sql.update(c, "INSERT INTO initiatives (scorecard_id, indicator, title, owner, start_date, due_date, status, progress,"
          + " budget, note, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", scorecard, made.indicator(),
          made.title(), made.owner(), made.start().toString(), made.due().toString(), made.status().key(), made.progress(),
          made.budget(), made.note(), caller.username(), now);
      long id = Sql.one(c, "SELECT MAX(id) FROM initiatives WHERE scorecard_id = ?", r -> r.getLong(1), scorecard).orElseThrow();
      Audit.record(c, now, caller.username(), "initiative.create", row.unit(), scorecard + "/" + id, made.title());
      return find(c, scorecard, id);
    });
  }

  /** Changes the fields given; a contributor may give only status, progress and note. */
  public Initiative update(User caller, String scorecard, long id, Initiative.Draft draft) {
    return store.write(c -> {
      Library.Row row = Scorecards.allowed(c, caller, scorecard, Role.CONTRIBUTOR);
      if (!draft.onlyProgress()) {
        Access.require(c, caller, row.unit(), Role.EDITOR);
      }
      Initiative before = find(c, scorecard, id);
      Initiative after = checked(c, scorecard, draft, before);
      long now = clock.millis();
      Sql.update(c, "UPDATE initiatives SET indicator = ?, title = ?, owner = ?, start_date = ?, due_date = ?, status = ?,"
          + " progress = ?, budget = ?, note = ?, updated_by = ?, updated_at = ? WHERE id = ? AND scorecard_id = ?",
          after.indicator(), after.title(), after.owner(), after.start().toString(), after.due().toString(),
          after.status().key(), after.progress(), after.budget(), after.note(), caller.username(), now, id, scorecard);
      Audit.record(c, now, caller.username(), "initiative.update", row.unit(), scorecard + "/" + id,
          after.status().key() + " " + after.progress() + " %");
      return find(c, scorecard, id);
    });
  }

  public void delete(User caller, String scorecard, long id) {
    store.write(c -> {
      Library.Row row = Scorecards.allowed(c, caller, scorecard, Role.EDITOR);
      Initiative gone = find(c, scorecard, id);
      Sql.update(c, "DELETE FROM initiatives WHERE id = ? AND scorecard_id = ?", id, scorecard);
      Audit.record(c, clock.millis(), caller.username(), "initiative.delete", row.unit(), scorecard + "/" + id, gone.title());
      return null;
    });
  }

  private static Initiative find(Connection c, String scorecard, long id) throws SQLException {
    return Sql.one(c, "SELECT " + COLUMNS + " FROM initiatives WHERE id = ? AND scorecard_id = ?", Initiatives::row, id,
        scorecard).orElseThrow(() -> Refused.of(Refused.Reason.NOT_FOUND, "plans.no_such_initiative", id, scorecard));
  }

  /** The draft laid over {@code before} (null: a new one), every problem reported at once. */
  private Initiative checked(Connection c, String scorecard, Initiative.Draft d, Initiative before) throws SQLException {
    Problems problems = new Problems();
    Set<String> indicators = definitions.current(c, scorecard).orElseThrow().indicators();
    String indicator = pick(d.indicator(), before == null ? null : before.indicator(), "indicator", problems);
    if (indicator != null && !indicators.contains(indicator)) {
      problems.error(Location.field("indicator"), "cli.unknown_indicator", indicator, String.join(", ", indicators));
    }
    String title = text(pick(d.title(), before == null ? null : before.title(), "title", problems), "title", 200, problems);
    String owner = text(pick(d.owner(), before == null ? null : before.owner(), "owner", problems), "owner", 100, problems);
    LocalDate start = d.start() != null ? date(d.start(), "start", problems)
        : before != null ? before.start() : required(null, "start", problems);
    LocalDate due = d.due() != null ? date(d.due(), "due", problems)
        : before != null ? before.due() : required(null, "due", problems);
    if (start != null && due != null && due.isBefore(start)) {
      problems.error(Location.field("due"), "plans.due_before_start", due, start);
    }
    Initiative.Status status = before == null ? Initiative.Status.PLANNED : before.status();
    if (d.status() != null) {
      status = Initiative.Status.byKey(d.status().strip()).orElse(null);
      if (status == null) {
        problems.error(Location.field("status"), "plans.bad_status", d.status(), "planned, in_progress, done, cancelled");
      }
    }
    int progress = before == null ? 0 : before.progress();
    if (d.progress() != null) {
      progress = whole(d.progress(), 0, 100, "progress", problems).intValue();
    }
    Long budget = before == null ? null : before.budget();
    if (d.budget() != null) {
      budget = whole(d.budget(), 0, 1e15, "budget", problems);
    }
    String note = d.note() != null ? (d.note().isBlank() ? null : text(d.note(), "note", 2000, problems))
        : before == null ? null : before.note();
    problems.throwIfErrors();
    return new Initiative(before == null ? 0 : before.id(), scorecard, indicator, title, owner, start, due, status,
        progress, budget, note, null, 0);
  }

  private static String pick(String given, String kept, String field, Problems problems) {
    return given != null ? given.strip() : kept != null ? kept : required(null, field, problems);
  }

  private static <T> T required(T value, String field, Problems problems) {
    if (value == null) {
      problems.error(Location.field(field), "server.field_required", field);
    }
    return value;
  }

  private static String text(String value, String field, int longest, Problems problems) {
    if (value != null && (value.isBlank() || value.length() > longest)) {
      problems.error(Location.field(field), "plans.bad_text", field, longest);
    }
    return value == null ? null : value.strip();
  }

  private static LocalDate date(String text, String field, Problems problems) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.error(Location.field(field), "plans.bad_date", field, text);
      return null;
    }
  }

  private static Long whole(double value, double low, double high, String field, Problems problems) {
    if (value != Math.rint(value) || value < low || value > high) {
      problems.error(Location.field(field), "plans.bad_whole", field, (long) low, (long) high);
      return 0L;
    }
    return (long) value;
  }

  private static Initiative row(ResultSet r) throws SQLException {
    long budget = r.getLong("budget");
    Long b = r.wasNull() ? null : budget;
    return new Initiative(r.getLong("id"), r.getString("scorecard_id"), r.getString("indicator"), r.getString("title"),
        r.getString("owner"), LocalDate.parse(r.getString("start_date")), LocalDate.parse(r.getString("due_date")),
        Initiative.Status.byKey(r.getString("status")).orElseThrow(), r.getInt("progress"), b, r.getString("note"),
        r.getString("updated_by"), r.getLong("updated_at"));
  }

  /** An id from a path: a bad one is refused as not found. */
  public static long id(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw InvalidInputException.of(Location.field("initiative"), "server.not_whole_number", text);
    }
  }
}

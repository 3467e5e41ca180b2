package io.kinerja.server.units;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import io.kinerja.server.audit.Audit;
import io.kinerja.server.auth.Access;
import io.kinerja.server.auth.Role;
import io.kinerja.server.auth.User;
import io.kinerja.server.error.Refused;
import io.kinerja.server.store.Sql;
import io.kinerja.server.store.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * A unit renamed, moved under another parent, or deleted. Deleting archives: the unit leaves every list
 * and its id stays taken, its audit trail stays; it is refused while live units or scorecards remain below
 * it, so that nothing disappears with it unseen. Each change needs the admin role on the unit (and, to
 * move it, on the new parent as well), and is audited.
 */
public final class UnitChanges {

  private static final String BELOW = "WITH RECURSIVE down (id) AS (SELECT id FROM units WHERE parent_id = ?"
      + " UNION SELECT u.id FROM units u JOIN down d ON u.parent_id = d.id) SELECT id FROM down WHERE id = ?";

  /** What a change asks for: a new name, and whether to move (to {@code parent}; null: to the top). */
  public record Change(String name, boolean move, String parent) {}

  private final Store store;
  private final Clock clock;

  public UnitChanges(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public Units.Unit change(User caller, String id, Change change) {
    Problems problems = new Problems();
    Units.check(null, change.name(), null, problems);
    problems.throwIfErrors();
    return store.write(c -> {
      Units.Unit unit = adminOf(c, caller, id);
      long now = clock.millis();
      String name = unit.name();
      if (change.name() != null && !change.name().strip().equals(name)) {
        name = change.name().strip();
        Audit.record(c, now, caller.username(), "unit.rename", id, id, unit.name() + " → " + name);
      }
      String parent = unit.parent();
      if (change.move() && !java.util.Objects.equals(change.parent(), unit.parent())) {
        parent = change.parent();
        checkMove(c, caller, unit, parent);
        Audit.record(c, now, caller.username(), "unit.move", id, id,
            (unit.parent() == null ? "—" : unit.parent()) + " → " + (parent == null ? "—" : parent));
      }
      Sql.update(c, "UPDATE units SET name = ?, parent_id = ? WHERE id = ?", name, parent, id);
      return new Units.Unit(id, parent, unit.kind(), name);
    });
  }

  public void archive(User caller, String id) {
    store.write(c -> {
      Units.Unit unit = adminOf(c, caller, id);
      List<String> children = Sql.list(c, "SELECT id FROM units WHERE parent_id = ? AND archived_at IS NULL ORDER BY id",
          r -> r.getString(1), id);
      if (!children.isEmpty()) {
        throw Refused.of(Refused.Reason.CONFLICT, "server.unit_has_children", id, String.join(", ", children));
      }
      List<String> scorecards = Sql.list(c, "SELECT id FROM scorecards WHERE unit_id = ? AND archived_at IS NULL"
          + " ORDER BY id", r -> r.getString(1), id);
      if (!scorecards.isEmpty()) {
        throw Refused.of(Refused.Reason.CONFLICT, "server.unit_has_scorecards", id, String.join(", ", scorecards));
      }
      long now = clock.millis();
      Sql.update(c, "UPDATE units SET archived_at = ? WHERE id = ?", now, id);
      Audit.record(c, now, caller.username(), "unit.archive", id, id, unit.name());
      return null;
    });
  }

  private static Units.Unit adminOf(Connection c, User caller, String id) throws SQLException {
    Access.require(c, caller, id, Role.ADMIN);
    return Units.find(c, id).orElseThrow(() -> Refused.of(Refused.Reason.NOT_FOUND, "server.no_such_unit", id));
  }

  /** To the top only for an organisation admin; else under a unit the caller administers, never below itself. */
  private static void checkMove(Connection c, User caller, Units.Unit unit, String parent) throws SQLException {
    if (parent == null) {
      if (!caller.admin()) {
        throw Refused.forbidden();
      }
      return;
    }
    Access.require(c, caller, parent, Role.ADMIN);
    if (parent.equals(unit.id()) || Sql.one(c, BELOW, r -> 1, unit.id(), parent).isPresent()) {
      throw InvalidInputException.of(Location.field("parent"), "server.unit_cycle", unit.id(), parent);
    }
    Units.checkParent(c, parent, unit.kind());
  }
}

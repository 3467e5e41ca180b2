package io.kinerja.server.auth;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.server.audit.Audit;
import io.kinerja.server.error.Refused;
import io.kinerja.server.store.Sql;
import io.kinerja.server.store.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what where. A role granted on a unit holds on all its descendants; a user's role on a unit is
 * the highest granted on it or on any of its ancestors; an organisation admin is admin everywhere.
 * Everything refused here is refused as "forbidden", whether or not the thing exists.
 */
public final class Access {

  public record Grant(String username, String unit, Role role) {}

  private static final String ANCESTORS = "WITH RECURSIVE up (id, parent_id) AS ("
      + " SELECT id, parent_id FROM units WHERE id = ?"
      + " UNION ALL SELECT u.id, u.parent_id FROM units u JOIN up ON u.id = up.parent_id)";

  private final Store store;
  private final Clock clock;

  public Access(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** The user's role on a unit, if any. */
  public static Optional<Role> role(Connection c, User user, String unit) throws SQLException {
    if (user.admin()) {
      return Optional.of(Role.ADMIN);
    }
    List<String> roles = Sql.list(c, ANCESTORS + " SELECT g.role FROM grants g JOIN up ON g.unit_id = up.id"
        + " WHERE g.username = ?", r -> r.getString(1), unit, user.username());
    return roles.stream().map(k -> Role.byKey(k).orElseThrow()).max(Role::compareTo);
  }

  /** Refuses unless the user holds at least {@code needed} on {@code unit}. */
  public static void require(Connection c, User user, String unit, Role needed) throws SQLException {
    if (!role(c, user, unit).map(r -> r.allows(needed)).orElse(false)) {
      throw Refused.forbidden();
    }
  }

  /** The units the user may see: every descendant of a unit granted to them; null means all of them. */
  public static Set<String> visibleUnits(Connection c, User user) throws SQLException {
    if (user.admin()) {
      return null;
    }
    return new HashSet<>(Sql.list(c, "WITH RECURSIVE down (id) AS (SELECT unit_id FROM grants WHERE username = ?"
        + " UNION SELECT u.id FROM units u JOIN down d ON u.parent_id = d.id) SELECT id FROM down",
        r -> r.getString(1), user.username()));
  }

  /** The roles granted to a user, unit by unit. */
  public List<Grant> grantsOf(User user) {
    return store.read(c -> Sql.list(c, "SELECT username, unit_id, role FROM grants WHERE username = ? ORDER BY unit_id",
        r -> new Grant(r.getString(1), r.getString(2), Role.byKey(r.getString(3)).orElseThrow()), user.username()));
  }

  /** The roles granted on a unit itself (not those inherited from its ancestors). */
  public List<Grant> grants(User caller, String unit) {
    return store.read(c -> {
      require(c, caller, unit, Role.ADMIN);
      return Sql.list(c, "SELECT username, unit_id, role FROM grants WHERE unit_id = ? ORDER BY username",
          r -> new Grant(r.getString(1), r.getString(2), Role.byKey(r.getString(3)).orElseThrow()), unit);
    });
  }

  public Grant grant(User caller, String unit, String username, Role role) {
    return store.write(c -> {
      require(c, caller, unit, Role.ADMIN);
      if (Users.find(c, username).isEmpty()) {
        throw InvalidInputException.of(Location.field("username"), "server.no_such_user", username);
      }
      Sql.update(c, "DELETE FROM grants WHERE username = ? AND unit_id = ?", username, unit);
      Sql.update(c, "INSERT INTO grants (username, unit_id, role) VALUES (?, ?, ?)", username, unit, role.key());
      Audit.record(c, clock.millis(), caller.username(), "grant.set", unit, username, role.key());
      return new Grant(username, unit, role);
    });
  }

  public void revoke(User caller, String unit, String username) {
    store.write(c -> {
      require(c, caller, unit, Role.ADMIN);
      if (Sql.update(c, "DELETE FROM grants WHERE username = ? AND unit_id = ?", username, unit) == 0) {
        throw Refused.of(Refused.Reason.NOT_FOUND, "server.no_such_grant", username, unit);
      }
      Audit.record(c, clock.millis(), caller.username(), "grant.remove", unit, username, null);
      return null;
    });
  }
}

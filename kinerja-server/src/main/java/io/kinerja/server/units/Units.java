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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Units of the organisation: listed as far as the caller may see, created by an admin of the parent. */
public final class Units {

  /** The levels of the tree, from the top. */
  public enum Kind {
    COMPANY,
    DIVISION,
    UNIT,
    PERSON;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Kind> byKey(String key) {
      for (Kind k : values()) {
        if (k.key().equals(key)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }
  }

  public record Unit(String id, String parent, Kind kind, String name) {}

  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  private final Store store;
  private final Clock clock;

  public Units(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public List<Unit> list(User caller) {
    return store.read(c -> {
      Set<String> visible = Access.visibleUnits(c, caller);
      return Sql.list(c, "SELECT id, parent_id, kind, name FROM units WHERE archived_at IS NULL ORDER BY id", Units::unit).stream()
          .filter(u -> visible == null || visible.contains(u.id())).toList();
    });
  }

  public Unit get(User caller, String id) {
    return store.read(c -> {
      Access.require(c, caller, id, Role.VIEWER);
      return find(c, id).orElseThrow(() -> Refused.of(Refused.Reason.NOT_FOUND, "server.no_such_unit", id));
    });
  }

  /**
   * Creates a unit under {@code parent} (an admin of the parent may), or at the top when {@code parent}
   * is null (an organisation admin may).
   */
  public Unit create(User caller, String id, String name, String kind, String parent) {
    Problems problems = new Problems();
    check(id, name, kind, problems);
    if (id == null || name == null || kind == null) {
      problems.error(Location.field(id == null ? "id" : name == null ? "name" : "kind"), "server.field_required",
          id == null ? "id" : name == null ? "name" : "kind");
    }
    problems.throwIfErrors();
    Optional<Kind> k = Kind.byKey(kind);
    return store.write(c -> {
      if (parent == null && !caller.admin()) {
        throw Refused.forbidden();
      }
      if (parent != null) {
        Access.require(c, caller, parent, Role.ADMIN);
      }
      checkParent(c, parent, k.get());
      if (taken(c, id)) {
        throw Refused.of(Refused.Reason.CONFLICT, "server.unit_exists", id);
      }
      Sql.update(c, "INSERT INTO units (id, parent_id, kind, name, created_at) VALUES (?, ?, ?, ?, ?)", id, parent,
          k.get().key(), name.strip(), clock.millis());
      Audit.record(c, clock.millis(), caller.username(), "unit.create", id, id, name.strip());
      return new Unit(id, parent, k.get(), name.strip());
    });
  }

  /** Checks the fields that are given (a missing one is reported by whoever read the request). */
  public static void check(String id, String name, String kind, Problems problems) {
    if (id != null && !ID.matcher(id).matches()) {
      problems.error(Location.field("id"), "server.bad_unit_id", id);
    }
    if (name != null && (name.isBlank() || name.length() > 200)) {
      problems.error(Location.field("name"), "server.bad_name");
    }
    if (kind != null && Kind.byKey(kind).isEmpty()) {
      problems.error(Location.field("kind"), "server.bad_unit_kind", kind, "company, division, unit, person");
    }
  }

  /** A person is a leaf, and a unit sits below one of a higher level. */
  static void checkParent(Connection c, String parent, Kind kind) throws SQLException {
    if (parent == null) {
      return;
    }
    Unit above = find(c, parent).orElseThrow(
        () -> InvalidInputException.of(Location.field("parent"), "server.no_such_unit", parent));
    boolean deeper = kind.compareTo(above.kind()) > 0 || kind == Kind.UNIT && above.kind() == Kind.UNIT;
    if (!deeper) {
      throw InvalidInputException.of(Location.field("kind"), "server.kind_below", kind.key(), above.kind().key());
    }
  }

  /** Whether a unit, archived or not, has this id: a deleted (archived) unit's id stays taken. */
  public static boolean taken(Connection c, String id) throws SQLException {
    return Sql.one(c, "SELECT 1 FROM units WHERE id = ?", r -> 1, id).isPresent();
  }

  /** The unit, unless it was deleted (archived). */
  public static Optional<Unit> find(Connection c, String id) throws SQLException {
    return Sql.one(c, "SELECT id, parent_id, kind, name FROM units WHERE id = ? AND archived_at IS NULL", Units::unit, id);
  }

  private static Unit unit(java.sql.ResultSet r) throws SQLException {
    return new Unit(r.getString(1), r.getString(2), Kind.byKey(r.getString(3)).orElseThrow(), r.getString(4));
  }
}

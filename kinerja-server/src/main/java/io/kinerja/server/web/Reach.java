package io.kinerja.server.web;

import io.kinerja.server.auth.Access;
import io.kinerja.server.auth.Role;
import io.kinerja.server.auth.User;
import io.kinerja.server.store.Store;
import io.kinerja.server.units.Units;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a caller may do on the units they see, read once per page from {@link Access} (the same rules the
 * API applies), so a page shows only the controls the caller's role allows.
 */
record Reach(User user, List<Units.Unit> units, Map<String, Role> roles) {

  static Reach of(Store store, Units all, User user) {
    List<Units.Unit> units = all.list(user);
    Map<String, Role> roles = store.read(c -> {
      Map<String, Role> out = new LinkedHashMap<>();
      for (Units.Unit u : units) {
        Access.role(c, user, u.id()).ifPresent(r -> out.put(u.id(), r));
      }
      return out;
    });
    return new Reach(user, units, roles);
  }

  boolean may(String unit, Role needed) {
    Role r = roles.get(unit);
    return r != null && r.allows(needed);
  }

  /** Whether the caller holds {@code needed} somewhere. */
  boolean anywhere(Role needed) {
    return user.admin() || roles.values().stream().anyMatch(r -> r.allows(needed));
  }

  /** The units on which the caller holds {@code needed}, id → "name (id)". */
  Map<String, String> choices(Role needed) {
    Map<String, String> out = new LinkedHashMap<>();
    units.stream().filter(u -> may(u.id(), needed)).forEach(u -> out.put(u.id(), u.name() + " (" + u.id() + ")"));
    return out;
  }

  String nav(io.kinerja.core.text.Language lang, String current) {
    return Managed.nav(lang, current, user.admin(), anywhere(Role.ADMIN), anywhere(Role.EDITOR));
  }
}

package io.kinerja.server.auth;

import java.util.Locale;
import java.util.Optional;

/** What a user may do on a unit and its children; each role may do all that the ones before it may. */
public enum Role {
  /** Reads definitions, figures and results. */
  VIEWER,
  /** Also enters and imports figures. */
  CONTRIBUTOR,
  /** Also changes definitions (scorecards). */
  EDITOR,
  /** Also creates child units and grants roles on them. */
  ADMIN;

  public boolean allows(Role needed) {
    return compareTo(needed) >= 0;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> byKey(String key) {
    for (Role r : values()) {
      if (r.key().equals(key)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}

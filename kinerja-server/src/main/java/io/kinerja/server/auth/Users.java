package io.kinerja.server.auth;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import io.kinerja.server.audit.Audit;
import io.kinerja.server.error.Refused;
import io.kinerja.server.store.Sql;
import io.kinerja.server.store.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Users: the first admin, logins (throttled), and new users made by an organisation admin. */
public final class Users {

  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  static final int SHORTEST_PASSWORD = 10;

  private final Store store;
  private final Clock clock;
  private final Throttle throttle;

  public Users(Store store, Clock clock, Throttle throttle) {
    this.store = store;
    this.clock = clock;
    this.throttle = throttle;
  }

  /**
   * On a store without users, creates {@code admin} with {@code preset} as its password, or a random one
   * when {@code preset} is null; returns the random one so that it can be printed once.
   */
  public Optional<String> createFirstAdmin(String preset) {
    return store.write(c -> {
      if (Sql.one(c, "SELECT username FROM users", r -> r.getString(1)).isPresent()) {
        return Optional.empty();
      }
      String password = preset != null ? preset : Secrets.random(15);
      insert(c, "admin", password, true);
      Audit.record(c, clock.millis(), null, "user.create", null, "admin", "the first admin");
      return preset != null ? Optional.<String>empty() : Optional.of(password);
    });
  }

  /** The user with this name and password; refused alike for a wrong name or a wrong password. */
  public User login(String username, String password, String address) {
    throttle.check(username, address);
    Optional<String[]> row = store.read(c -> Sql.one(c, "SELECT password_hash, admin FROM users WHERE username = ?",
        r -> new String[] {r.getString(1), String.valueOf(r.getBoolean(2))}, username));
    boolean ok = Passwords.matches(password, row.map(r -> r[0]).orElse(null));
    if (!ok) {
      throttle.failed(username, address);
      throw Refused.of(Refused.Reason.UNAUTHENTICATED, "server.bad_login");
    }
    throttle.succeeded(username);
    return new User(username, Boolean.parseBoolean(row.get()[1]));
  }

  public User create(User caller, String username, String password, boolean admin) {
    requireAdmin(caller);
    Problems problems = new Problems();
    if (username == null || !USERNAME.matcher(username).matches()) {
      problems.error(Location.field("username"), "server.bad_username", String.valueOf(username));
    }
    if (password == null || password.length() < SHORTEST_PASSWORD) {
      problems.error(Location.field("password"), "server.short_password", SHORTEST_PASSWORD);
    }
    problems.throwIfErrors();
    return store.write(c -> {
      if (find(c, username).isPresent()) {
        throw Refused.of(Refused.Reason.CONFLICT, "server.user_exists", username);
      }
      insert(c, username, password, admin);
      Audit.record(c, clock.millis(), caller.username(), "user.create", null, username, admin ? "admin" : null);
      return new User(username, admin);
    });
  }

  /** Changes the caller's own password, which they must know. */
  public void changePassword(User caller, String old, String password, String address) {
    login(caller.username(), old, address);
    if (password == null || password.length() < SHORTEST_PASSWORD) {
      throw InvalidInputException.of(Location.field("password"), "server.short_password", SHORTEST_PASSWORD);
    }
    store.write(c -> {
      Sql.update(c, "UPDATE users SET password_hash = ? WHERE username = ?", Passwords.hash(password), caller.username());
      Sql.update(c, "DELETE FROM sessions WHERE username = ?", caller.username());
      Audit.record(c, clock.millis(), caller.username(), "user.password", null, caller.username(), null);
      return null;
    });
  }

  public List<User> list(User caller) {
    requireAdmin(caller);
    return store.read(c -> Sql.list(c, "SELECT username, admin FROM users ORDER BY username",
        r -> new User(r.getString(1), r.getBoolean(2))));
  }

  public static Optional<User> find(Connection c, String username) throws SQLException {
    return Sql.one(c, "SELECT username, admin FROM users WHERE username = ?",
        r -> new User(r.getString(1), r.getBoolean(2)), username);
  }

  static void requireAdmin(User caller) {
    if (!caller.admin()) {
      throw Refused.forbidden();
    }
  }

  private void insert(Connection c, String username, String password, boolean admin) throws SQLException {
    Sql.update(c, "INSERT INTO users (username, password_hash, admin, created_at) VALUES (?, ?, ?, ?)",
        username, Passwords.hash(password), admin, clock.millis());
  }

  /** Throws when a field is blank: used before a login, so that a missing field is named. */
  public static void requireCredentials(String username, String password) {
    Problems problems = new Problems();
    if (username == null || username.isBlank()) {
      problems.error(Location.field("username"), "server.field_required", "username");
    }
    if (password == null || password.isEmpty()) {
      problems.error(Location.field("password"), "server.field_required", "password");
    }
    if (problems.hasErrors()) {
      throw new InvalidInputException(problems.all());
    }
  }
}

package io.kinerja.server.auth;

import io.kinerja.server.store.Sql;
import io.kinerja.server.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Sessions of the pages: the cookie holds a random id of which only the hash is stored; each session has
 * its own CSRF token that every state-changing page request must send back.
 */
public final class Sessions {

  public static final Duration LIFETIME = Duration.ofHours(12);

  public record Session(User user, String csrf) {}

  public record Started(String cookie, String csrf) {}

  private final Store store;
  private final Clock clock;

  public Sessions(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public Started start(User user) {
    String id = Secrets.random(32);
    String csrf = Secrets.random(32);
    long now = clock.millis();
    store.write(c -> {
      Sql.update(c, "DELETE FROM sessions WHERE expires_at < ?", now);
      return Sql.update(c, "INSERT INTO sessions (id_hash, username, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
          Secrets.sha256(id), user.username(), csrf, now, now + LIFETIME.toMillis());
    });
    return new Started(id, csrf);
  }

  public Optional<Session> find(String cookie) {
    return store.read(c -> Sql.one(c, "SELECT u.username, u.admin, s.csrf FROM sessions s"
        + " JOIN users u ON u.username = s.username WHERE s.id_hash = ? AND s.expires_at > ?",
        r -> new Session(new User(r.getString(1), r.getBoolean(2)), r.getString(3)), Secrets.sha256(cookie),
        clock.millis()));
  }

  public void end(String cookie) {
    store.write(c -> Sql.update(c, "DELETE FROM sessions WHERE id_hash = ?", Secrets.sha256(cookie)));
  }
}

package io.kinerja.server.auth;

import io.kinerja.server.store.ReadCache;
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

  /**
   * How long a found session is trusted without asking the store again. Signing out (or any other write
   * in this server) ends the trust at once; the expiry is checked on every request.
   */
  static final long TRUSTED_MS = 2_000;

  private record Found(Session session, long expiresAt) {}

  private final Store store;
  private final Clock clock;
  private final ReadCache<String, Optional<Found>> found;

  public Sessions(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
    this.found = new ReadCache<>(store, clock::millis, TRUSTED_MS, 10_000);
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
    String hash = Secrets.sha256(cookie);
    long now = clock.millis();
    return found.get(hash, c -> Sql.one(c, "SELECT u.username, u.admin, s.csrf, s.expires_at FROM sessions s"
        + " JOIN users u ON u.username = s.username WHERE s.id_hash = ? AND s.expires_at > ?",
        r -> new Found(new Session(new User(r.getString(1), r.getBoolean(2)), r.getString(3)), r.getLong(4)), hash,
        now)).filter(f -> f.expiresAt() > clock.millis()).map(Found::session);
  }

  public void end(String cookie) {
    store.write(c -> Sql.update(c, "DELETE FROM sessions WHERE id_hash = ?", Secrets.sha256(cookie)));
  }
}

package io.kinerja.server.auth;

import io.kinerja.server.audit.Audit;
import io.kinerja.server.error.Refused;
import io.kinerja.server.store.ReadCache;
import io.kinerja.server.store.Sql;
import io.kinerja.server.store.Store;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** API tokens for programs: shown once when issued, stored as a SHA-256 hash, revocable by id. */
public final class Tokens {

  public record Issued(String id, String token) {}

  public record Info(String id, String username, long createdAt, Long revokedAt) {}

  /**
   * How long a checked token is trusted without asking the store again: every request of a busy program
   * would otherwise cost a query. Any write in this server (a revocation, a user's change) ends the trust
   * at once; another server on the same PostgreSQL notices a revocation within this time.
   */
  static final long TRUSTED_MS = 2_000;

  private final Store store;
  private final Clock clock;
  private final ReadCache<String, Optional<User>> checked;

  public Tokens(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
    this.checked = new ReadCache<>(store, clock::millis, TRUSTED_MS, 10_000);
  }

  public Issued issue(User user) {
    String id = Secrets.random(9);
    String token = "kin_" + Secrets.random(32);
    store.write(c -> {
      Sql.update(c, "INSERT INTO tokens (id, token_hash, username, created_at) VALUES (?, ?, ?, ?)", id,
          Secrets.sha256(token), user.username(), clock.millis());
      Audit.record(c, clock.millis(), user.username(), "token.issue", null, id, null);
      return null;
    });
    return new Issued(id, token);
  }

  /** The user a live token belongs to. */
  public Optional<User> authenticate(String token) {
    String hash = Secrets.sha256(token);
    return checked.get(hash, c -> Sql.one(c, "SELECT u.username, u.admin FROM tokens t"
        + " JOIN users u ON u.username = t.username WHERE t.token_hash = ? AND t.revoked_at IS NULL",
        r -> new User(r.getString(1), r.getBoolean(2)), hash));
  }

  /** The caller's own tokens; an organisation admin sees everyone's. */
  public List<Info> list(User caller) {
    String sql = "SELECT id, username, created_at, revoked_at FROM tokens"
        + (caller.admin() ? "" : " WHERE username = ?") + " ORDER BY created_at, id";
    Object[] args = caller.admin() ? new Object[0] : new Object[] {caller.username()};
    return store.read(c -> Sql.list(c, sql, r -> new Info(r.getString(1), r.getString(2), r.getLong(3),
        r.getObject(4) == null ? null : r.getLong(4)), args));
  }

  /** Revokes one of the caller's tokens (an organisation admin: anyone's). */
  public void revoke(User caller, String id) {
    store.write(c -> {
      Optional<String> owner = Sql.one(c, "SELECT username FROM tokens WHERE id = ?", r -> r.getString(1), id);
      if (owner.isEmpty() || !(caller.admin() || owner.get().equals(caller.username()))) {
        throw Refused.forbidden();
      }
      Sql.update(c, "UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", clock.millis(), id);
      Audit.record(c, clock.millis(), caller.username(), "token.revoke", null, id, null);
      return null;
    });
    // again after the commit: a request that read the token before the commit may have cached it meanwhile
    checked.clear();
  }
}

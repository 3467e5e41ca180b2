package io.kinerja.server.auth;

import io.kinerja.server.error.Refused;
import io.kinerja.server.store.Sql;
import io.kinerja.server.store.Store;
import java.time.Clock;
import java.util.Optional;

/**
 * Slows down password guessing: after {@value #FREE_FAILURES} failed logins for one user name, or from one
 * address, each further try must wait, 1 s after the first and doubling up to 15 minutes; a success for
 * the user name clears its count, and a count an hour old is forgotten. The counts are kept in the store
 * (table {@code login_failures}), so a restart of the server, or a second server on the same PostgreSQL,
 * does not give a guesser a fresh allowance.
 */
public final class Throttle {

  static final int FREE_FAILURES = 5;
  private static final long FIRST_WAIT_MS = 1_000;
  private static final long LONGEST_WAIT_MS = 15 * 60_000;
  static final long FORGET_AFTER_MS = 60 * 60_000;
  /** A user name longer than any valid one is cut here, so that guesses cannot fill the table with huge keys. */
  private static final int LONGEST_SUBJECT = 200;

  private record Failures(int count, long last) {}

  private final Store store;
  private final Clock clock;

  public Throttle(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Refuses a login for {@code username} from {@code address} while either must still wait. */
  public void check(String username, String address) {
    long wait = Math.max(waitFor(user(username)), waitFor(address(address)));
    if (wait > 0) {
      throw Refused.of(Refused.Reason.THROTTLED, "server.throttled", (wait + 999) / 1000);
    }
  }

  public void failed(String username, String address) {
    long now = clock.millis();
    store.write(c -> {
      Sql.update(c, "DELETE FROM login_failures WHERE last_at < ?", now - FORGET_AFTER_MS);
      for (String subject : new String[] {user(username), address(address)}) {
        Sql.update(c, "INSERT INTO login_failures (subject, failures, last_at) VALUES (?, 1, ?)"
            + " ON CONFLICT (subject) DO UPDATE SET failures = login_failures.failures + 1, last_at = excluded.last_at",
            subject, now);
      }
      return null;
    });
  }

  public void succeeded(String username) {
    store.write(c -> Sql.update(c, "DELETE FROM login_failures WHERE subject = ?", user(username)));
  }

  private long waitFor(String subject) {
    Optional<Failures> found = store.read(c -> Sql.one(c, "SELECT failures, last_at FROM login_failures WHERE subject = ?",
        r -> new Failures(r.getInt(1), r.getLong(2)), subject));
    long now = clock.millis();
    if (found.isEmpty() || found.get().count() < FREE_FAILURES || now - found.get().last() > FORGET_AFTER_MS) {
      return 0;
    }
    Failures f = found.get();
    int over = Math.min(f.count() - FREE_FAILURES, 20);
    long wait = Math.min(FIRST_WAIT_MS << over, LONGEST_WAIT_MS);
    return Math.max(0, f.last() + wait - now);
  }

  private static String user(String username) {
    return cut("user:" + username);
  }

  private static String address(String address) {
    return cut("address:" + address);
  }

  private static String cut(String subject) {
    return subject.length() > LONGEST_SUBJECT ? subject.substring(0, LONGEST_SUBJECT) : subject;
  }
}

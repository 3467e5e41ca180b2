package io.kinerja.server.auth;

import io.kinerja.server.error.Refused;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #FREE_FAILURES} failed logins for one user name, or from one
 * address, each further try must wait, 1 s after the first and doubling up to 15 minutes; a success for
 * the user name clears its count. Kept in memory: a restart forgets, which costs an attacker a restart of
 * the server they cannot cause.
 */
public final class Throttle {

  static final int FREE_FAILURES = 5;
  private static final long FIRST_WAIT_MS = 1_000;
  private static final long LONGEST_WAIT_MS = 15 * 60_000;
  private static final long FORGET_AFTER_MS = 60 * 60_000;

  private record Failures(int count, long last) {}

  private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  public Throttle(Clock clock) {
    this.clock = clock;
  }

  /** Refuses a login for {@code username} from {@code address} while either must still wait. */
  public void check(String username, String address) {
    long wait = Math.max(waitFor("user:" + username), waitFor("address:" + address));
    if (wait > 0) {
      throw Refused.of(Refused.Reason.THROTTLED, "server.throttled", (wait + 999) / 1000);
    }
  }

  public void failed(String username, String address) {
    long now = clock.millis();
    for (String key : new String[] {"user:" + username, "address:" + address}) {
      failures.merge(key, new Failures(1, now), (a, b) -> new Failures(a.count() + 1, now));
    }
    if (failures.size() > 100_000) {
      failures.entrySet().removeIf(e -> now - e.getValue().last() > FORGET_AFTER_MS);
    }
  }

  public void succeeded(String username) {
    failures.remove("user:" + username);
  }

  private long waitFor(String key) {
    Failures f = failures.get(key);
    if (f == null || f.count() < FREE_FAILURES) {
      return 0;
    }
    int over = Math.min(f.count() - FREE_FAILURES, 20);
    long wait = Math.min(FIRST_WAIT_MS << over, LONGEST_WAIT_MS);
    return Math.max(0, f.last() + wait - clock.millis());
  }
}

package io.kinerja.server.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Answers of small reads (who a token or session belongs to, a scorecard's versions and the caller's right
 * to it) kept so that a busy read path asks the store nothing. An answer is good until the next write
 * through the same {@link Store} (any write: grants, sign-outs, revocations, new versions and data all
 * count) and for at most {@code ttlMillis}, which bounds how long a write made by another server on the
 * same PostgreSQL goes unnoticed. Failures (refusals) are never kept.
 */
public final class ReadCache<K, V> {

  private record Kept<V>(V value, long generation, long until) {}

  private final Store store;
  private final LongSupplier clock;
  private final long ttlMillis;
  private final int most;
  private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();

  public ReadCache(Store store, LongSupplier clock, long ttlMillis, int most) {
    this.store = store;
    this.clock = clock;
    this.ttlMillis = ttlMillis;
    this.most = most;
  }

  /** The kept answer for {@code key}, or {@code read}'s, run on the store and then kept. */
  public V get(K key, Store.Work<V> read) {
    long generation = store.generation();
    long now = clock.getAsLong();
    Kept<V> k = kept.get(key);
    if (k != null && k.generation() == generation && k.until() > now) {
      return k.value();
    }
    // The generation was taken before the read: if a write begins or ends meanwhile, this answer is
    // kept under the old generation and so never served.
    V value = store.read(read);
    if (kept.size() >= most) {
      kept.clear();
    }
    kept.put(key, new Kept<>(value, generation, now + ttlMillis));
    return value;
  }

  /** Forgets everything kept. */
  public void clear() {
    kept.clear();
  }
}

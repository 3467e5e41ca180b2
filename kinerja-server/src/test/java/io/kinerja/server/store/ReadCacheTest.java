package io.kinerja.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads kept on a real embedded store: asked once, served until a write or the time limit, failures never kept. */
class ReadCacheTest {

  @TempDir
  Path folder;

  private Store store;
  private final AtomicLong now = new AtomicLong(1_000);
  private final AtomicInteger queries = new AtomicInteger();

  @BeforeEach
  void open() {
    store = Store.embedded(folder);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private long countUsers(java.sql.Connection c) throws java.sql.SQLException {
    queries.incrementAndGet();
    return Sql.one(c, "SELECT COUNT(*) FROM users", r -> r.getLong(1)).orElseThrow();
  }

  private void addUser(String name) {
    store.write(c -> Sql.update(c, "INSERT INTO users (username, password_hash, admin, created_at) VALUES (?, ?, ?, ?)",
        name, "x", false, 0L));
  }

  @Test
  void a_kept_answer_asks_the_store_nothing_until_the_next_write() {
    ReadCache<String, Long> cache = new ReadCache<>(store, now::get, 60_000, 100);
    assertThat(cache.get("users", this::countUsers)).isZero();
    for (int i = 0; i < 100; i++) {
      assertThat(cache.get("users", this::countUsers)).isZero();
    }
    assertThat(queries).hasValue(1);
    addUser("ani");
    assertThat(cache.get("users", this::countUsers)).isEqualTo(1);
    assertThat(queries).hasValue(2);
  }

  @Test
  void a_write_that_fails_and_rolls_back_still_makes_the_kept_answers_be_read_again() {
    ReadCache<String, Long> cache = new ReadCache<>(store, now::get, 60_000, 100);
    cache.get("users", this::countUsers);
    assertThatThrownBy(() -> store.write(c -> {
      Sql.update(c, "INSERT INTO users (username, password_hash, admin, created_at) VALUES ('budi', 'x', false, 0)");
      throw new IllegalStateException("rolled back");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(cache.get("users", this::countUsers)).isZero();
    assertThat(queries).hasValue(2);
  }

  @Test
  void an_answer_read_while_a_write_was_under_way_is_not_kept_for_after_it() throws Exception {
    ReadCache<String, Long> cache = new ReadCache<>(store, now::get, 60_000, 100);
    java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch read = new java.util.concurrent.CountDownLatch(1);
    Thread writer = new Thread(() -> store.write(c -> {
      Sql.update(c, "INSERT INTO users (username, password_hash, admin, created_at) VALUES ('citra', 'x', false, 0)");
      inside.countDown();
      try {
        read.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return null;
    }));
    writer.start();
    inside.await();
    assertThat(cache.get("users", this::countUsers)).isZero(); // the uncommitted row is not seen
    read.countDown();
    writer.join();
    assertThat(cache.get("users", this::countUsers)).isEqualTo(1);
  }

  @Test
  void a_kept_answer_is_read_again_after_its_time() {
    ReadCache<String, Long> cache = new ReadCache<>(store, now::get, 1_000, 100);
    cache.get("users", this::countUsers);
    now.addAndGet(999);
    cache.get("users", this::countUsers);
    assertThat(queries).hasValue(1);
    now.addAndGet(1);
    cache.get("users", this::countUsers);
    assertThat(queries).hasValue(2);
  }

  @Test
  void a_refusal_is_never_kept() {
    ReadCache<String, Long> cache = new ReadCache<>(store, now::get, 60_000, 100);
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> cache.get("refused", c -> {
        queries.incrementAndGet();
        throw new IllegalArgumentException("no");
      })).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(queries).hasValue(2);
  }
}

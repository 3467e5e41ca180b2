package io.kinerja.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The database behind the server, reached through short units of work: {@link #read} on a connection in
 * auto-commit mode, {@link #write} inside one transaction that commits whole or not at all.
 *
 * <p>The embedded engine is SQLite in WAL mode rather than H2. SQLite's commit is atomic and, with
 * {@code synchronous=FULL}, durable as soon as it returns: a commit lives in the write-ahead log on disk,
 * so a server killed with SIGKILL (or a machine losing power) comes back with every acknowledged write and
 * with no half of a transaction, which is exactly what an all-or-nothing import needs. H2's MVStore keeps
 * recent commits in memory for up to its write delay, so a killed process loses acknowledged writes
 * unless the delay is turned off. WAL also lets readers (the results endpoints) run beside one writer.
 */
public final class Store implements AutoCloseable {

  /** The two engines; each names its Flyway folder and the few type spellings that differ. */
  public enum Engine {
    SQLITE("sqlite", "INTEGER PRIMARY KEY AUTOINCREMENT", "BLOB"),
    POSTGRESQL("postgresql", "BIGSERIAL PRIMARY KEY", "BYTEA");

    private final String folder;
    private final String serial;
    private final String blob;

    Engine(String folder, String serial, String blob) {
      this.folder = folder;
      this.serial = serial;
      this.blob = blob;
    }
  }

  /** One unit of work on a connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private static final Pattern CURRENT_SCHEMA = Pattern.compile("[?&]currentSchema=([A-Za-z_][A-Za-z0-9_]*)");

  private final HikariDataSource pool;
  private final Engine engine;
  /** Counts the writes begun and ended through {@link #write}: what was read before one may be stale. */
  private final AtomicLong generation = new AtomicLong();

  private Store(HikariDataSource pool, Engine engine) {
    this.pool = pool;
    this.engine = engine;
  }

  /** The embedded store: {@code kinerja.db} in {@code folder}, created with the folder when missing. */
  public static Store embedded(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(30_000);
    // A writer takes the write lock when its transaction begins, so two writers queue up on the busy
    // timeout instead of one failing when it upgrades a read lock half-way through.
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + folder.resolve("kinerja.db").toAbsolutePath());
    HikariConfig hikari = new HikariConfig();
    hikari.setDataSource(source);
    hikari.setPoolName("kinerja-sqlite");
    // More than PostgreSQL's rule for the cores: SQLite writers wait for the write lock (busy timeout)
    // while holding their connection, and the readers beside them must still find one.
    hikari.setMaximumPoolSize(8);
    return migrated(new HikariDataSource(hikari), Engine.SQLITE);
  }

  /** PostgreSQL at {@code url}; a {@code currentSchema} named in the URL is created when missing. */
  public static Store postgresql(String url, String user, String password) {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(url);
    if (user != null) {
      hikari.setUsername(user);
    }
    if (password != null) {
      hikari.setPassword(password);
    }
    hikari.setPoolName("kinerja-postgresql");
    // PostgreSQL's own rule of thumb, two connections per core and one more: the cached read path needs
    // none, and more connections only contend for the same cores.
    hikari.setMaximumPoolSize(2 * Runtime.getRuntime().availableProcessors() + 1);
    HikariDataSource pool = new HikariDataSource(hikari);
    Matcher schema = CURRENT_SCHEMA.matcher(url);
    if (schema.find()) {
      createSchema(pool, schema.group(1));
    }
    return migrated(pool, Engine.POSTGRESQL);
  }

  private static void createSchema(DataSource pool, String schema) {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA IF NOT EXISTS " + schema); // the name matched [A-Za-z_][A-Za-z0-9_]*
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  private static Store migrated(HikariDataSource pool, Engine engine) {
    try {
      Flyway.configure()
          .dataSource(pool)
          .locations("classpath:db/migration/common", "classpath:db/migration/" + engine.folder)
          .placeholders(Map.of("serial", engine.serial, "blob", engine.blob))
          .load()
          .migrate();
      return new Store(pool, engine);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  public Engine engine() {
    return engine;
  }

  /** Runs {@code work} on a connection in auto-commit mode: for reads. */
  public <T> T read(Work<T> work) {
    try (Connection c = pool.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  /**
   * How many writes this store has seen begin or end. A value read while it stayed the same is still
   * what the store holds, as far as this server's own writes go ({@link ReadCache} relies on it).
   */
  public long generation() {
    return generation.get();
  }

  /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws anything. */
  public <T> T write(Work<T> work) {
    generation.incrementAndGet();
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException(e);
    } finally {
      // Once more after the commit: a reader that began during the transaction read the state before it.
      generation.incrementAndGet();
    }
  }

  @Override
  public void close() {
    pool.close();
  }
}

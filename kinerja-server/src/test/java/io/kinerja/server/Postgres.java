package io.kinerja.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A real PostgreSQL for tests: the machine's own (127.0.0.1:5432, trust authentication, database {@code
 * test}) when it answers, else an embedded one from Maven Central, so that the tests run on a fresh
 * machine too and are never skipped. Each test class gets a fresh schema, dropped afterwards.
 */
final class Postgres {

  private static final String LOCAL = "jdbc:postgresql://127.0.0.1:5432/test";
  private static String base;
  private static EmbeddedPostgres embedded;

  private Postgres() {}

  /** A JDBC URL whose current schema is new and empty; {@link #drop} removes it. */
  static synchronized String freshSchema() {
    String schema = "kinerja_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    execute("CREATE SCHEMA " + schema);
    return base() + (base().contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** Runs statements on the database of {@code url} (a fresh schema's, say) as the test user. */
  static void execute(String url, String... statements) {
    try (Connection c = DriverManager.getConnection(url, user(), null); Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(String.join("; ", statements), e);
    }
  }

  static void drop(String url) {
    String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  static String user() {
    return "postgres";
  }

  private static String base() {
    if (base == null) {
      // -Dkinerja.test.postgres=embedded tries the fallback of a machine without PostgreSQL.
      boolean forceEmbedded = "embedded".equals(System.getProperty("kinerja.test.postgres"));
      base = !forceEmbedded && reachable(LOCAL) ? LOCAL : startEmbedded();
    }
    return base;
  }

  private static boolean reachable(String url) {
    try (Connection c = DriverManager.getConnection(url, user(), null)) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  private static String startEmbedded() {
    try {
      embedded = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          embedded.close();
        } catch (IOException e) {
          // the JVM is going away
        }
      }));
      return embedded.getJdbcUrl(user(), "postgres");
    } catch (IOException e) {
      throw new UncheckedIOException("no PostgreSQL at 127.0.0.1:5432 and the embedded one did not start", e);
    }
  }

  private static void execute(String sql) {
    try (Connection c = DriverManager.getConnection(base(), user(), null); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}

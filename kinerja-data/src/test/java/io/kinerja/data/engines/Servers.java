package io.kinerja.data.engines;

import static org.assertj.core.api.Assertions.fail;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;

/**
 * The database servers the differential tests run on. The machine's own servers are used where they
 * answer (PostgreSQL on 127.0.0.1:5432 with trust, MariaDB on 127.0.0.1:3306 as root, database
 * {@code test}). Elsewhere PostgreSQL starts embedded (a real server from Maven Central's binaries), and
 * the MariaDB tests are skipped with a message saying how to run them. Under {@code CI=true} nothing is
 * skipped or replaced: a server that does not answer fails the tests, since {@code .ci/run} starts both.
 */
final class Servers {

  /** A server: its kind, the JDBC URL of its database and the credentials of its administrator. */
  record Server(String kind, String url, String user, String password) {
    Connection connect() throws SQLException {
      Properties p = new Properties();
      p.setProperty("user", user);
      if (password != null) {
        p.setProperty("password", password);
      }
      return DriverManager.getConnection(url, p);
    }
  }

  static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String MARIADB_URL = "jdbc:mariadb://127.0.0.1:3306/test";

  private static Server embeddedPostgres;

  private Servers() {}

  static boolean underCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /**
   * The machine's PostgreSQL, or an embedded one where that does not answer (or where
   * {@code -Dkinerja.postgres=embedded} asks for it, to try the embedded path on a machine that has both).
   */
  static synchronized Server postgres() {
    Server local = new Server("postgresql", POSTGRES_URL + "?connectTimeout=3", "postgres", null);
    boolean embedded = "embedded".equals(System.getProperty("kinerja.postgres"));
    String why = embedded ? "the embedded server was asked for" : answers(local);
    if (why == null) {
      return local;
    }
    if (underCi()) {
      fail("PostgreSQL does not answer at " + POSTGRES_URL + " (" + why + "); .ci/run should have started it");
    }
    if (embeddedPostgres == null) {
      embeddedPostgres = new Server("postgresql", startEmbedded(), "postgres", null);
    }
    return embeddedPostgres;
  }

  static Server mariadb() {
    Server local = new Server("mariadb", MARIADB_URL + "?connectTimeout=3000", "root", null);
    String why = answers(local);
    if (why != null) {
      if (underCi()) {
        fail("MariaDB does not answer at " + MARIADB_URL + " (" + why + "); .ci/run should have started it");
      }
      Assumptions.abort("MariaDB tests skipped: no server answers at " + MARIADB_URL + " (" + why + "). Start one "
          + "(user root, empty password, database test), e.g. start-stop-daemon --start --oknodo --background "
          + "--exec /usr/sbin/mariadbd, or run bash .ci/run");
    }
    return local;
  }

  /** Why the server does not answer, or {@code null} when it does. */
  private static String answers(Server server) {
    try (Connection c = server.connect()) {
      return c.isValid(3) ? null : "the connection is not valid";
    } catch (SQLException e) {
      return e.getMessage().lines().findFirst().orElse("no answer");
    }
  }

  /** A PostgreSQL 17 started in-process for this JVM, stopped when it exits. */
  private static String startEmbedded() {
    try {
      EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          pg.close();
        } catch (IOException e) {
          // the JVM is exiting; the server's folder is temporary
        }
      }));
      return pg.getJdbcUrl("postgres", "postgres");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start an embedded PostgreSQL", e);
    }
  }
}

package io.kinerja.server;

import io.kinerja.server.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** A Kinerja server started in the test's JVM on a free port, on the embedded store or on PostgreSQL. */
final class TestServer implements AutoCloseable {

  static final String ADMIN_PASSWORD = "admin-password-for-tests";

  final KinerjaServer server;
  final Path data;
  final String db;
  final StringWriter printed = new StringWriter();
  private String adminToken;

  private TestServer(Store.Engine engine, Path examples, String adminPassword) {
    this(engine, examples, adminPassword, null, java.time.Clock.systemUTC());
  }

  private TestServer(Store.Engine engine, Path examples, String adminPassword, Path secrets, java.time.Clock clock) {
    try {
      data = Files.createTempDirectory("kinerja-server-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    db = engine == Store.Engine.POSTGRESQL ? Postgres.freshSchema() : null;
    server = KinerjaServer.start(new KinerjaServer.Settings("127.0.0.1", 0, data, db, db == null ? null : Postgres.user(),
        null, examples, adminPassword, secrets), new PrintWriter(printed, true), clock);
  }

  /** A server given {@code secrets} as its secrets file (where engines' file credentials are read). */
  static TestServer withSecrets(Store.Engine engine, Path secrets) {
    return new TestServer(engine, null, ADMIN_PASSWORD, secrets, java.time.Clock.systemUTC());
  }

  static TestServer start(Store.Engine engine) {
    return new TestServer(engine, null, ADMIN_PASSWORD);
  }

  /** A server whose clock stands still at {@code clock}'s instant (what "today" and "overdue" mean). */
  static TestServer startAt(Store.Engine engine, java.time.Clock clock) {
    return new TestServer(engine, null, ADMIN_PASSWORD, null, clock);
  }

  static TestServer withDemo(Store.Engine engine, Path examples) {
    return new TestServer(engine, examples, ADMIN_PASSWORD);
  }

  static TestServer withRandomAdminPassword() {
    return new TestServer(Store.Engine.SQLITE, null, null);
  }

  Http anonymous() {
    return new Http(server.port(), null);
  }

  synchronized Http admin() {
    if (adminToken == null) {
      adminToken = token("admin", ADMIN_PASSWORD);
    }
    return new Http(server.port(), adminToken);
  }

  String token(String username, String password) {
    Http.Response r = anonymous().post("/api/v1/tokens",
        "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}");
    if (r.status() != 201) {
      throw new AssertionError("no token for " + username + ": " + r.status() + " " + r.body());
    }
    return r.json().get("token").asText();
  }

  /** A new user with a role on a unit, and a client signed in as them. */
  Http user(String username, String unit, String role) {
    String password = "password-of-" + username;
    Http admin = admin();
    expect(admin.post("/api/v1/users", "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}"), 201);
    if (unit != null) {
      expect(admin.put("/api/v1/units/" + unit + "/grants/" + username, "{\"role\": \"" + role + "\"}"), 200);
    }
    return new Http(server.port(), token(username, password));
  }

  static Http.Response expect(Http.Response r, int status) {
    if (r.status() != status) {
      throw new AssertionError("expected " + status + " but got " + r.status() + ": " + r.body());
    }
    return r;
  }

  /**
   * Every row of every table, in a fixed order: equal snapshots mean an unchanged database. The tables are
   * read from the database itself, so a table added by a later migration is compared too.
   */
  String snapshot() {
    String url = db != null ? db : "jdbc:sqlite:" + data.resolve("kinerja.db");
    StringBuilder out = new StringBuilder();
    try (Connection c = DriverManager.getConnection(url, db != null ? Postgres.user() : null, null);
        Statement s = c.createStatement()) {
      for (String table : tables(c)) {
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
          int columns = rs.getMetaData().getColumnCount();
          out.append(table).append('\n');
          while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
              Object v = rs.getObject(i);
              out.append(v instanceof byte[] b ? java.util.Arrays.hashCode(b) : v).append('|');
            }
            out.append('\n');
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  /** The store's own tables, sorted; Flyway's history and SQLite's internal tables left out. */
  private static List<String> tables(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    // PostgreSQL: the test's own schema (the connection's current one); SQLite has none.
    try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (!name.startsWith("sqlite_") && !name.startsWith("flyway_")) {
          tables.add(name);
        }
      }
    }
    Collections.sort(tables);
    if (!tables.contains("measure_values")) {
      throw new IllegalStateException("no store tables found: " + tables);
    }
    return tables;
  }

  @Override
  public void close() {
    server.close();
    if (db != null) {
      Postgres.drop(db);
    }
    try (Stream<Path> all = Files.walk(data)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

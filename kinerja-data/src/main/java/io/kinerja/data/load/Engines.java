package io.kinerja.data.load;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problem;
import io.kinerja.core.problem.Problems;
import io.kinerja.data.yaml.EngineDeclaration;
import io.kinerja.metrics.engine.Connector;
import io.kinerja.metrics.engine.ConnectorProvider;
import io.kinerja.metrics.engine.DuckDbEngine;
import io.kinerja.metrics.engine.EngineSettings;
import io.kinerja.metrics.engine.JdbcConnector;
import io.kinerja.metrics.engine.QueryException;
import io.kinerja.metrics.sql.DuckDbDialect;
import io.kinerja.metrics.sql.MariaDbDialect;
import io.kinerja.metrics.sql.PostgresDialect;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;

/**
 * Opens the engine a scorecard names: its credentials read from the environment or a secrets file, its
 * connection made and checked. Anything that fails here is the user's to fix (a variable not set, a
 * server not reachable), so it is an {@link InvalidInputException} at the {@code engine:} key, naming the
 * engine and where it was looked for.
 */
public final class Engines {

  private Engines() {}

  /** A connector to the engine {@code declaration} names ({@code null}: the embedded DuckDB). */
  public static Connector open(EngineDeclaration declaration, Path folder, Map<String, String> environment) {
    return open(declaration, folder, environment, null);
  }

  /**
   * As {@link #open(EngineDeclaration, Path, Map)}, but a credential written {@code { file: F, key: K }} is
   * read from {@code secrets} (when not null) instead of the file F beside the scorecard: the server keeps
   * no secret in its store, and is given one secrets file when it starts.
   */
  public static Connector open(EngineDeclaration declaration, Path folder, Map<String, String> environment,
      Path secrets) {
    if (declaration == null) {
      return DuckDbEngine.inMemory();
    }
    EngineSettings settings = settings(declaration, folder, environment, secrets);
    try {
      return switch (declaration.kind()) {
        case "postgresql" -> jdbc(settings, new org.postgresql.Driver(), new PostgresDialect(), "connectTimeout", "10");
        case "mariadb" -> jdbc(settings, new org.mariadb.jdbc.Driver(), new MariaDbDialect(), "connectTimeout", "10000");
        case "duckdb" -> settings.url() == null ? DuckDbEngine.inMemory()
            : jdbc(settings, new org.duckdb.DuckDBDriver(), new DuckDbDialect(), null, null);
        default -> provided(settings, declaration.location());
      };
    } catch (QueryException e) {
      throw InvalidInputException.of(declaration.location(), "engines.unreachable", settings.kind(), settings.address(),
          e.getMessage());
    }
  }

  /** The settings with the credentials read; every credential that cannot be read is reported. */
  static EngineSettings settings(EngineDeclaration declaration, Path folder, Map<String, String> environment) {
    return settings(declaration, folder, environment, null);
  }

  private static EngineSettings settings(EngineDeclaration declaration, Path folder, Map<String, String> environment,
      Path secrets) {
    Problems problems = new Problems();
    String user = reveal(declaration.user(), "user", folder, environment, secrets, problems);
    String password = reveal(declaration.password(), "password", folder, environment, secrets, problems);
    problems.throwIfErrors();
    return new EngineSettings(declaration.kind(), declaration.url(), declaration.master(), user, password, folder);
  }

  private static String reveal(EngineDeclaration.Secret secret, String what, Path folder, Map<String, String> environment,
      Path secrets, Problems problems) {
    if (secret == null) {
      return null;
    }
    if (secret.literal() != null) {
      return secret.literal();
    }
    if (secret.env() != null) {
      String value = environment.get(secret.env());
      if (value == null) {
        problems.error(secret.location(), "engines.env_not_set", what, secret.env());
      }
      return value;
    }
    return fromFile(secret, what, secrets != null ? secrets : folder.resolve(secret.file()), problems);
  }

  private static String fromFile(EngineDeclaration.Secret secret, String what, Path path, Problems problems) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      problems.error(secret.location(), "engines.secrets_unreadable", what, secret.file(), path.toString());
      return null;
    }
    String value = properties.getProperty(secret.key());
    if (value == null) {
      problems.error(secret.location(), "engines.secret_no_key", what, secret.file(), secret.key());
    }
    return value;
  }

  /**
   * A read-only connection through {@code driver} itself (not DriverManager, which would load every
   * driver on the class path first); a connection timeout is set unless the URL sets one.
   */
  private static Connector jdbc(EngineSettings settings, Driver driver, io.kinerja.metrics.sql.Dialect dialect,
      String timeoutKey, String timeout) throws QueryException {
    Properties properties = new Properties();
    if (settings.user() != null) {
      properties.setProperty("user", settings.user());
    }
    if (settings.password() != null) {
      properties.setProperty("password", settings.password());
    }
    if (timeoutKey != null && !settings.url().contains(timeoutKey + "=")) {
      properties.setProperty(timeoutKey, timeout);
    }
    try {
      Connection connection = driver.connect(settings.url(), properties);
      if (connection == null) {
        throw new QueryException("the driver does not accept this URL", null);
      }
      connection.setReadOnly(true);
      return new JdbcConnector(settings.kind(), settings.url(), dialect, connection, true);
    } catch (SQLException e) {
      throw QueryException.of(e);
    }
  }

  /** An engine from another module (Spark), found on the class path; its absence is said plainly. */
  private static Connector provided(EngineSettings settings, Location location) throws QueryException {
    for (ConnectorProvider provider : ServiceLoader.load(ConnectorProvider.class)) {
      if (provider.kind().equals(settings.kind())) {
        return provider.open(settings);
      }
    }
    throw new InvalidInputException(Problem.error(location, "engines.not_on_class_path", settings.kind()));
  }
}

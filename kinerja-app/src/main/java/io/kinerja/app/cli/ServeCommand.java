package io.kinerja.app.cli;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.server.KinerjaServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code kinerja serve}: the server (DESIGN §9), on the embedded store in {@code --data} or on PostgreSQL
 * with {@code --db}. Database credentials come only from the environment ({@code KINERJA_DB_USER},
 * {@code KINERJA_DB_PASSWORD}) or a secrets file ({@code KINERJA_DB_PASSWORD_FILE}), never from the
 * command line, where every user of the machine could read them.
 */
public final class ServeCommand implements Command {

  private final Map<String, String> environment;

  public ServeCommand() {
    this(System.getenv());
  }

  ServeCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public String name() {
    return "serve";
  }

  @Override
  public String summary() {
    return "Runs the Kinerja server: the REST API and the pages.";
  }

  @Override
  public String usage() {
    return """
        Usage: kinerja serve [--port 7070] [--host 127.0.0.1] [--data DIR] [--db URL] [--demo]
          --port N       the HTTP port (default 7070; 0: any free port)
          --host H       the address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
          --data DIR     the embedded store and the file cache (default ./kinerja-data)
          --db URL       a PostgreSQL JDBC URL instead of the embedded store (or KINERJA_DB_URL);
                         the user and password come from KINERJA_DB_USER and KINERJA_DB_PASSWORD
                         (or KINERJA_DB_PASSWORD_FILE, a file holding it)
          --demo         load the reference cases of examples/ (RSI Unisma 2014, the 2025 funnel)
          --secrets FILE a properties file (or KINERJA_SECRETS_FILE) where a scorecard's engine
                         credentials written { file: F, key: K } are looked up by K; credentials
                         written { env: NAME } come from this process's environment
        The first start creates the user admin: its password is KINERJA_ADMIN_PASSWORD when set,
        otherwise a random one printed once.
        """;
  }

  @Override
  public int run(List<String> argv, PrintWriter out, PrintWriter err) {
    KinerjaServer server = start(argv, out);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "kinerja-stop"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  /** Starts the server as the arguments say and returns it running. */
  KinerjaServer start(List<String> argv, PrintWriter out) {
    Args args = Args.parse(argv, Set.of("--port", "--host", "--data", "--db", "--secrets"), Set.of("--demo"),
        Set.of());
    args.positional(0, 0, "");
    int port = port(args.option("--port").orElse("7070"));
    String host = args.option("--host").orElse("127.0.0.1");
    Path data = Path.of(args.option("--data").orElse("kinerja-data"));
    String db = args.option("--db").orElse(environment.get("KINERJA_DB_URL"));
    if (db != null && db.toLowerCase(java.util.Locale.ROOT).contains("password=")) {
      throw InvalidInputException.of(Location.field("--db"), "server.password_in_url");
    }
    Path examples = args.flag("--demo") ? examples() : null;
    Path secrets = args.option("--secrets").or(() -> Optional.ofNullable(environment.get("KINERJA_SECRETS_FILE")))
        .map(Path::of).orElse(null);
    if (secrets != null && !Files.isReadable(secrets)) {
      throw InvalidInputException.of(Location.field("--secrets"), "server.secrets_unreadable", secrets.toString());
    }
    KinerjaServer server = KinerjaServer.start(new KinerjaServer.Settings(host, port, data, db,
        environment.get("KINERJA_DB_USER"), db == null ? null : password(), examples,
        environment.get("KINERJA_ADMIN_PASSWORD"), secrets), out);
    out.println("Kinerja serves on http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":" + server.port()
        + "/ (" + (db == null ? "embedded store in " + data.toAbsolutePath() : "PostgreSQL") + ");"
        + " the API is described at /api/docs. Stop it with Ctrl+C.");
    out.flush();
    return server;
  }

  private static int port(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw InvalidInputException.of(Location.field("--port"), "server.bad_port", text);
  }

  private String password() {
    String file = environment.get("KINERJA_DB_PASSWORD_FILE");
    if (file == null) {
      return environment.get("KINERJA_DB_PASSWORD");
    }
    try {
      return Files.readString(Path.of(file)).strip();
    } catch (IOException e) {
      throw InvalidInputException.of(Location.file(file), "file.unreadable", String.valueOf(e.getMessage()));
    }
  }

  /** {@code examples/} of the working directory, else of the checkout the running jar was built in. */
  private static Path examples() {
    Path here = Path.of("examples");
    if (Files.isDirectory(here)) {
      return here.toAbsolutePath();
    }
    try {
      Path jar = Path.of(ServeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path p = jar.getParent(); p != null; p = p.getParent()) {
        if (Files.isDirectory(p.resolve("examples")) && Files.exists(p.resolve("pom.xml"))) {
          return p.resolve("examples");
        }
      }
    } catch (URISyntaxException | SecurityException e) {
      // reported below
    }
    throw InvalidInputException.of(Location.field("--demo"), "server.no_examples");
  }
}

package io.kinerja.server;

import io.kinerja.server.auth.Access;
import io.kinerja.server.auth.Sessions;
import io.kinerja.server.auth.Throttle;
import io.kinerja.server.auth.Tokens;
import io.kinerja.server.auth.Users;
import io.kinerja.server.demo.Demo;
import io.kinerja.server.plans.Alerts;
import io.kinerja.server.plans.Initiatives;
import io.kinerja.server.plans.Organisation;
import io.kinerja.server.plans.Plans;
import io.kinerja.server.plans.Webhooks;
import io.kinerja.server.results.Results;
import io.kinerja.server.scorecards.Library;
import io.kinerja.server.scorecards.Scorecards;
import io.kinerja.server.store.Store;
import io.kinerja.server.units.Units;
import io.kinerja.server.values.Values;
import io.kinerja.server.web.Services;
import io.kinerja.server.web.Web;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.List;
import java.util.Optional;

/**
 * The server, wired: the store (migrated), the first admin, the demo cases if asked for, the features and
 * the HTTP routes. {@link #start} returns once {@code GET /health} answers.
 */
public final class KinerjaServer implements AutoCloseable {

  /**
   * How to start: {@code port} (0: any free one), {@code data} (the embedded store and the file cache),
   * {@code db} (a PostgreSQL JDBC URL instead of the embedded store, with its user and password),
   * {@code examples} (the demo's case folders, or null for no demo) and the first admin's password (null:
   * a random one, printed once), and {@code secrets}: the properties file the raw-record engines' file
   * credentials are read from (null: none; environment credentials are the server's environment).
   */
  public record Settings(String host, int port, Path data, String db, String dbUser, String dbPassword, Path examples,
      String adminPassword, Path secrets) {

    public Settings(String host, int port, Path data, String db, String dbUser, String dbPassword, Path examples,
        String adminPassword) {
      this(host, port, data, db, dbUser, dbPassword, examples, adminPassword, null);
    }
  }

  private final Store store;
  private final Library library;
  private final Web web;
  private Webhooks webhooks;

  private KinerjaServer(Store store, Library library, Web web) {
    this.store = store;
    this.library = library;
    this.web = web;
  }

  public static KinerjaServer start(Settings settings, PrintWriter out) {
    return start(settings, out, Clock.systemUTC());
  }

  /** As {@link #start(Settings, PrintWriter)}, with the clock that dates everything (tests fix it). */
  public static KinerjaServer start(Settings settings, PrintWriter out, Clock clock) {
    Store store = settings.db() == null ? Store.embedded(settings.data())
        : Store.postgresql(settings.db(), settings.dbUser(), settings.dbPassword());
    Library library = new Library(settings.data().resolve("cache"), settings.secrets());
    try {
      Users users = new Users(store, clock, new Throttle(store, clock));
      Units units = new Units(store, clock);
      Scorecards scorecards = new Scorecards(store, clock, library, settings.data().resolve("staging"));
      Services services = new Services(store, users, new Tokens(store, clock), new Sessions(store, clock),
          new Access(store, clock), units, scorecards, new Values(store, clock, library), new Results(store, library));
      Optional<String> password = users.createFirstAdmin(settings.adminPassword());
      password.ifPresent(p -> out.println("First start: created the user admin with the password " + p
          + "\n  (shown this once; change it with PUT /api/v1/me/password)"));
      if (settings.examples() != null) {
        Demo.load(settings.examples(), store, units, scorecards, out);
      }
      Webhooks webhooks = new Webhooks(Webhooks.hosts(System.getenv("KINERJA_WEBHOOK_HOSTS")), 3, Duration.ofSeconds(5));
      Alerts alerts = new Alerts(store, clock, library, services.results(), webhooks);
      services.values().listen(alerts::dataChanged);
      scorecards.listen(id -> alerts.dataChanged(id, Set.of()));
      Plans plans = new Plans(new Initiatives(store, clock, library), alerts,
          new Organisation(units, scorecards, services.results()), clock);
      Web web = Web.create(services, plans).start(settings.host(), settings.port());
      out.flush();
      KinerjaServer server = new KinerjaServer(store, library, web);
      server.webhooks = webhooks;
      return server;
    } catch (RuntimeException e) {
      library.close();
      store.close();
      throw e;
    }
  }

  public int port() {
    return web.port();
  }

  public Store.Engine engine() {
    return store.engine();
  }

  /** Every route as {@code METHOD /path}. */
  public List<String> routes() {
    return web.routes();
  }

  @Override
  public void close() {
    web.stop();
    if (webhooks != null) {
      webhooks.close();
    }
    library.close();
    store.close();
  }
}

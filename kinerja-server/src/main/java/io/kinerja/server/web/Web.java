package io.kinerja.server.web;

import io.javalin.Javalin;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import io.kinerja.server.error.Refused;
import io.javalin.config.SizeUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** The HTTP application: every route, the error mapping and the limits, wired explicitly in one place. */
public final class Web {

  /** The largest request body (an import, an upload): bigger ones are refused with 413. */
  public static final long LARGEST_BODY_MB = 64;

  /** Jetty's largest thread pool: 8 per core, at least 16. */
  static final int THREADS = Math.max(16, 8 * Runtime.getRuntime().availableProcessors());

  private final Javalin app;
  private final List<String> routes;

  private Web(Javalin app, List<String> routes) {
    this.app = app;
    this.routes = routes;
  }

  public static Web create(Services services) {
    return create(services, null);
  }

  /** The routes, with those of the plans features (initiatives, alerts, organisation) when {@code plans} is given. */
  public static Web create(Services services, io.kinerja.server.plans.Plans plans) {
    Callers callers = new Callers(services.tokens(), services.sessions());
    Api api = new Api(services, callers);
    Pages pages = new Pages(services.users(), services.sessions(), callers);
    Dashboards dashboards = new Dashboards(services.scorecards(), services.results(), callers);
    Docs docs = new Docs();
    Reports reports = new Reports(services.results(), callers, java.time.Clock.systemUTC());
    Editor editor = new Editor(services.scorecards(), new io.kinerja.server.scorecards.Drafts(services.store()), callers);
    StrategyMaps maps = new StrategyMaps(services.results(), callers);
    AtomicReference<List<String>> registered = new AtomicReference<>();
    Javalin app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      // A few threads per core: a cached answer needs no store and no waiting, so more threads only share
      // the same cores; 16 (on 2 cores) still leaves room for slow uploads and imports beside the reads.
      cfg.jetty.threadPool = new QueuedThreadPool(THREADS, 4, 60_000);
      cfg.http.maxRequestSize = LARGEST_BODY_MB * 1024 * 1024;
      cfg.jetty.multipartConfig.maxFileSize(LARGEST_BODY_MB, SizeUnit.MB);
      cfg.jetty.multipartConfig.maxTotalRequestSize(LARGEST_BODY_MB, SizeUnit.MB);
      cfg.jetty.multipartConfig.maxInMemoryFileSize(8, SizeUnit.MB);
      cfg.staticFiles.enableWebjars();
      cfg.routes.before(ctx -> {
        ctx.header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
            .header("Referrer-Policy", "same-origin").header("Cache-Control", "no-store");
        if (ctx.contentLength() > LARGEST_BODY_MB * 1024 * 1024) {
          throw Refused.of(Refused.Reason.TOO_LARGE, "server.too_large");
        }
      });
      Routes routes = new Routes(cfg.routes);
      routes.get("/health", ctx -> ctx.json(JsonIn.MAPPER.createObjectNode().put("status", "ok")));
      api.register(routes);
      new Templating(services, callers).register(routes);
      new Housekeeping(services, callers).register(routes);
      pages.register(routes);
      dashboards.register(routes);
      docs.register(routes);
      reports.register(routes);
      new AhpPages(services, callers).register(routes);
      new QuestionnairePages(services, callers).register(routes);
      new GridPages(services, callers).register(routes);
      editor.register(routes);
      maps.register(routes);
      new AdminPages(services, callers).register(routes);
      new AccountPages(services, callers).register(routes);
      new ScorecardPages(services, callers).register(routes);
      if (plans != null) {
        new PlanApi(plans, callers).register(routes);
        new PlanPages(plans, services, callers).register(routes);
      }
      Errors.register(cfg.routes);
      registered.set(routes.all());
    });
    return new Web(app, registered.get());
  }

  public Web start(String host, int port) {
    app.start(host, port);
    return this;
  }

  public int port() {
    return app.port();
  }

  /** Every route as {@code METHOD /path}, as registered. */
  public List<String> routes() {
    return routes;
  }

  public void stop() {
    app.stop();
  }
}

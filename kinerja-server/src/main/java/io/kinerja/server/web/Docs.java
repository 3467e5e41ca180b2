package io.kinerja.server.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The API described for people and programs: the OpenAPI 3 document at {@code /api/openapi.json} (kept
 * beside this class; a test fails when it and the routes drift apart) and Swagger UI at {@code
 * /api/docs}, served from the jar (no CDN).
 */
final class Docs {

  private final byte[] openapi = resource("openapi.json");
  private final String swagger = "/webjars/swagger-ui/" + swaggerVersion();

  void register(Routes r) {
    r.get("/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openapi));
    r.get("/api/docs", this::page);
    r.get("/api/docs/init.js", ctx -> ctx.contentType("text/javascript; charset=utf-8")
        .result("window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#ui' });\n"));
  }

  private void page(Context ctx) {
    ctx.header("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:")
        .contentType("text/html; charset=utf-8")
        .result("<!doctype html><html><head><meta charset=\"utf-8\"><title>Kinerja API</title>"
            + "<link rel=\"stylesheet\" href=\"" + swagger + "/swagger-ui.css\"></head><body><div id=\"ui\"></div>"
            + "<script src=\"" + swagger + "/swagger-ui-bundle.js\"></script>"
            + "<script src=\"/api/docs/init.js\"></script></body></html>");
  }

  private static byte[] resource(String name) {
    try (InputStream in = Docs.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String swaggerVersion() {
    try (InputStream in = Docs.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("the swagger-ui webjar is missing from the class path", e);
    }
  }
}

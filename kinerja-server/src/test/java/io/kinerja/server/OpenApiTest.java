package io.kinerja.server;

import static io.kinerja.server.TestServer.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinerja.server.store.Store;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The OpenAPI document and the routes the server really has may not drift apart. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiTest {

  private TestServer server;

  @BeforeAll
  void start() {
    server = TestServer.start(Store.Engine.SQLITE);
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void every_api_route_is_documented_and_every_documented_operation_is_a_route() {
    JsonNode doc = expect(server.anonymous().get("/api/openapi.json"), 200).json();
    Set<String> documented = new TreeSet<>();
    doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(
        op -> documented.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
    Set<String> routed = new TreeSet<>();
    server.server.routes().stream().filter(r -> r.contains(" /api/v1/") || r.endsWith(" /health")).forEach(routed::add);
    assertThat(documented).isEqualTo(routed);
  }

  @Test
  void every_path_parameter_is_declared_where_it_is_used() {
    JsonNode doc = expect(server.anonymous().get("/api/openapi.json"), 200).json();
    Pattern param = Pattern.compile("\\{([a-z]+)}");
    doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
      Set<String> inPath = new TreeSet<>();
      Matcher m = param.matcher(path.getKey());
      while (m.find()) {
        inPath.add(m.group(1));
      }
      Set<String> declared = new TreeSet<>();
      op.getValue().path("parameters").forEach(p -> {
        if (p.get("in").asText().equals("path")) {
          declared.add(p.get("name").asText());
        }
      });
      assertThat(declared).as(op.getKey() + " " + path.getKey()).isEqualTo(inPath);
    }));
  }

  @Test
  void the_docs_page_is_served_from_the_jar_without_a_cdn() {
    Http.Response page = expect(server.anonymous().get("/api/docs"), 200);
    assertThat(page.body()).doesNotContain("http://", "https://");
    Matcher script = Pattern.compile("src=\"(/webjars/[^\"]+swagger-ui-bundle\\.js)\"").matcher(page.body());
    assertThat(script.find()).isTrue();
    assertThat(server.anonymous().get(script.group(1)).status()).isEqualTo(200);
  }
}

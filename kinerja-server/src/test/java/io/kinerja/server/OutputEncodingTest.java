package io.kinerja.server;

import static io.kinerja.server.TestServer.expect;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.server.store.Store;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Markup in every name and note a user can type (unit, scorecard, perspective, indicator, unit of measure,
 * notes on figures) reaches the pages only as text: escaped where it is shown, never as a tag or an
 * attribute, and the SQL of the store is never built from it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutputEncodingTest {

  static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(2)>",
      "'><svg onload=alert(3)>", "</title><script>alert(4)</script>", "'; DROP TABLE units; --");

  private TestServer server;
  private Session page;

  private static String q(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @BeforeAll
  void start() {
    server = TestServer.start(Store.Engine.SQLITE);
    Http admin = server.admin();
    expect(admin.post("/api/v1/units", "{\"id\": \"acme\", \"name\": " + q(PAYLOADS.get(1) + PAYLOADS.get(4))
        + ", \"kind\": \"company\"}"), 201);
    String yaml = Tiny.yaml("xss")
        .replace("name: Tiny xss", "name: " + q(PAYLOADS.get(0) + " " + PAYLOADS.get(3)))
        .replace("name: Sales", "name: " + q(PAYLOADS.get(1)))
        .replace("name: Win rate", "name: " + q(PAYLOADS.get(2)))
        .replace("unit: \"%\"", "unit: " + q(PAYLOADS.get(0)));
    var parts = Http.parts();
    parts.put("scorecard", java.util.Map.entry("scorecard.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    parts.put("measures", java.util.Map.entry("measures.csv", Tiny.MEASURES.getBytes(StandardCharsets.UTF_8)));
    expect(admin.multipart("POST", "/api/v1/units/acme/scorecards", parts), 201);
    expect(admin.put("/api/v1/scorecards/xss/values", "[{\"period\": \"2024\", \"measure\": \"won\", \"value\": 31, \"note\": "
        + q(PAYLOADS.get(3) + PAYLOADS.get(1)) + "}]"), 200);
    page = Session.signIn(server.server.port(), "admin", TestServer.ADMIN_PASSWORD);
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void every_page_shows_the_payloads_as_text_and_never_as_markup() {
    for (String path : List.of("/", "/scorecards/xss", "/scorecards/xss?lang=id", "/scorecards/xss/indicators/win_rate",
        "/scorecards/xss/indicators/win_rate?period=2024")) {
      Http.Response r = page.get(path);
      assertThat(r.status()).as(path).isEqualTo(200);
      for (String payload : PAYLOADS.subList(0, 4)) {
        assertThat(r.body()).as(path + " holds raw " + payload).doesNotContain(payload);
      }
      assertThat(r.body()).as(path).doesNotContain("<script>alert", "<img src=x", "<svg onload");
    }
    assertThat(page.get("/").body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(page.get("/scorecards/xss").body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;svg onload=alert(3)&gt;");
  }

  @Test
  void the_api_returns_the_text_as_it_was_given_and_the_store_still_has_its_tables() {
    String json = expect(server.admin().get("/api/v1/units/acme"), 200).json().get("name").asText();
    assertThat(json).isEqualTo(PAYLOADS.get(1) + PAYLOADS.get(4));
    assertThat(expect(server.admin().get("/api/v1/units"), 200).json().size()).isEqualTo(1);
    assertThat(server.snapshot()).contains("units\n", "measure_values\n");
  }
}

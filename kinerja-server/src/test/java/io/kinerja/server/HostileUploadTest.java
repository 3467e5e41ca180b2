package io.kinerja.server;

import static io.kinerja.server.TestServer.expect;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.server.store.Store;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Uploads and requests that try to reach outside what was uploaded, or that found a bug (each test named
 * after the bug it keeps fixed).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileUploadTest {

  private TestServer server;
  private Http admin;

  @BeforeAll
  void start() {
    server = TestServer.start(Store.Engine.SQLITE);
    admin = server.admin();
    expect(admin.post("/api/v1/units", "{\"id\": \"acme\", \"name\": \"Acme\", \"kind\": \"company\"}"), 201);
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void a_scorecard_naming_a_file_of_the_server_never_reads_it() {
    for (String path : new String[] {"/etc/passwd", "../../../../../../../../etc/passwd"}) {
      String id = "reach-" + (path.startsWith("/") ? "absolute" : "parent");
      String yaml = Tiny.yaml(id).replace("measures: measures.csv", "measures: " + path);
      Http.Response up = admin.send("POST", "/api/v1/units/acme/scorecards?name=" + id + ".yaml", "application/yaml",
          yaml.getBytes(StandardCharsets.UTF_8));
      for (Http.Response r : new Http.Response[] {up, admin.get("/api/v1/scorecards/" + id + "/results?period=2024"),
          admin.get("/api/v1/scorecards/" + id + "/values"), admin.get("/api/v1/scorecards/" + id, "application/yaml")}) {
        assertThat(r.body()).as(path).doesNotContain("root:", "/bin/");
      }
    }
  }

  private String figures() {
    return expect(admin.get("/api/v1/scorecards/tiny/values"), 200).body();
  }

  private void tiny() {
    if (admin.get("/api/v1/scorecards/tiny").status() != 200) {
      expect(admin.multipart("POST", "/api/v1/units/acme/scorecards", Tiny.upload("tiny")), 201);
    }
  }

  @Test
  void a_figure_of_1e400_is_refused_rather_than_stored_as_infinity() {
    tiny();
    String before = figures();
    Http.Response r = admin.put("/api/v1/scorecards/tiny/values", "[{\"period\": \"2024\", \"measure\": \"won\", \"value\": 1e400}]");
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    assertThat(r.json().at("/error/fields/0/field").asText()).isEqualTo("[0].value");
    assertThat(figures()).isEqualTo(before).doesNotContain("Infinity");
  }

  @Test
  void a_json_key_given_twice_is_refused_rather_than_the_last_one_winning() {
    tiny();
    String before = figures();
    Http.Response r = admin.put("/api/v1/scorecards/tiny/values",
        "[{\"period\": \"2024\", \"measure\": \"won\", \"value\": 1, \"value\": 99}]");
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.json().at("/error/message").asText()).contains("line 1", "Duplicate field 'value'");
    assertThat(figures()).isEqualTo(before);
  }

  @Test
  void a_scorecard_whose_indicator_depends_on_itself_is_refused_at_upload() {
    String yaml = Tiny.yaml("loop").replace("formula: won / leads * 100", "formula: win_rate + 1");
    Http.Response r = admin.send("POST", "/api/v1/units/acme/scorecards?name=loop.yaml", "application/yaml",
        yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    assertThat(r.json().at("/error/fields/0/field").asText()).isEqualTo("loop.yaml:13:50");
    assertThat(admin.get("/api/v1/scorecards/loop").status()).isIn(403, 404); // not stored
  }

  @Test
  void malformed_json_is_explained_without_advice_meant_for_programmers() {
    tiny();
    for (String body : new String[] {"[{\"value\": NaN}]", "[".repeat(2000) + "]".repeat(2000), "[{\"period\": \"2024\""}) {
      Http.Response r = admin.put("/api/v1/scorecards/tiny/values", body);
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.json().at("/error/message").asText()).startsWith("the body is not valid JSON")
          .doesNotContain("`", "enable", "REDACTED", "StreamReadConstraints");
    }
  }
}

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

  /** A real workbook whose sheet is padded with {@code mb} megabytes of spaces: it packs to almost nothing. */
  private static byte[] bomb(int mb) throws java.io.IOException {
    byte[] book = Xlsx.of(new Object[] {"period", "measure", "value"}, new Object[] {"2024", "won", 3});
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(book));
        var zip = new java.util.zip.ZipOutputStream(out)) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        zip.write(in.readAllBytes());
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          byte[] spaces = new byte[1024 * 1024];
          java.util.Arrays.fill(spaces, (byte) ' ');
          for (int i = 0; i < mb; i++) {
            zip.write(spaces);
          }
        }
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void a_zip_bomb_workbook_is_refused_before_it_is_unpacked() throws java.io.IOException {
    tiny();
    byte[] bomb = bomb(40);
    assertThat(bomb.length).isLessThan(1024 * 1024);
    String before = figures();
    var parts = Http.parts();
    parts.put("file", java.util.Map.entry("bomb.xlsx", bomb));
    Http.Response r = admin.multipart("POST", "/api/v1/scorecards/tiny/imports", parts);
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    assertThat(r.json().at("/error/fields/0/field").asText()).isEqualTo("bomb.xlsx");
    assertThat(r.json().at("/error/message").asText()).contains("unpacks to far more than its size")
        .doesNotContain("ZipSecureFile", "Exception");
    assertThat(figures()).isEqualTo(before);
  }
}

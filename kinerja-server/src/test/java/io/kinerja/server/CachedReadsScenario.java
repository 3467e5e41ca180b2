package io.kinerja.server;

import static io.kinerja.server.TestServer.expect;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.server.store.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The read path keeps tokens, sessions, scorecard rows and rights in memory (ReadCache), so these
 * checks ask right after each change, well inside the time anything is kept: a revoked grant, a sign-out
 * and new figures must all count for the very next request. Run on both stores by its subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CachedReadsScenario {

  private static final String RESULTS = "/api/v1/scorecards/" + ServerScenario.RSI + "/results?period=2014";

  TestServer server;
  Http admin;

  abstract Store.Engine engine();

  @BeforeAll
  void start() {
    server = TestServer.start(engine());
    admin = server.admin();
    expect(admin.post("/api/v1/units", "{\"id\": \"acme\", \"name\": \"Acme\", \"kind\": \"company\"}"), 201);
    expect(admin.post("/api/v1/units", "{\"id\": \"marketing\", \"name\": \"Marketing\", \"kind\": \"division\", \"parent\": \"acme\"}"), 201);
    expect(admin.multipart("POST", "/api/v1/units/marketing/scorecards", Cases.rsiUpload()), 201);
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void a_revoked_grant_refuses_the_very_next_results_request() {
    Http viewer = server.user("vina", "marketing", "viewer");
    expect(viewer.get(RESULTS), 200);
    expect(viewer.get(RESULTS), 200);
    expect(admin.delete("/api/v1/units/marketing/grants/vina"), 204);
    assertThat(viewer.get(RESULTS).status()).isEqualTo(403);
  }

  @Test
  void a_grant_counts_for_the_very_next_request_after_a_refusal() {
    Http late = server.user("lana", null, null);
    assertThat(late.get(RESULTS).status()).isEqualTo(403);
    expect(admin.put("/api/v1/units/acme/grants/lana", "{\"role\": \"viewer\"}"), 200);
    expect(late.get(RESULTS), 200);
  }

  @Test
  void a_changed_figure_shows_in_the_very_next_results() {
    String before = expect(admin.get(RESULTS), 200).body();
    expect(admin.get(RESULTS), 200);
    expect(admin.put("/api/v1/scorecards/" + ServerScenario.RSI + "/values",
        "[{\"period\": \"2014\", \"measure\": \"pengeluaran_pemasaran\", \"value\": 250000000}]"), 200);
    String after = expect(admin.get(RESULTS), 200).body();
    assertThat(after).isNotEqualTo(before);
    expect(admin.put("/api/v1/scorecards/" + ServerScenario.RSI + "/values",
        "[{\"period\": \"2014\", \"measure\": \"pengeluaran_pemasaran\", \"value\": 121480000}]"), 200);
    assertThat(expect(admin.get(RESULTS), 200).body()).isEqualTo(before);
  }

  @Test
  void a_session_signed_out_is_refused_at_once() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    String base = server.anonymous().base();
    String form = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
    assertThat(csrf.find()).isTrue();
    assertThat(browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf.group(1) + "&username=admin&password="
            + TestServer.ADMIN_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(303);
    HttpRequest results = HttpRequest.newBuilder(URI.create(base + RESULTS)).build();
    assertThat(browser.send(results, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    String home = browser.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Matcher session = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(home);
    assertThat(session.find()).isTrue();
    // Keep the cookie the browser holds to replay it after signing out, as a thief of it would.
    String cookie = ((java.net.CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies()
        .stream().filter(c -> c.getName().equals("kinerja_session")).findFirst().orElseThrow().getValue();
    browser.send(HttpRequest.newBuilder(URI.create(base + "/logout"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + session.group(1))).build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> replayed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + RESULTS))
        .header("Cookie", "kinerja_session=" + cookie).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(replayed.statusCode()).isEqualTo(401);
  }

  @Test
  void a_cached_answer_comes_whole_plain_and_gzipped_with_its_length_and_tag() throws Exception {
    String plain = expect(admin.get(RESULTS), 200).body();
    String base = server.anonymous().base();
    HttpRequest.Builder asked = HttpRequest.newBuilder(URI.create(base + RESULTS))
        .header("Authorization", "Bearer " + server.token("admin", TestServer.ADMIN_PASSWORD));
    HttpResponse<byte[]> zipped = HttpClient.newHttpClient().send(asked.header("Accept-Encoding", "gzip").build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
        new java.io.ByteArrayInputStream(zipped.body()))) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(plain);
    }
    String etag = zipped.headers().firstValue("ETag").orElseThrow();
    assertThat(HttpClient.newHttpClient().send(asked.header("If-None-Match", etag).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(304);
  }
}

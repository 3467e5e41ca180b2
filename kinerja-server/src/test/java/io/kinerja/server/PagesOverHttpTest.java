package io.kinerja.server;

import static io.kinerja.server.TestServer.expect;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.server.store.Store;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The pages over plain HTTP, without a browser (so these run everywhere): the login form's CSRF, sessions,
 * the language chosen, escaping, and that a dashboard shows what the API's results say.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesOverHttpTest {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private TestServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  void start() {
    server = TestServer.withDemo(Store.Engine.SQLITE, Path.of("../examples"));
    var admin = server.admin();
    expect(admin.post("/api/v1/units", "{\"id\": \"hostile\", \"name\": \"Hostile\", \"kind\": \"unit\"}"), 201);
    var upload = Tiny.upload("hostile");
    String yaml = Tiny.yaml("hostile").replace("name: Tiny hostile", "name: \"<b onmouseover='x'>&amp; card\"");
    upload.put("scorecard", java.util.Map.entry("scorecard.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    expect(admin.multipart("POST", "/api/v1/units/hostile/scorecards", upload), 201);
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void a_page_without_a_session_sends_to_the_login_form() throws Exception {
    HttpResponse<String> r = get("/scorecards/rsi-unisma-pemasaran?lang=id", null, null);
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location")).hasValue("/login?lang=id");
  }

  @Test
  void the_login_form_refuses_a_post_without_its_token() throws Exception {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + TestServer.ADMIN_PASSWORD)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("kinerja_session="));
  }

  @Test
  void the_dashboard_shows_the_apis_results_in_the_language_asked_for() throws Exception {
    String session = signIn();
    String id = get("/scorecards/rsi-unisma-pemasaran?lang=id", session, null).body();
    assertThat(id).contains("<html lang=\"id\"", "data-testid=\"overall-final\">-0,3571<", "Kurang", "Keuangan");
    String en = get("/scorecards/rsi-unisma-pemasaran?lang=en", session, null).body();
    assertThat(en).contains("<html lang=\"en\"", "data-testid=\"overall-final\">-0.3571<", "Poor");
    // No lang: the browser's Accept-Language, else the scorecard's own language (Indonesian here).
    assertThat(get("/scorecards/rsi-unisma-pemasaran", session, "en-GB,en;q=0.8").body()).contains("<html lang=\"en\"");
    assertThat(get("/scorecards/rsi-unisma-pemasaran", session, null).body()).contains("<html lang=\"id\"");
    var api = expect(server.admin().get("/api/v1/scorecards/funnel-2025/results?period=2025-03&lang=en"), 200).json();
    String funnel = get("/scorecards/funnel-2025?period=2025-03&lang=en", session, null).body();
    assertThat(funnel).contains("data-testid=\"overall-final\">"
        + io.kinerja.core.text.Show.score(io.kinerja.core.text.Language.EN, api.get("overall").get("final").asDouble()) + "<");
    // The segment picker offers the raw records' text columns; the RSI case has no segments and no picker.
    assertThat(funnel).contains("<datalist id=\"dimensions\">", "<option value=\"channel\">", "<option value=\"region\">");
    assertThat(en).doesNotContain("name=\"by\"");
  }

  @Test
  void names_from_the_store_are_escaped() throws Exception {
    String session = signIn();
    String page = get("/scorecards/hostile?lang=en", session, null).body();
    assertThat(page).contains("&lt;b onmouseover=&#39;x&#39;&gt;&amp;amp; card").doesNotContain("<b onmouseover");
    assertThat(get("/?lang=en", session, null).body()).doesNotContain("<b onmouseover");
  }

  @Test
  void the_dashboards_report_links_download_the_report_with_the_pages_session() throws Exception {
    String session = signIn();
    String page = get("/scorecards/rsi-unisma-pemasaran?period=2014&lang=id", session, null).body();
    String href = "/api/v1/scorecards/rsi-unisma-pemasaran/report?period=2014&amp;format=html&amp;lang=id";
    assertThat(page).contains("Laporan:", "href=\"" + href + "\"");
    HttpResponse<String> report = get(href.replace("&amp;", "&"), session, null);
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.headers().firstValue("Content-Disposition")).hasValue(
        "attachment; filename=\"rsi-unisma-pemasaran-2014.html\"");
    assertThat(report.body()).contains("-0,3571", "Kurang");
  }

  @Test
  void a_bad_period_is_explained_on_a_page_and_assets_come_from_the_server() throws Exception {
    String session = signIn();
    HttpResponse<String> bad = get("/scorecards/rsi-unisma-pemasaran?period=nonsense&lang=en", session, null);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("role=\"alert\"", "nonsense");
    for (String asset : new String[] {"/assets/kinerja.css", "/assets/kinerja.js",
        "/webjars/htmx.org/2.0.10/dist/htmx.min.js", "/webjars/echarts/5.3.1/dist/echarts.min.js"}) {
      assertThat(get(asset, null, null).statusCode()).as(asset).isEqualTo(200);
    }
    assertThat(bad.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'")
        .doesNotContain("script-src");
  }

  /** Signs in through the form as a browser does (the login token from its cookie and hidden field). */
  private String signIn() throws IOException, InterruptedException {
    HttpResponse<String> form = get("/login", null, null);
    String loginCookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("kinerja_login_csrf="))
        .findFirst().orElseThrow().split(";")[0];
    Matcher m = CSRF.matcher(form.body());
    assertThat(m.find()).isTrue();
    String body = "_csrf=" + enc(m.group(1)) + "&username=admin&password=" + enc(TestServer.ADMIN_PASSWORD);
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri("/login")).header("Cookie", loginCookie)
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(303);
    return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("kinerja_session=")).findFirst()
        .orElseThrow().split(";")[0];
  }

  private HttpResponse<String> get(String path, String cookie, String acceptLanguage)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    if (acceptLanguage != null) {
      b.header("Accept-Language", acceptLanguage);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.server.port() + path);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}

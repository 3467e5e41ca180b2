package io.kinerja.server;

import static io.kinerja.server.TestServer.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinerja.server.store.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Imports in every form that is accepted, and signing in: tokens, the login form, sessions, CSRF, throttling. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportsAndAuthTest {

  private TestServer server;
  private Http admin;

  @BeforeAll
  void start() {
    server = TestServer.start(Store.Engine.SQLITE);
    admin = server.admin();
    expect(admin.post("/api/v1/units", "{\"id\": \"acme\", \"name\": \"Acme\", \"kind\": \"company\"}"), 201);
    for (String id : new String[] {"long", "wide", "sheet"}) {
      expect(admin.send("POST", "/api/v1/units/acme/scorecards", "application/yaml",
          Tiny.yaml(id).replace("grain: year", "grain: month").replace("\"2024\"", "\"2024-12\"")
              .getBytes(StandardCharsets.UTF_8)), 201);
    }
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private Http.Response importFile(String scorecard, String name, byte[] content) {
    var parts = Http.parts();
    parts.put("file", Map.entry(name, content));
    return admin.multipart("POST", "/api/v1/scorecards/" + scorecard + "/imports", parts);
  }

  @Test
  void a_long_csv_with_segments_and_notes_is_imported_and_kept_with_its_history() {
    String csv = "period,measure,value,channel,source\n2024-11,won,3,email,crm\n2024-11,won,4,ads,crm\n"
        + "2024-11,leads,10,email,crm\n2024-11,leads,12,ads,crm\n";
    expect(importFile("long", "figures.csv", csv.getBytes(StandardCharsets.UTF_8)), 200);
    JsonNode values = expect(admin.get("/api/v1/scorecards/long/values?period=2024-11"), 200).json();
    assertThat(values.size()).isEqualTo(4);
    assertThat(values.get(0).get("segment").get("channel").asText()).isIn("email", "ads");
    assertThat(values.get(0).get("note").asText()).isEqualTo("crm");
    JsonNode byChannel = expect(admin.get("/api/v1/scorecards/long/results?period=2024-11&by=channel"), 200).json();
    assertThat(byChannel.at("/total/indicators/0/value").asDouble()).isEqualTo(7.0 / 22 * 100, org.assertj.core.data.Offset.offset(1e-3));
    JsonNode history = expect(admin.get("/api/v1/scorecards/long/values/history"), 200).json();
    assertThat(history.get(0).get("source").asText()).isEqualTo("import figures.csv");
  }

  @Test
  void a_wide_csv_gives_one_figure_per_filled_cell() {
    String csv = "measure,2024-10,2024-11,2024-12,note\nwon,3,4,,from the sheet\nleads,10,,12,\n";
    JsonNode done = expect(importFile("wide", "wide.csv", csv.getBytes(StandardCharsets.UTF_8)), 200).json();
    assertThat(done.get("changed").asInt()).isEqualTo(4);
    JsonNode values = expect(admin.get("/api/v1/scorecards/wide/values"), 200).json();
    assertThat(values.findValuesAsText("period")).containsExactly("2024-10", "2024-10", "2024-11", "2024-12");
  }

  @Test
  void an_xlsx_sheet_in_long_form_is_imported_with_its_formulas_results() {
    byte[] xlsx = Xlsx.of(new Object[] {"Period", "Measure", "Value"}, new Object[] {"2024-12", "won", 30},
        new Object[] {"2024-12", "leads", "=50*2"});
    expect(importFile("sheet", "figures.xlsx", xlsx), 200);
    JsonNode result = expect(admin.get("/api/v1/scorecards/sheet/results?period=2024-12"), 200).json();
    assertThat(result.at("/indicators/0/value").asDouble()).isEqualTo(30.0);
  }

  @Test
  void a_revoked_token_no_longer_opens_anything() {
    String token = server.token("admin", TestServer.ADMIN_PASSWORD);
    Http holder = admin.as(token);
    expect(holder.get("/api/v1/me"), 200);
    String id = expect(admin.get("/api/v1/tokens"), 200).json().findValuesAsText("id").get(1);
    expect(holder.delete("/api/v1/tokens/" + id), 204);
    assertThat(holder.get("/api/v1/me").status()).isEqualTo(401);
  }

  @Test
  void the_login_form_gives_an_httponly_session_cookie_and_changes_need_the_csrf_token() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    String base = server.anonymous().base();
    String form = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    assertThat(form).contains("name=\"username\"", "name=\"password\"");
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
    assertThat(csrf.find()).isTrue();
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf.group(1) + "&username=admin&password="
            + TestServer.ADMIN_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(303);
    String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("kinerja_session="))
        .findFirst().orElseThrow();
    assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");

    assertThat(browser.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me")).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    HttpRequest.Builder change = HttpRequest.newBuilder(URI.create(base + "/api/v1/units"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"csrf\", \"name\": \"CSRF\", \"kind\": \"company\"}"));
    assertThat(browser.send(change.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
    String start = browser.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Matcher session = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(start);
    assertThat(session.find()).isTrue();
    assertThat(browser.send(change.header("X-CSRF-Token", session.group(1)).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);
  }

  @Test
  void after_five_wrong_passwords_a_user_name_must_wait_even_with_the_right_one() {
    server.user("guessed", null, null);
    for (int i = 0; i < 5; i++) {
      assertThat(server.anonymous().post("/api/v1/tokens", "{\"username\": \"guessed\", \"password\": \"wrong " + i + "\"}")
          .status()).isEqualTo(401);
    }
    Http.Response r = server.anonymous().post("/api/v1/tokens",
        "{\"username\": \"guessed\", \"password\": \"password-of-guessed\"}");
    assertThat(r.status()).isEqualTo(429);
    assertThat(r.json().at("/error/code").asText()).isEqualTo("throttled");
  }

  @Test
  void a_first_start_without_a_preset_password_prints_a_random_one_that_works() {
    try (TestServer fresh = TestServer.withRandomAdminPassword()) {
      Matcher m = Pattern.compile("the password (\\S+)").matcher(fresh.printed.toString());
      assertThat(m.find()).isTrue();
      assertThat(m.group(1)).hasSizeGreaterThanOrEqualTo(16);
      assertThat(fresh.token("admin", m.group(1))).startsWith("kin_");
    }
  }

  @Test
  void every_write_is_in_the_audit_log_and_the_log_cannot_be_changed() throws java.sql.SQLException {
    JsonNode entries = expect(admin.get("/api/v1/audit?limit=1000"), 200).json();
    assertThat(entries.findValuesAsText("action")).contains("user.create", "unit.create", "scorecard.create");
    String before = server.snapshot();
    assertThat(server.server.engine()).isEqualTo(Store.Engine.SQLITE);
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + server.data.resolve("kinerja.db"));
        var s = c.createStatement()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute("DELETE FROM audit_log"))
          .hasMessageContaining("append-only");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute("UPDATE value_history SET new_value = 0"))
          .hasMessageContaining("append-only");
    }
    assertThat(server.snapshot()).isEqualTo(before);
  }
}

package io.kinerja.server;

import static io.kinerja.server.TestServer.expect;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.server.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The management pages over plain HTTP: every form done, refused for lack of role or CSRF token (403, nothing
 * written), and refused for bad input (the server's message beside the field, in the page's language, and
 * the database unchanged). Runs on SQLite and PostgreSQL (the two subclasses).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AdminPagesScenario {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private TestServer server;
  private final HttpClient client = HttpClient.newHttpClient();
  private Session admin;
  private Session viewer;
  private Session editor;

  /** A signed-in browser: its session cookie and CSRF token. */
  private record Session(String cookie, String csrf) {}

  abstract Store.Engine engine();

  @BeforeAll
  void start() throws Exception {
    server = TestServer.start(engine());
    var api = server.admin();
    expect(api.post("/api/v1/units", "{\"id\": \"acme\", \"name\": \"Acme\", \"kind\": \"company\"}"), 201);
    expect(api.post("/api/v1/units", "{\"id\": \"sales\", \"name\": \"Sales\", \"kind\": \"division\", \"parent\": \"acme\"}"), 201);
    expect(api.post("/api/v1/units", "{\"id\": \"other\", \"name\": \"Other\", \"kind\": \"company\"}"), 201);
    server.user("vera", "sales", "viewer");
    server.user("eddie", "sales", "editor");
    admin = signIn("admin", TestServer.ADMIN_PASSWORD);
    viewer = signIn("vera", "password-of-vera");
    editor = signIn("eddie", "password-of-eddie");
  }

  @AfterAll
  void stop() {
    server.close();
  }

  // --- units

  @Test
  void an_admin_creates_renames_moves_and_archives_a_unit() throws Exception {
    assertThat(post(admin, "/admin/units", form("parent", "acme", "kind", "unit", "id", "north", "name", "North"))
        .statusCode()).isEqualTo(303);
    var unit = expect(server.admin().get("/api/v1/units/north"), 200).json();
    assertThat(unit.get("parent").asText()).isEqualTo("acme");
    assertThat(get(admin, "/admin/units?lang=en").body()).contains("data-unit=\"north\"", ">North<");
    assertThat(post(admin, "/admin/units/north/rename", form("name", "North region")).statusCode()).isEqualTo(303);
    assertThat(post(admin, "/admin/units/north/move", form("parent", "sales")).statusCode()).isEqualTo(303);
    unit = expect(server.admin().get("/api/v1/units/north"), 200).json();
    assertThat(unit.get("name").asText()).isEqualTo("North region");
    assertThat(unit.get("parent").asText()).isEqualTo("sales");
    assertThat(post(admin, "/admin/units/north/archive", form()).statusCode()).isEqualTo(303);
    assertThat(server.admin().get("/api/v1/units/north").status()).isIn(403, 404);
    assertThat(get(admin, "/admin/audit?lang=en&unit=north").body()).contains("unit.create", "unit.rename", "unit.move",
        "unit.archive");
  }

  @Test
  void archiving_a_unit_with_children_shows_the_servers_conflict_and_writes_nothing() throws Exception {
    String before = server.snapshot();
    HttpResponse<String> r = post(admin, "/admin/units/acme/archive?lang=id", form());
    assertThat(r.statusCode()).isEqualTo(409);
    assertThat(r.body()).contains("id=\"archive-acme--error\"", "<details class=\"manage\" open>");
    assertThat(r.body()).contains("<html lang=\"id\"");
    assertThat(server.snapshot()).isEqualTo(before);
  }

  @Test
  void a_bad_unit_id_is_shown_beside_its_field_in_the_pages_language_and_nothing_is_written() throws Exception {
    String before = server.snapshot();
    HttpResponse<String> en = post(admin, "/admin/units?lang=en",
        form("parent", "acme", "kind", "unit", "id", "Bad Id!", "name", "Bad"));
    assertThat(en.statusCode()).isEqualTo(422);
    assertThat(en.body()).contains("id=\"new-unit-id-error\"", "aria-describedby=\"new-unit-id-error\"",
        "value=\"Bad Id!\"");
    String message = between(en.body(), "id=\"new-unit-id-error\">", "</p>");
    HttpResponse<String> id = post(admin, "/admin/units?lang=id",
        form("parent", "acme", "kind", "unit", "id", "Bad Id!", "name", "Bad"));
    assertThat(between(id.body(), "id=\"new-unit-id-error\">", "</p>")).isNotEqualTo(message).isNotBlank();
    HttpResponse<String> kind = post(admin, "/admin/units?lang=en",
        form("parent", "sales", "kind", "company", "id", "up", "name", "Up"));
    assertThat(kind.statusCode()).isEqualTo(422);
    assertThat(kind.body()).contains("id=\"new-unit-kind-error\"");
    assertThat(server.snapshot()).isEqualTo(before);
  }

  @Test
  void a_viewer_sees_no_unit_management_and_cannot_post_to_it() throws Exception {
    String before = server.snapshot();
    assertThat(get(viewer, "/admin/units").statusCode()).isEqualTo(403);
    assertThat(get(viewer, "/admin/users").statusCode()).isEqualTo(403);
    assertThat(get(viewer, "/admin/audit").statusCode()).isEqualTo(403);
    assertThat(get(viewer, "/admin/scorecards").statusCode()).isEqualTo(403);
    assertThat(post(viewer, "/admin/units", form("parent", "sales", "kind", "unit", "id", "mine", "name", "Mine"))
        .statusCode()).isEqualTo(403);
    // a unit that exists and one that does not: the same answer
    HttpResponse<String> hidden = post(viewer, "/admin/units/other/rename", form("name", "X"));
    HttpResponse<String> missing = post(viewer, "/admin/units/nowhere/rename", form("name", "X"));
    assertThat(hidden.statusCode()).isEqualTo(403).isEqualTo(missing.statusCode());
    assertThat(hidden.body().substring(hidden.body().indexOf("<main"))).isEqualTo(
        missing.body().substring(missing.body().indexOf("<main")));
    assertThat(server.snapshot()).isEqualTo(before);
    // the pages they may use: their account, and the link to management
    assertThat(get(viewer, "/account").statusCode()).isEqualTo(200);
    assertThat(get(viewer, "/admin?lang=en").body()).contains("href=\"/account?lang=en\"")
        .doesNotContain("href=\"/admin/units", "href=\"/admin/users");
  }

  @Test
  void a_post_without_the_csrf_token_is_refused_and_writes_nothing() throws Exception {
    assertThat(post(new Session(admin.cookie(), "x"), "/admin/units?lang=en", form()).body()).contains("CSRF");
    String before = server.snapshot();
    Session forged = new Session(admin.cookie(), "not-the-token");
    assertThat(post(forged, "/admin/units", form("parent", "acme", "kind", "unit", "id", "forged", "name", "F"))
        .statusCode()).isEqualTo(403);
    assertThat(post(forged, "/admin/users", form("username", "forged", "password", "long-enough-pass")).statusCode())
        .isEqualTo(403);
    assertThat(post(forged, "/account/tokens", form()).statusCode()).isEqualTo(403);
    HttpResponse<String> none = client.send(HttpRequest.newBuilder(uri("/admin/scorecards")).header("Cookie", admin.cookie())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("unit=sales&template=sales-funnel")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(none.statusCode()).isEqualTo(403);
    assertThat(server.snapshot()).isEqualTo(before);
  }

  @Test
  void a_unit_admin_gives_and_revokes_roles_on_their_unit_only() throws Exception {
    server.user("ada", "sales", "admin");
    server.user("gus", null, null);
    Session ada = signIn("ada", "password-of-ada");
    String page = get(ada, "/admin/units?lang=en").body();
    assertThat(page).contains("data-unit=\"sales\"", "action=\"/admin/units/sales/grants?lang=en\"")
        .doesNotContain("data-unit=\"other\"", "value=\"\">(top level)");
    assertThat(get(ada, "/admin/users").statusCode()).isEqualTo(403);
    String before = server.snapshot();
    HttpResponse<String> ghost = post(ada, "/admin/units/sales/grants?lang=en", form("username", "ghost", "role", "viewer"));
    assertThat(ghost.statusCode()).isEqualTo(422);
    assertThat(ghost.body()).contains("id=\"grant-sales-username-error\"", "<details class=\"manage\" open>");
    assertThat(post(ada, "/admin/units/other/grants", form("username", "gus", "role", "viewer")).statusCode())
        .isEqualTo(403);
    assertThat(post(ada, "/admin/units", form("parent", "", "kind", "company", "id", "mine", "name", "Mine")).statusCode())
        .isEqualTo(403);
    assertThat(server.snapshot()).isEqualTo(before);
    assertThat(post(ada, "/admin/units/sales/grants", form("username", "gus", "role", "editor")).statusCode()).isEqualTo(303);
    assertThat(expect(server.admin().get("/api/v1/units/sales/grants"), 200).body())
        .contains("\"username\":\"gus\",\"unit\":\"sales\",\"role\":\"editor\"");
    assertThat(get(ada, "/admin/units?lang=en").body()).contains("gus · Editor");
    assertThat(post(ada, "/admin/units/sales/grants/revoke", form("username", "gus")).statusCode()).isEqualTo(303);
    assertThat(expect(server.admin().get("/api/v1/units/sales/grants"), 200).body()).doesNotContain("gus");
  }

  // --- users and grants

  @Test
  void an_admin_creates_a_user_grants_and_revokes_a_role() throws Exception {
    assertThat(post(admin, "/admin/users", form("username", "nina", "password", "nina-password-1")).statusCode())
        .isEqualTo(303);
    assertThat(post(admin, "/admin/grants", form("username", "nina", "unit", "sales", "role", "contributor"))
        .statusCode()).isEqualTo(303);
    var grants = expect(server.admin().get("/api/v1/units/sales/grants"), 200).json();
    assertThat(grants.toString()).contains("\"username\":\"nina\",\"unit\":\"sales\",\"role\":\"contributor\"");
    assertThat(get(admin, "/admin/users?lang=en").body()).contains("data-user=\"nina\"", "Contributor · sales");
    signIn("nina", "nina-password-1");
    assertThat(post(admin, "/admin/grants/revoke", form("username", "nina", "unit", "sales")).statusCode()).isEqualTo(303);
    assertThat(expect(server.admin().get("/api/v1/units/sales/grants"), 200).body()).doesNotContain("nina");
  }

  @Test
  void a_short_password_or_a_taken_name_is_shown_beside_its_field_and_nothing_is_written() throws Exception {
    String before = server.snapshot();
    HttpResponse<String> r = post(admin, "/admin/users?lang=en", form("username", "shorty", "password", "short"));
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("id=\"new-user-password-error\"", "value=\"shorty\"").doesNotContain("value=\"short\"");
    HttpResponse<String> taken = post(admin, "/admin/users?lang=en", form("username", "vera", "password", "long-enough-pass"));
    assertThat(taken.statusCode()).isEqualTo(409);
    assertThat(taken.body()).contains("id=\"new-user-username-error\"");
    HttpResponse<String> role = post(admin, "/admin/grants?lang=en", form("username", "vera", "unit", "sales", "role", "owner"));
    assertThat(role.statusCode()).isEqualTo(422);
    assertThat(role.body()).contains("id=\"grant-role-error\"");
    HttpResponse<String> nobody = post(admin, "/admin/grants?lang=en", form("username", "ghost", "unit", "sales", "role", "viewer"));
    assertThat(nobody.body()).contains("id=\"grant-username-error\"");
    assertThat(server.snapshot()).isEqualTo(before);
  }

  @Test
  void an_editor_cannot_create_users_or_give_roles() throws Exception {
    String before = server.snapshot();
    assertThat(post(editor, "/admin/users", form("username", "sneaky", "password", "long-enough-pass")).statusCode())
        .isEqualTo(403);
    assertThat(post(editor, "/admin/grants", form("username", "eddie", "unit", "sales", "role", "admin")).statusCode())
        .isEqualTo(403);
    assertThat(server.snapshot()).isEqualTo(before);
  }

  // --- audit

  @Test
  void the_audit_log_is_filtered_and_paged() throws Exception {
    for (int i = 0; i < 55; i++) {
      expect(server.admin().put("/api/v1/units/other/grants/vera", "{\"role\": \"" + (i % 2 == 0 ? "viewer" : "editor")
          + "\"}"), 200);
    }
    String first = get(admin, "/admin/audit?lang=en&action=grant.set&unit=other").body();
    assertThat(count(first, "<td>grant.set</td>")).isEqualTo(50);
    Matcher next = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"").matcher(first);
    assertThat(next.find()).isTrue();
    String second = get(admin, next.group(1).replace("&amp;", "&")).body();
    assertThat(count(second, "<td>grant.set</td>")).isEqualTo(5);
    assertThat(second).doesNotContain("rel=\"next\"");
    assertThat(get(admin, "/admin/audit?lang=en&user=nobody-at-all").body()).contains("No entries.");
    expect(server.admin().delete("/api/v1/units/other/grants/vera"), 204);
  }

  // --- account

  @Test
  void a_token_is_shown_once_works_and_can_be_revoked() throws Exception {
    HttpResponse<String> made = post(viewer, "/account/tokens?lang=en", form());
    assertThat(made.statusCode()).isEqualTo(201);
    String token = between(made.body(), "id=\"new-token\" class=\"token\" readonly value=\"", "\"");
    String tokenId = between(made.body(), "data-testid=\"new-token-id\">", "<");
    assertThat(token).startsWith("kin_");
    Http api = new Http(server.server.port(), token);
    assertThat(expect(api.get("/api/v1/me"), 200).json().get("username").asText()).isEqualTo("vera");
    String page = get(viewer, "/account?lang=en").body();
    assertThat(page).doesNotContain(token);
    assertThat(page).contains("action=\"/account/tokens/" + tokenId + "/revoke");
    assertThat(post(viewer, "/account/tokens/" + tokenId + "/revoke", form()).statusCode()).isEqualTo(303);
    Thread.sleep(2_100); // a token checked a moment ago is trusted that long
    assertThat(api.get("/api/v1/me").status()).isEqualTo(401);
    // someone else's token: refused
    String before = server.snapshot();
    assertThat(post(editor, "/account/tokens/" + tokenId + "/revoke", form()).statusCode()).isEqualTo(403);
    assertThat(server.snapshot()).isEqualTo(before);
  }

  @Test
  void a_wrong_current_password_is_shown_beside_it_and_a_right_one_changes_it() throws Exception {
    server.user("paula", null, null);
    Session paula = signIn("paula", "password-of-paula");
    String before = server.snapshot();
    HttpResponse<String> wrong = post(paula, "/account/password?lang=en",
        form("old_password", "not-my-password", "password", "a-new-password", "repeat_password", "a-new-password"));
    assertThat(wrong.statusCode()).isEqualTo(422);
    assertThat(wrong.body()).contains("id=\"password-old_password-error\"");
    HttpResponse<String> differ = post(paula, "/account/password?lang=en",
        form("old_password", "password-of-paula", "password", "a-new-password", "repeat_password", "another-one"));
    assertThat(differ.body()).contains("id=\"password-repeat_password-error\"");
    HttpResponse<String> shortOne = post(paula, "/account/password?lang=en",
        form("old_password", "password-of-paula", "password", "short", "repeat_password", "short"));
    assertThat(shortOne.body()).contains("id=\"password-password-error\"");
    // a wrong current password counts as a failed sign-in (the throttle's table); nothing else changes
    assertThat(withoutThrottle(server.snapshot())).isEqualTo(withoutThrottle(before));
    HttpResponse<String> done = post(paula, "/account/password",
        form("old_password", "password-of-paula", "password", "a-new-password", "repeat_password", "a-new-password"));
    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(done.headers().firstValue("Location").orElseThrow()).startsWith("/login");
    signIn("paula", "a-new-password");
  }

  // --- scorecards

  @Test
  void an_editor_makes_a_scorecard_from_a_template_renames_and_archives_it() throws Exception {
    String page = get(editor, "/admin/scorecards?lang=id").body();
    assertThat(page).contains("value=\"sales-funnel\"", "<option value=\"sales\"").doesNotContain("<option value=\"other\"");
    HttpResponse<String> made = post(editor, "/admin/scorecards",
        form("unit", "sales", "template", "sales-funnel", "id", "funnel-eddie", "name", "Eddie's funnel"));
    assertThat(made.statusCode()).isEqualTo(303);
    var card = expect(server.admin().get("/api/v1/scorecards/funnel-eddie"), 200).json();
    assertThat(card.toString()).contains("Eddie's funnel");
    assertThat(post(editor, "/admin/scorecards/funnel-eddie/rename", form("name", "Funnel North")).statusCode())
        .isEqualTo(303);
    assertThat(expect(server.admin().get("/api/v1/scorecards"), 200).body()).contains("Funnel North");
    String before = server.snapshot();
    assertThat(post(viewer, "/admin/scorecards/funnel-eddie/archive", form()).statusCode()).isEqualTo(403);
    assertThat(post(viewer, "/admin/scorecards", form("unit", "sales", "template", "sales-funnel", "id", "v1"))
        .statusCode()).isEqualTo(403);
    assertThat(server.snapshot()).isEqualTo(before);
    assertThat(post(editor, "/admin/scorecards/funnel-eddie/archive", form()).statusCode()).isEqualTo(303);
    assertThat(expect(server.admin().get("/api/v1/scorecards"), 200).body()).doesNotContain("funnel-eddie");
  }

  @Test
  void a_bad_scorecard_id_or_a_taken_one_is_shown_beside_its_field_and_nothing_is_written() throws Exception {
    expect(server.admin().post("/api/v1/units/sales/scorecards",
        "{\"template\": \"sales-funnel\", \"id\": \"taken-card\"}"), 201);
    String before = server.snapshot();
    HttpResponse<String> bad = post(editor, "/admin/scorecards?lang=en",
        form("unit", "sales", "template", "sales-funnel", "id", "Bad Id", "name", "x"));
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(bad.body()).contains("id=\"from-template-id-error\"", "value=\"Bad Id\"");
    HttpResponse<String> unknown = post(editor, "/admin/scorecards?lang=en", form("unit", "sales", "template", "nope"));
    assertThat(unknown.body()).contains("id=\"from-template-template-error\"");
    HttpResponse<String> taken = post(editor, "/admin/scorecards?lang=en",
        form("unit", "sales", "template", "sales-funnel", "id", "taken-card"));
    assertThat(taken.statusCode()).isEqualTo(409);
    assertThat(taken.body()).contains("id=\"from-template-id-error\"");
    HttpResponse<String> blank = post(editor, "/admin/scorecards/taken-card/rename?lang=en", form("name", " "));
    assertThat(blank.statusCode()).isEqualTo(422);
    assertThat(blank.body()).contains("id=\"rename-taken-card-name-error\"");
    assertThat(server.snapshot()).isEqualTo(before);
  }

  @Test
  void an_editor_uploads_a_yaml_file_with_its_data() throws Exception {
    Map<String, Map.Entry<String, byte[]>> parts = new LinkedHashMap<>();
    parts.put("scorecard", Map.entry("tiny.yaml", Tiny.yaml("tiny-upload").getBytes(StandardCharsets.UTF_8)));
    parts.put("data", Map.entry("measures.csv", Tiny.MEASURES.getBytes(StandardCharsets.UTF_8)));
    HttpResponse<String> r = multipart(editor, "/admin/scorecards/upload", "sales", parts);
    assertThat(r.statusCode()).isEqualTo(303);
    expect(server.admin().get("/api/v1/scorecards/tiny-upload"), 200);
    String before = server.snapshot();
    Map<String, Map.Entry<String, byte[]>> broken = new LinkedHashMap<>();
    broken.put("scorecard", Map.entry("broken.yaml", "kinerja: 1\nid: [".getBytes(StandardCharsets.UTF_8)));
    HttpResponse<String> bad = multipart(editor, "/admin/scorecards/upload?lang=en", "sales", broken);
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(bad.body()).contains("class=\"field-error\"");
    assertThat(server.snapshot()).isEqualTo(before);
  }

  // --- helpers

  private static String withoutThrottle(String snapshot) {
    return snapshot.replaceAll("login_failures\n(?:[^\n]*\\|\n)*", "login_failures\n"); // rows end with |
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static String between(String text, String start, String end) {
    int i = text.indexOf(start);
    assertThat(i).as("%s in the page", start).isGreaterThanOrEqualTo(0);
    int from = i + start.length();
    return text.substring(from, text.indexOf(end, from));
  }

  private static String form(String... pairs) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      out.append('&').append(enc(pairs[i])).append('=').append(enc(pairs[i + 1]));
    }
    return out.toString();
  }

  private HttpResponse<String> post(Session s, String path, String fields) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(uri(path)).header("Cookie", s.cookie())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(s.csrf()) + fields)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> multipart(Session s, String path, String unit, Map<String, Map.Entry<String, byte[]>> files)
      throws IOException, InterruptedException {
    String boundary = "----admin-test-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (String[] f : new String[][] {{"_csrf", s.csrf()}, {"unit", unit}}) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f[0] + "\"\r\n\r\n" + f[1] + "\r\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    for (var e : files.entrySet()) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"; filename=\""
          + e.getValue().getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(e.getValue().getValue());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return client.send(HttpRequest.newBuilder(uri(path)).header("Cookie", s.cookie())
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(Session s, String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(uri(path)).header("Cookie", s.cookie()).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private Session signIn(String username, String password) throws IOException, InterruptedException {
    HttpResponse<String> form = client.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    String loginCookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("kinerja_login_csrf="))
        .findFirst().orElseThrow().split(";")[0];
    Matcher m = CSRF.matcher(form.body());
    assertThat(m.find()).isTrue();
    String body = "_csrf=" + enc(m.group(1)) + "&username=" + enc(username) + "&password=" + enc(password);
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri("/login")).header("Cookie", loginCookie)
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as("sign-in of %s", username).isEqualTo(303);
    String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("kinerja_session=")).findFirst()
        .orElseThrow().split(";")[0];
    HttpResponse<String> account = client.send(HttpRequest.newBuilder(uri("/account")).header("Cookie", cookie).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    Matcher csrf = CSRF.matcher(account.body());
    assertThat(csrf.find()).isTrue();
    return new Session(cookie, csrf.group(1));
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.server.port() + path);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}

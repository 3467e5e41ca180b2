package io.kinerja.server;

import static io.kinerja.server.TestServer.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinerja.server.store.Store;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every role × the unit it is granted on (own), a child of it, and a unit outside it (other) × every
 * route the server registers and its method, through a token and through a browser's session: allowed
 * exactly where the role allows, otherwise 403 with the same body whether the thing exists or not; 401
 * (pages: a redirect to the login form) for anyone not signed in. The routes and who may call them come
 * from one table, {@link AccessRules}; a route without a line there fails the build.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

  private static final List<String> ROLES = List.of("viewer", "contributor", "editor", "admin");
  private static final Map<String, AccessRules.Target> TARGETS = new LinkedHashMap<>();
  private static final AccessRules.Target MISSING = new AccessRules.Target("no-such-unit", "no-such-scorecard", "no_such");

  static {
    TARGETS.put("own", new AccessRules.Target("sales", "sc-own", "win_rate"));
    TARGETS.put("child", new AccessRules.Target("team", "sc-child", "win_rate"));
    TARGETS.put("other", new AccessRules.Target("other", "sc-other", "win_rate"));
  }

  private final AtomicInteger fresh = new AtomicInteger();
  private TestServer server;
  private final Map<String, Http> users = new LinkedHashMap<>();
  private final Map<String, Session> sessions = new LinkedHashMap<>();
  private List<AccessRules.Rule> rules;

  @BeforeAll
  void start() {
    server = TestServer.start(Store.Engine.SQLITE);
    Http admin = server.admin();
    expect(admin.post("/api/v1/units", "{\"id\": \"acme\", \"name\": \"Acme\", \"kind\": \"company\"}"), 201);
    expect(admin.post("/api/v1/units", "{\"id\": \"sales\", \"name\": \"Sales\", \"kind\": \"division\", \"parent\": \"acme\"}"), 201);
    expect(admin.post("/api/v1/units", "{\"id\": \"team\", \"name\": \"Team\", \"kind\": \"unit\", \"parent\": \"sales\"}"), 201);
    expect(admin.post("/api/v1/units", "{\"id\": \"other\", \"name\": \"Other\", \"kind\": \"division\", \"parent\": \"acme\"}"), 201);
    TARGETS.values().forEach(t -> expect(admin.multipart("POST", "/api/v1/units/" + t.unit() + "/scorecards",
        Tiny.upload(t.scorecard())), 201));
    for (String role : ROLES) {
      users.put(role, server.user("unit-" + role, "sales", role));
    }
    users.put("nobody", server.user("nobody", null, null));
    server.user("spare", null, null);
    users.keySet().forEach(u -> sessions.put(u, Session.signIn(server.server.port(), name(u), AccessRules.password(name(u)))));
    rules = AccessRules.all(fresh, server);
  }

  private static String name(String user) {
    return user.equals("nobody") ? "nobody" : "unit-" + user;
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void the_templates_are_listed_to_anyone_signed_in_and_to_nobody_else() {
    for (Map.Entry<String, Http> user : users.entrySet()) {
      assertThat(user.getValue().get("/api/v1/templates").status()).as(user.getKey()).isEqualTo(200);
    }
    assertThat(server.anonymous().get("/api/v1/templates").status()).isEqualTo(401);
  }

  static final String QUESTIONNAIRE = "{\"survey\": \"staff\", \"period\": \"2024\", \"questions\": [\"Q\"],"
      + " \"scale_min\": 1, \"scale_max\": 5}";

  /** A new open questionnaire of the scorecard, made by the organisation admin (or an id that names none). */
  static String questionnaire(TestServer server, String scorecard) {
    Http.Response r = server.admin().post("/api/v1/scorecards/" + scorecard + "/questionnaires", QUESTIONNAIRE);
    return r.status() == 201 ? r.json().get("id").asText() : "no-such-questionnaire";
  }

  /** The AHP calculator stores nothing and reads no unit: any signed-in user may use it, nobody else. */
  @Test
  void the_ahp_calculator_answers_anyone_signed_in_and_nobody_else() {
    String body = "{\"elements\": [\"a\", \"b\"], \"matrix\": [[1, 3], [0.3333333333333333, 1]]}";
    for (Map.Entry<String, Http> user : users.entrySet()) {
      assertThat(user.getValue().post("/api/v1/ahp", body).status()).as(user.getKey()).isEqualTo(200);
    }
    assertThat(server.anonymous().post("/api/v1/ahp", body).status()).isEqualTo(401);
  }

  /**
   * The respondent's routes are public but scoped to one link's token: they answer without signing in,
   * show that link's questions only, and refuse every other token alike.
   */
  @Test
  void questionnaire_token_routes_are_public_but_reach_only_their_own_link() {
    String q = questionnaire(server, "sc-own");
    String token = expect(server.admin().post("/api/v1/questionnaires/" + q + "/links", "{\"count\": 1}"), 201).json()
        .get("links").get(0).get("token").asText();
    Http anonymous = server.anonymous();
    JsonNode shown = expect(anonymous.get("/api/v1/respond/" + token), 200).json();
    assertThat(shown.properties().stream().map(Map.Entry::getKey).toList())
        .containsExactly("title", "questions", "scale_min", "scale_max");
    for (String other : List.of(q, token.substring(1), "kin_not-a-real-token")) {
      Http.Response r = anonymous.get("/api/v1/respond/" + other);
      assertThat(r.status()).isEqualTo(404);
      assertThat(anonymous.post("/api/v1/respond/" + other, "{\"answers\": [3]}").status()).isEqualTo(404);
    }
    assertThat(anonymous.get("/api/v1/questionnaires/" + q).status()).isEqualTo(401);
    assertThat(anonymous.as(token).get("/api/v1/questionnaires/" + q).status()).isEqualTo(401);
    expect(anonymous.post("/api/v1/respond/" + token, "{\"answers\": [3]}"), 201);
    assertThat(anonymous.post("/api/v1/respond/" + token, "{\"answers\": [3]}").status()).isEqualTo(409);
  }

  @Test
  void every_route_the_server_registers_has_an_access_rule() {
    List<String> ruled = rules.stream().map(AccessRules.Rule::route).distinct().toList();
    assertThat(server.server.routes()).as("routes without a rule in AccessRules: add a line for each")
        .isSubsetOf(ruled);
    assertThat(ruled).as("rules for routes the server no longer has").isSubsetOf(server.server.routes());
  }

  /** Whether {@code user} may make the request of {@code rule} on {@code target} (named as in TARGETS, or "missing"). */
  private static boolean granted(String user, AccessRules.Rule rule, String target) {
    switch (rule.needs()) {
      case PUBLIC:
      case SIGNED_IN:
        return true;
      case ORG_ADMIN:
        return false;
      case ADMIN_SOMEWHERE:
        return user.equals("admin");
      case EDITOR_SOMEWHERE:
        return user.equals("admin") || user.equals("editor");
      default:
        return !user.equals("nobody") && (target.equals("own") || target.equals("child"))
            && ROLES.indexOf(user) >= ROLES.indexOf(rule.needs().name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  @Test
  void every_role_reaches_exactly_what_it_is_granted_on_its_unit_and_the_units_below() {
    List<String> wrong = new ArrayList<>();
    int requests = 0;
    String forbidden = null;
    for (AccessRules.Rule rule : rules) {
      for (String user : users.keySet()) {
        List<Client> clients = new ArrayList<>(List.of(sessions.get(user)));
        if (rule.via() == AccessRules.Via.API) {
          clients.add(Client.of(users.get(user), name(user), server));
        }
        for (Client client : clients) {
          Map<String, String> bodies = new LinkedHashMap<>();
          List<String> targets = new ArrayList<>(rule.needs().scoped() ? List.of("own", "child", "other", "missing") : List.of("own"));
          for (String target : targets) {
            Http.Response r = rule.call().apply(client, target.equals("missing") ? MISSING : TARGETS.get(target));
            requests++;
            boolean allowed = r.status() >= 200 && r.status() < 400;
            boolean granted = granted(user, rule, target);
            String where = user + " × " + target + " × " + rule.route() + " via " + (client instanceof Session ? "session" : "token");
            if (allowed != granted || !allowed && r.status() != 403) {
              wrong.add(where + ": " + r.status() + " " + r.body());
            }
            if (r.status() == 403) {
              // a page echoes the path asked for (in its language links): that is the asker's own text, not a leak
              AccessRules.Target t = target.equals("missing") ? MISSING : TARGETS.get(target);
              bodies.put(target, r.body().replace(t.scorecard(), "{id}").replace(t.unit(), "{unit}")
                  .replace(t.indicator(), "{indicator}").replaceAll("href=\"[^\"]*\"", "href"));
              forbidden = r.body();
            }
          }
          if (bodies.containsKey("missing") && bodies.containsKey("other") && !bodies.get("missing").equals(bodies.get("other"))) {
            String a = bodies.get("missing");
            String b = bodies.get("other");
            int at = 0;
            while (at < Math.min(a.length(), b.length()) && a.charAt(at) == b.charAt(at)) {
              at++;
            }
            wrong.add(user + " × " + rule.route() + ": a missing thing is refused unlike one outside the grant: …"
                + a.substring(Math.max(0, at - 80), Math.min(a.length(), at + 80)) + "… / …"
                + b.substring(Math.max(0, at - 80), Math.min(b.length(), at + 80)));
          }
        }
      }
    }
    System.out.printf("access matrix: %d rules over %d routes × %d users (%s) × up to 4 targets (own, child, other, missing),"
        + " API by token and by session: %d requests, %d wrong%n", rules.size(),
        rules.stream().map(AccessRules.Rule::route).distinct().count(), users.size(), users.keySet(), requests, wrong.size());
    assertThat(wrong).isEmpty();
    assertThat(forbidden).isNotNull();
  }

  @Test
  void an_organisation_admin_reaches_every_route_on_every_unit() {
    Http admin = server.admin();
    Session page = Session.signIn(server.server.port(), "admin", TestServer.ADMIN_PASSWORD);
    for (AccessRules.Rule rule : rules) {
      for (AccessRules.Target target : TARGETS.values()) {
        Client client = rule.via() == AccessRules.Via.PAGE ? page : Client.of(admin, "admin", server);
        assertThat(rule.call().apply(client, target).status()).as(rule.route()).isBetween(200, 399);
      }
    }
  }

  @Test
  void nobody_who_is_not_signed_in_gets_anything_but_401_or_the_login_form() {
    Client anonymous = Client.of(server.anonymous(), null, server);
    Client badToken = Client.of(server.anonymous().as("kin_not-a-real-token"), null, server);
    Session browser = Session.anonymous(server.server.port());
    Session forged = browser.withCookie("kinerja_session=not-a-real-session");
    List<String> wrong = new ArrayList<>();
    for (AccessRules.Rule rule : rules) {
      List<Client> clients = rule.via() == AccessRules.Via.PAGE ? List.of(browser, forged) : List.of(anonymous, badToken, forged);
      for (Client client : clients) {
        for (AccessRules.Target target : List.of(TARGETS.get("own"), MISSING)) {
          Http.Response r = rule.call().apply(client, target);
          boolean ok;
          if (rule.needs() == AccessRules.Needs.PUBLIC) {
            ok = r.status() < 400;
          } else if (rule.via() == AccessRules.Via.PAGE) {
            // a page sends to the login form; a form post may also answer 401 (nothing is done either way)
            ok = r.status() == 302 && r.header("Location").startsWith("/login") || rule.changes() && r.status() == 401;
          } else {
            ok = r.status() == 401;
          }
          if (!ok) {
            wrong.add(rule.route() + ": " + r.status() + " " + r.body());
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void every_state_changing_request_by_session_without_its_csrf_token_is_refused_and_writes_nothing() {
    Session admin = Session.signIn(server.server.port(), "admin", TestServer.ADMIN_PASSWORD).withoutCsrf();
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (AccessRules.Rule rule : rules) {
      if (!rule.changes() || rule.needs() == AccessRules.Needs.PUBLIC) {
        continue;
      }
      boolean setupWrites = AccessRules.PREPARED_BY_WRITING.contains(rule.route()) || rule.route().equals("PATCH /api/v1/units/{unit}");
      String before = server.snapshot();
      Http.Response r = rule.call().apply(admin, TARGETS.get("own"));
      checked++;
      if (r.status() != 403 || !r.body().contains("csrf") && !r.body().contains("CSRF")) {
        wrong.add(rule.route() + ": " + r.status() + " " + r.body());
      }
      if (!setupWrites && !server.snapshot().equals(before)) {
        wrong.add(rule.route() + ": wrote although refused");
      }
      Http.Response wrongToken = rule.call().apply(admin.withCsrf("not-the-token"), TARGETS.get("own"));
      if (wrongToken.status() != 403) {
        wrong.add(rule.route() + " with a wrong token: " + wrongToken.status());
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(10);
    assertThat(wrong).isEmpty();
  }

  @Test
  void lists_show_only_the_units_and_scorecards_below_the_grant() {
    for (String role : ROLES) {
      JsonNode units = expect(users.get(role).get("/api/v1/units"), 200).json();
      List<String> listed = units.findValuesAsText("id");
      units.forEach(u -> assertThat(u.get("id").asText().equals("sales") || listed.contains(u.get("parent").asText()))
          .as(role + " sees " + u).isTrue());
      assertThat(units.findValuesAsText("id")).contains("sales", "team").doesNotContain("other", "acme");
      JsonNode scorecards = expect(users.get(role).get("/api/v1/scorecards"), 200).json();
      assertThat(scorecards.findValuesAsText("id")).contains("sc-own", "sc-child").doesNotContain("sc-other");
    }
    assertThat(expect(users.get("nobody").get("/api/v1/units"), 200).json().size()).isZero();
    assertThat(expect(users.get("nobody").get("/api/v1/scorecards"), 200).json().size()).isZero();
  }

  @Test
  void users_are_managed_by_organisation_admins_only_and_the_audit_log_by_admins() {
    for (Map.Entry<String, Http> user : users.entrySet()) {
      assertThat(user.getValue().get("/api/v1/users").status()).as(user.getKey()).isEqualTo(403);
      assertThat(user.getValue().post("/api/v1/users", "{\"username\": \"x" + fresh.incrementAndGet()
          + "\", \"password\": \"long enough password\"}").status()).as(user.getKey()).isEqualTo(403);
      int audit = user.getValue().get("/api/v1/audit").status();
      assertThat(audit).as(user.getKey()).isEqualTo(user.getKey().equals("admin") ? 200 : 403);
    }
    JsonNode entries = expect(users.get("admin").get("/api/v1/audit?limit=1000"), 200).json();
    assertThat(entries.size()).isPositive();
    entries.forEach(e -> assertThat(e.get("unit").asText()).isNotIn("other", "acme"));
    assertThat(expect(server.admin().get("/api/v1/audit?limit=1000"), 200).json().findValuesAsText("unit"))
        .contains("other"); // the newest 1,000 entries: the setup's (acme's) may be older when the matrix has run first
  }
}

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
 * endpoint and method: allowed exactly where the role allows, otherwise 403 with the same body whether the
 * thing exists or not; 401 for anyone not signed in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

  /** One endpoint on a unit and its scorecard: the least role it needs, and the request. */
  private record Endpoint(String name, String needs, BiFunction<Http, String[], Http.Response> call) {}

  private static final List<String> ROLES = List.of("viewer", "contributor", "editor", "admin");
  private static final Map<String, String[]> TARGETS = new LinkedHashMap<>();

  static {
    TARGETS.put("own", new String[] {"sales", "sc-own"});
    TARGETS.put("child", new String[] {"team", "sc-child"});
    TARGETS.put("other", new String[] {"other", "sc-other"});
  }

  private final AtomicInteger fresh = new AtomicInteger();
  private TestServer server;
  private final Map<String, Http> users = new LinkedHashMap<>();

  @BeforeAll
  void start() {
    server = TestServer.start(Store.Engine.SQLITE);
    Http admin = server.admin();
    expect(admin.post("/api/v1/units", "{\"id\": \"acme\", \"name\": \"Acme\", \"kind\": \"company\"}"), 201);
    expect(admin.post("/api/v1/units", "{\"id\": \"sales\", \"name\": \"Sales\", \"kind\": \"division\", \"parent\": \"acme\"}"), 201);
    expect(admin.post("/api/v1/units", "{\"id\": \"team\", \"name\": \"Team\", \"kind\": \"unit\", \"parent\": \"sales\"}"), 201);
    expect(admin.post("/api/v1/units", "{\"id\": \"other\", \"name\": \"Other\", \"kind\": \"division\", \"parent\": \"acme\"}"), 201);
    TARGETS.values().forEach(t -> expect(admin.multipart("POST", "/api/v1/units/" + t[0] + "/scorecards",
        Tiny.upload(t[1])), 201));
    for (String role : ROLES) {
      users.put(role, server.user("unit-" + role, "sales", role));
    }
    users.put("nobody", server.user("nobody", null, null));
    server.user("spare", null, null);
    // plans: an initiative and an alert (raised at once by a rule that 30 % is below 100) on each scorecard
    for (String[] t : TARGETS.values()) {
      initiatives.put(t[1], expect(admin.post("/api/v1/scorecards/" + t[1] + "/initiatives", INITIATIVE), 201).json()
          .get("id").asText());
      expect(admin.post("/api/v1/scorecards/" + t[1] + "/alert-rules", "{\"indicator\": \"win_rate\", \"kind\": \"below\","
          + " \"threshold\": 100}"), 201);
      alerts.put(t[1], expect(admin.get("/api/v1/alerts?scorecard=" + t[1]), 200).json().get(0).get("id").asText());
    }
  }

  private static final String INITIATIVE = "{\"indicator\": \"win_rate\", \"title\": \"Plan\", \"owner\": \"Dewi\","
      + " \"start\": \"2024-01-01\", \"due\": \"2024-12-31\"}";
  private final Map<String, String> initiatives = new java.util.HashMap<>();
  private final Map<String, String> alerts = new java.util.HashMap<>();

  /** A fresh initiative or rule on the scorecard, made by an organisation admin, for a delete to remove. */
  private String made(String scorecard, String what, String body) {
    Http.Response r = server.admin().post("/api/v1/scorecards/" + scorecard + "/" + what, body);
    return r.status() == 201 ? r.json().get("id").asText() : "999999";
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private List<Endpoint> endpoints() {
    List<Endpoint> all = new ArrayList<>();
    all.add(new Endpoint("GET unit", "viewer", (h, t) -> h.get("/api/v1/units/" + t[0])));
    all.add(new Endpoint("GET grants", "admin", (h, t) -> h.get("/api/v1/units/" + t[0] + "/grants")));
    all.add(new Endpoint("PUT grant", "admin", (h, t) -> h.put("/api/v1/units/" + t[0] + "/grants/spare",
        "{\"role\": \"viewer\"}")));
    all.add(new Endpoint("DELETE grant", "admin", (h, t) -> {
      h.put("/api/v1/units/" + t[0] + "/grants/spare", "{\"role\": \"viewer\"}");
      return h.delete("/api/v1/units/" + t[0] + "/grants/spare");
    }));
    all.add(new Endpoint("POST child unit", "admin", (h, t) -> h.post("/api/v1/units", "{\"id\": \"u" + fresh.incrementAndGet()
        + "\", \"name\": \"New\", \"kind\": \"unit\", \"parent\": \"" + t[0] + "\"}")));
    all.add(new Endpoint("POST scorecard", "editor", (h, t) -> h.send("POST", "/api/v1/units/" + t[0] + "/scorecards",
        "application/yaml", Tiny.yaml("new-" + fresh.incrementAndGet()).getBytes(StandardCharsets.UTF_8))));
    all.add(new Endpoint("GET scorecard", "viewer", (h, t) -> h.get("/api/v1/scorecards/" + t[1])));
    all.add(new Endpoint("GET scorecard yaml", "viewer", (h, t) -> h.get("/api/v1/scorecards/" + t[1], "application/yaml")));
    all.add(new Endpoint("PUT scorecard", "editor", (h, t) -> h.send("PUT", "/api/v1/scorecards/" + t[1],
        "application/yaml", Tiny.yaml(t[1]).getBytes(StandardCharsets.UTF_8))));
    all.add(new Endpoint("GET versions", "viewer", (h, t) -> h.get("/api/v1/scorecards/" + t[1] + "/versions")));
    all.add(new Endpoint("GET values", "viewer", (h, t) -> h.get("/api/v1/scorecards/" + t[1] + "/values")));
    all.add(new Endpoint("PUT values", "contributor", (h, t) -> h.put("/api/v1/scorecards/" + t[1] + "/values",
        "[{\"period\": \"2024\", \"measure\": \"won\", \"value\": " + (30 + fresh.incrementAndGet()) + "}]")));
    all.add(new Endpoint("GET history", "viewer", (h, t) -> h.get("/api/v1/scorecards/" + t[1] + "/values/history")));
    all.add(new Endpoint("POST import", "contributor", (h, t) -> {
      var parts = Http.parts();
      parts.put("file", Map.entry("won.csv", "period,measure,value\n2024,won,31\n".getBytes(StandardCharsets.UTF_8)));
      return h.multipart("POST", "/api/v1/scorecards/" + t[1] + "/imports", parts);
    }));
    all.add(new Endpoint("GET results", "viewer", (h, t) -> h.get("/api/v1/scorecards/" + t[1] + "/results?period=2024")));
    all.add(new Endpoint("GET explain", "viewer", (h, t) -> h.get("/api/v1/scorecards/" + t[1] + "/explain/win_rate?period=2024")));
    // --- server: templates, renames, moves and deletes (archives)
    all.add(new Endpoint("POST scorecard from template", "editor", (h, t) -> h.post("/api/v1/units/" + t[0] + "/scorecards",
        "{\"template\": \"sales-marketing\", \"id\": \"tpl-" + fresh.incrementAndGet() + "\"}")));
    all.add(new Endpoint("PATCH unit name", "admin", (h, t) -> h.patch("/api/v1/units/" + t[0],
        "{\"name\": \"Renamed " + fresh.incrementAndGet() + "\"}")));
    all.add(new Endpoint("PATCH unit parent", "admin", (h, t) -> {
      String unit = freshUnit(t[0], "unit");
      String person = freshUnit(t[0], "person");
      return h.patch("/api/v1/units/" + (person == null ? "no-such-person" : person), "{\"parent\": \""
          + (unit == null ? "no-such-unit" : unit) + "\"}");
    }));
    all.add(new Endpoint("DELETE unit", "admin", (h, t) -> {
      String unit = freshUnit(t[0], "person");
      return h.delete("/api/v1/units/" + (unit == null ? "no-such-person" : unit));
    }));
    all.add(new Endpoint("PATCH scorecard name", "editor", (h, t) -> h.patch("/api/v1/scorecards/" + t[1],
        "{\"name\": \"Renamed " + fresh.incrementAndGet() + "\"}")));
    all.add(new Endpoint("DELETE scorecard", "editor", (h, t) -> {
      String id = "del-" + fresh.incrementAndGet();
      server.admin().send("POST", "/api/v1/units/" + t[0] + "/scorecards", "application/yaml",
          Tiny.yaml(id).getBytes(StandardCharsets.UTF_8));
      return h.delete("/api/v1/scorecards/" + id);
    }));
    // --- plans: initiatives, alert rules and alerts
    all.add(new Endpoint("GET initiatives", "viewer", (h, t) -> h.get("/api/v1/scorecards/" + t[1] + "/initiatives")));
    all.add(new Endpoint("GET initiative", "viewer", (h, t) -> h.get("/api/v1/scorecards/" + t[1] + "/initiatives/"
        + initiatives.getOrDefault(t[1], "999999"))));
    all.add(new Endpoint("POST initiative", "editor", (h, t) -> h.post("/api/v1/scorecards/" + t[1] + "/initiatives",
        INITIATIVE)));
    all.add(new Endpoint("PUT initiative progress", "contributor", (h, t) -> h.put("/api/v1/scorecards/" + t[1]
        + "/initiatives/" + initiatives.getOrDefault(t[1], "999999"), "{\"progress\": " + fresh.incrementAndGet() % 100 + "}")));
    all.add(new Endpoint("PUT initiative plan", "editor", (h, t) -> h.put("/api/v1/scorecards/" + t[1] + "/initiatives/"
        + initiatives.getOrDefault(t[1], "999999"), "{\"owner\": \"Owner " + fresh.incrementAndGet() + "\"}")));
    all.add(new Endpoint("DELETE initiative", "editor", (h, t) -> h.delete("/api/v1/scorecards/" + t[1] + "/initiatives/"
        + made(t[1], "initiatives", INITIATIVE))));
    all.add(new Endpoint("GET alert rules", "viewer", (h, t) -> h.get("/api/v1/scorecards/" + t[1] + "/alert-rules")));
    all.add(new Endpoint("POST alert rule", "editor", (h, t) -> h.post("/api/v1/scorecards/" + t[1] + "/alert-rules",
        "{\"kind\": \"red\"}")));
    all.add(new Endpoint("DELETE alert rule", "editor", (h, t) -> h.delete("/api/v1/scorecards/" + t[1] + "/alert-rules/"
        + made(t[1], "alert-rules", "{\"kind\": \"no_data\", \"day\": 366}"))));
    all.add(new Endpoint("GET alerts of a scorecard", "viewer", (h, t) -> h.get("/api/v1/alerts?scorecard=" + t[1])));
    all.add(new Endpoint("PUT alert", "contributor", (h, t) -> h.put("/api/v1/alerts/" + alerts.getOrDefault(t[1], "999999"),
        "{\"status\": \"acknowledged\"}")));
    return all;
  }

  /** A new unit under {@code parent}, made by the organisation admin; null where the parent does not exist. */
  private String freshUnit(String parent, String kind) {
    String id = "f" + fresh.incrementAndGet();
    Http.Response r = server.admin().post("/api/v1/units", "{\"id\": \"" + id + "\", \"name\": \"Fresh\", \"kind\": \""
        + kind + "\", \"parent\": \"" + parent + "\"}");
    return r.status() == 201 ? id : null;
  }

  @Test
  void the_templates_are_listed_to_anyone_signed_in_and_to_nobody_else() {
    for (Map.Entry<String, Http> user : users.entrySet()) {
      assertThat(user.getValue().get("/api/v1/templates").status()).as(user.getKey()).isEqualTo(200);
    }
    assertThat(server.anonymous().get("/api/v1/templates").status()).isEqualTo(401);
  }

  @Test
  void every_role_reaches_exactly_what_it_is_granted_on_its_unit_and_the_units_below() {
    List<String> wrong = new ArrayList<>();
    String forbidden = null;
    for (Map.Entry<String, Http> user : users.entrySet()) {
      for (Map.Entry<String, String[]> target : TARGETS.entrySet()) {
        for (Endpoint e : endpoints()) {
          boolean granted = !user.getKey().equals("nobody") && !target.getKey().equals("other")
              && ROLES.indexOf(user.getKey()) >= ROLES.indexOf(e.needs());
          Http.Response r = e.call().apply(user.getValue(), target.getValue());
          boolean allowed = r.status() >= 200 && r.status() < 300;
          if (allowed != granted || !allowed && r.status() != 403) {
            wrong.add(user.getKey() + " × " + target.getKey() + " × " + e.name() + ": " + r.status() + " " + r.body());
          }
          if (r.status() == 403) {
            forbidden = r.body();
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(forbidden).contains("\"code\":\"forbidden\"");
  }

  @Test
  void a_thing_that_does_not_exist_is_refused_exactly_like_one_outside_the_grant() {
    Http viewer = users.get("viewer");
    for (Endpoint e : endpoints()) {
      Http.Response outside = e.call().apply(viewer, TARGETS.get("other"));
      Http.Response missing = e.call().apply(viewer, new String[] {"no-such-unit", "no-such-scorecard"});
      assertThat(missing.status()).as(e.name()).isEqualTo(403);
      assertThat(missing.body()).as(e.name()).isEqualTo(outside.body());
    }
  }

  @Test
  void nobody_who_is_not_signed_in_gets_anything_but_401() {
    Http anonymous = server.anonymous();
    Http revoked = anonymous.as("kin_not-a-real-token");
    for (Endpoint e : endpoints()) {
      for (String[] target : List.of(TARGETS.get("own"), new String[] {"no-such-unit", "no-such-scorecard"})) {
        assertThat(e.call().apply(anonymous, target).status()).as(e.name()).isEqualTo(401);
        assertThat(e.call().apply(revoked, target).status()).as(e.name()).isEqualTo(401);
      }
    }
    for (String path : List.of("/api/v1/units", "/api/v1/scorecards", "/api/v1/users", "/api/v1/audit", "/api/v1/me",
        "/api/v1/alerts", "/api/v1/organisation")) {
      assertThat(anonymous.get(path).status()).as(path).isEqualTo(401);
    }
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
        .contains("other", "acme");
  }
}

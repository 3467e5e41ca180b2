package io.kinerja.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * Who may call each route of the server: the one table {@link AccessMatrixTest} is generated from. Every
 * route the server registers must have a line here (variants may add more), or the matrix fails: a route
 * added without an access rule cannot pass the build. To add a route, add a line with the least it needs and a request.
 */
final class AccessRules {

  /** The least a caller needs. The unit roles are checked on the target's unit (own, child, other). */
  enum Needs {
    /** Anyone, signed in or not. */
    PUBLIC,
    /** Any signed-in user; what they see is filtered by their grants. */
    SIGNED_IN,
    /** An organisation admin. */
    ORG_ADMIN,
    /** An admin grant on some unit (sees that part of the audit log). */
    ADMIN_SOMEWHERE,
    /** An editor (or admin) grant on some unit (the scorecards page lists what it may manage). */
    EDITOR_SOMEWHERE,
    VIEWER,
    CONTRIBUTOR,
    EDITOR,
    ADMIN;

    boolean scoped() {
      return ordinal() >= VIEWER.ordinal();
    }
  }

  /** Pages answer a browser (a session); the API answers both a token and a session with its CSRF token. */
  enum Via { PAGE, API }

  /** The unit, the scorecard of that unit and an indicator of it a request is aimed at. */
  record Target(String unit, String scorecard, String indicator) {}

  record Rule(String route, Needs needs, Via via, BiFunction<Client, Target, Http.Response> call) {

    boolean changes() {
      return !route.startsWith("GET ");
    }
  }

  /** Routes whose request first prepares its target by writing (a sign-in, a token, a unit or scorecard to delete). */
  static final java.util.Set<String> PREPARED_BY_WRITING = java.util.Set.of("POST /logout", "DELETE /api/v1/tokens/{token}",
      "DELETE /api/v1/units/{unit}", "DELETE /api/v1/scorecards/{id}", "POST /api/v1/scorecards/{id}/ahp/apply",
      "GET /api/v1/questionnaires/{q}", "POST /api/v1/questionnaires/{q}/links", "DELETE /api/v1/questionnaires/{q}/links/{link}",
      "POST /api/v1/questionnaires/{q}/close", "POST /scorecards/{id}/ahp/apply", "POST /scorecards/{id}/questionnaires/{q}/links",
      "POST /scorecards/{id}/questionnaires/{q}/links/{link}/revoke", "POST /scorecards/{id}/questionnaires/{q}/close",
      "POST /admin/units/{unit}/move", "POST /admin/units/{unit}/archive", "POST /admin/units/{unit}/grants/revoke",
      "POST /admin/grants/revoke", "POST /admin/scorecards/{id}/archive", "POST /account/tokens/{token}/revoke",
      "POST /account/password", "GET /api/v1/scorecards/{id}/initiatives/{initiative}",
      "PUT /api/v1/scorecards/{id}/initiatives/{initiative}", "DELETE /api/v1/scorecards/{id}/initiatives/{initiative}",
      "DELETE /api/v1/scorecards/{id}/alert-rules/{rule}", "GET /api/v1/alerts", "PUT /api/v1/alerts/{alert}",
      "POST /scorecards/{id}/initiatives/{initiative}", "POST /scorecards/{id}/initiatives/{initiative}/delete",
      "POST /scorecards/{id}/alert-rules/{rule}/delete", "POST /alerts/{alert}/acknowledge");

  private static final String INITIATIVE = "{\"indicator\": \"win_rate\", \"title\": \"Plan\", \"owner\": \"Dewi\","
      + " \"start\": \"2024-01-01\", \"due\": \"2024-12-31\"}";

  /** A fresh initiative or alert rule of the scorecard, made by the organisation admin (or an id that names none). */
  private static String made(TestServer server, String scorecard, String what, String body) {
    Http.Response r = server.admin().post("/api/v1/scorecards/" + scorecard + "/" + what, body);
    return r.status() == 201 ? r.json().get("id").asText() : "999999";
  }

  /** An open alert of the scorecard, raised at once by a rule that its win rate (30 %) is below 100. */
  private static String alert(TestServer server, String scorecard) {
    made(server, scorecard, "alert-rules", "{\"indicator\": \"win_rate\", \"kind\": \"below\", \"threshold\": 100}");
    Http.Response r = server.admin().get("/api/v1/alerts?scorecard=" + scorecard);
    return r.status() == 200 && r.json().size() > 0 ? r.json().get(0).get("id").asText() : "999999";
  }

  static String password(String username) {
    return username.equals("admin") ? TestServer.ADMIN_PASSWORD : "password-of-" + username;
  }

  private AccessRules() {}

  /** A new answer link of questionnaire {@code q} (made by the organisation admin): its id and token. */
  private static String[] link(TestServer server, String q) {
    Http.Response made = server.admin().post("/api/v1/questionnaires/" + q + "/links", "{\"count\": 1}");
    return made.status() == 201 ? new String[] {made.json().get("links").get(0).get("id").asText(),
        made.json().get("links").get(0).get("token").asText()} : new String[] {"no-such-link", "no-such-token"};
  }

  /** A new unit under {@code parent}, made by the organisation admin; null where the parent does not exist. */
  private static String freshUnit(TestServer server, AtomicInteger fresh, String parent, String kind) {
    String id = "f" + fresh.incrementAndGet();
    Http.Response r = server.admin().post("/api/v1/units", "{\"id\": \"" + id + "\", \"name\": \"Fresh\", \"kind\": \""
        + kind + "\", \"parent\": \"" + parent + "\"}");
    return r.status() == 201 ? id : null;
  }

  static List<Rule> all(AtomicInteger fresh, TestServer server) {
    List<Rule> all = new ArrayList<>();
    // --- public
    all.add(new Rule("GET /health", Needs.PUBLIC, Via.API, (c, t) -> c.get("/health")));
    all.add(new Rule("GET /login", Needs.PUBLIC, Via.PAGE, (c, t) -> c.get("/login")));
    all.add(new Rule("POST /login", Needs.PUBLIC, Via.PAGE,
        (c, t) -> Session.login(c.port(), "spare", password("spare"), null)));
    all.add(new Rule("GET /assets/{file}", Needs.PUBLIC, Via.PAGE, (c, t) -> c.get("/assets/kinerja.css")));
    all.add(new Rule("GET /api/openapi.json", Needs.PUBLIC, Via.API, (c, t) -> c.get("/api/openapi.json")));
    all.add(new Rule("GET /api/docs", Needs.PUBLIC, Via.PAGE, (c, t) -> c.get("/api/docs")));
    all.add(new Rule("GET /api/docs/init.js", Needs.PUBLIC, Via.PAGE, (c, t) -> c.get("/api/docs/init.js")));
    all.add(new Rule("POST /api/v1/tokens", Needs.PUBLIC, Via.API, (c, t) -> c.post("/api/v1/tokens",
        "{\"username\": \"spare\", \"password\": \"" + password("spare") + "\"}")));
    // --- any signed-in user
    all.add(new Rule("GET /", Needs.SIGNED_IN, Via.PAGE, (c, t) -> c.get("/")));
    all.add(new Rule("POST /logout", Needs.SIGNED_IN, Via.PAGE, (c, t) -> c.fresh().form("/logout", "")));
    all.add(new Rule("GET /api/v1/me", Needs.SIGNED_IN, Via.API, (c, t) -> c.get("/api/v1/me")));
    all.add(new Rule("GET /api/v1/tokens", Needs.SIGNED_IN, Via.API, (c, t) -> c.get("/api/v1/tokens")));
    all.add(new Rule("DELETE /api/v1/tokens/{token}", Needs.SIGNED_IN, Via.API, (c, t) -> {
      String owner = c.username() == null ? "spare" : c.username();
      String id = Session.anonymous(c.port()).post("/api/v1/tokens", "{\"username\": \"" + owner
          + "\", \"password\": \"" + password(owner) + "\"}").json().get("id").asText();
      return c.delete("/api/v1/tokens/" + id);
    }));
    all.add(new Rule("GET /api/v1/units", Needs.SIGNED_IN, Via.API, (c, t) -> c.get("/api/v1/units")));
    all.add(new Rule("GET /api/v1/templates", Needs.SIGNED_IN, Via.API, (c, t) -> c.get("/api/v1/templates")));
    all.add(new Rule("GET /api/v1/scorecards", Needs.SIGNED_IN, Via.API, (c, t) -> c.get("/api/v1/scorecards")));
    // --- organisation admins, and admins of some unit
    all.add(new Rule("GET /api/v1/users", Needs.ORG_ADMIN, Via.API, (c, t) -> c.get("/api/v1/users")));
    all.add(new Rule("POST /api/v1/users", Needs.ORG_ADMIN, Via.API, (c, t) -> c.post("/api/v1/users",
        "{\"username\": \"x" + fresh.incrementAndGet() + "\", \"password\": \"long enough password\"}")));
    all.add(new Rule("GET /api/v1/audit", Needs.ADMIN_SOMEWHERE, Via.API, (c, t) -> c.get("/api/v1/audit")));
    // --- a role on the target's unit
    all.add(new Rule("GET /api/v1/units/{unit}", Needs.VIEWER, Via.API, (c, t) -> c.get("/api/v1/units/" + t.unit())));
    all.add(new Rule("GET /api/v1/units/{unit}/grants", Needs.ADMIN, Via.API,
        (c, t) -> c.get("/api/v1/units/" + t.unit() + "/grants")));
    all.add(new Rule("PUT /api/v1/units/{unit}/grants/{username}", Needs.ADMIN, Via.API,
        (c, t) -> c.put("/api/v1/units/" + t.unit() + "/grants/spare", "{\"role\": \"viewer\"}")));
    all.add(new Rule("DELETE /api/v1/units/{unit}/grants/{username}", Needs.ADMIN, Via.API, (c, t) -> {
      c.put("/api/v1/units/" + t.unit() + "/grants/spare", "{\"role\": \"viewer\"}");
      return c.delete("/api/v1/units/" + t.unit() + "/grants/spare");
    }));
    all.add(new Rule("POST /api/v1/units", Needs.ADMIN, Via.API, (c, t) -> c.post("/api/v1/units", "{\"id\": \"u"
        + fresh.incrementAndGet() + "\", \"name\": \"New\", \"kind\": \"unit\", \"parent\": \"" + t.unit() + "\"}")));
    all.add(new Rule("POST /api/v1/units/{unit}/scorecards", Needs.EDITOR, Via.API, (c, t) -> c.send("POST",
        "/api/v1/units/" + t.unit() + "/scorecards", "application/yaml",
        Tiny.yaml("new-" + fresh.incrementAndGet()).getBytes(StandardCharsets.UTF_8))));
    all.add(new Rule("GET /api/v1/scorecards/{id}", Needs.VIEWER, Via.API, (c, t) -> c.get("/api/v1/scorecards/" + t.scorecard())));
    all.add(new Rule("PUT /api/v1/scorecards/{id}", Needs.EDITOR, Via.API, (c, t) -> c.send("PUT",
        "/api/v1/scorecards/" + t.scorecard(), "application/yaml", Tiny.yaml(t.scorecard()).getBytes(StandardCharsets.UTF_8))));
    all.add(new Rule("GET /api/v1/scorecards/{id}/versions", Needs.VIEWER, Via.API,
        (c, t) -> c.get("/api/v1/scorecards/" + t.scorecard() + "/versions")));
    all.add(new Rule("GET /api/v1/scorecards/{id}/values", Needs.VIEWER, Via.API,
        (c, t) -> c.get("/api/v1/scorecards/" + t.scorecard() + "/values")));
    all.add(new Rule("PUT /api/v1/scorecards/{id}/values", Needs.CONTRIBUTOR, Via.API, (c, t) -> c.put("/api/v1/scorecards/"
        + t.scorecard() + "/values", "[{\"period\": \"2024\", \"measure\": \"won\", \"value\": " + (30 + fresh.incrementAndGet()) + "}]")));
    all.add(new Rule("GET /api/v1/scorecards/{id}/values/history", Needs.VIEWER, Via.API,
        (c, t) -> c.get("/api/v1/scorecards/" + t.scorecard() + "/values/history")));
    all.add(new Rule("POST /api/v1/scorecards/{id}/imports", Needs.CONTRIBUTOR, Via.API, (c, t) -> {
      var parts = Http.parts();
      parts.put("file", Map.entry("won.csv", "period,measure,value\n2024,won,31\n".getBytes(StandardCharsets.UTF_8)));
      return c.multipart("POST", "/api/v1/scorecards/" + t.scorecard() + "/imports", parts);
    }));
    all.add(new Rule("GET /api/v1/scorecards/{id}/results", Needs.VIEWER, Via.API,
        (c, t) -> c.get("/api/v1/scorecards/" + t.scorecard() + "/results?period=2024")));
    all.add(new Rule("GET /api/v1/scorecards/{id}/explain/{indicator}", Needs.VIEWER, Via.API,
        (c, t) -> c.get("/api/v1/scorecards/" + t.scorecard() + "/explain/" + t.indicator() + "?period=2024")));
    all.add(new Rule("GET /api/v1/scorecards/{id}/report", Needs.VIEWER, Via.API,
        (c, t) -> c.get("/api/v1/scorecards/" + t.scorecard() + "/report?period=2024&format=html")));
    all.add(new Rule("GET /scorecards/{id}", Needs.VIEWER, Via.PAGE, (c, t) -> c.get("/scorecards/" + t.scorecard())));
    all.add(new Rule("GET /scorecards/{id}/indicators/{indicator}", Needs.VIEWER, Via.PAGE,
        (c, t) -> c.get("/scorecards/" + t.scorecard() + "/indicators/" + t.indicator())));
    // --- server: renames, moves and deletes (archives)
    all.add(new Rule("PATCH /api/v1/units/{unit}", Needs.ADMIN, Via.API, (c, t) -> c.patch("/api/v1/units/" + t.unit(),
        "{\"name\": \"Renamed " + fresh.incrementAndGet() + "\"}")));
    all.add(new Rule("DELETE /api/v1/units/{unit}", Needs.ADMIN, Via.API, (c, t) -> {
      String unit = freshUnit(server, fresh, t.unit(), "person");
      return c.delete("/api/v1/units/" + (unit == null ? "no-such-person" : unit));
    }));
    all.add(new Rule("PATCH /api/v1/scorecards/{id}", Needs.EDITOR, Via.API, (c, t) -> c.patch("/api/v1/scorecards/"
        + t.scorecard(), "{\"name\": \"Renamed " + fresh.incrementAndGet() + "\"}")));
    all.add(new Rule("DELETE /api/v1/scorecards/{id}", Needs.EDITOR, Via.API, (c, t) -> {
      String id = "del-" + fresh.incrementAndGet();
      server.admin().send("POST", "/api/v1/units/" + t.unit() + "/scorecards", "application/yaml",
          Tiny.yaml(id).getBytes(StandardCharsets.UTF_8));
      return c.delete("/api/v1/scorecards/" + id);
    }));
    // --- AHP and questionnaires (API)
    all.add(new Rule("POST /api/v1/ahp", Needs.SIGNED_IN, Via.API, (c, t) -> c.post("/api/v1/ahp",
        "{\"elements\": [\"a\", \"b\"], \"matrix\": [[1, 3], [0.3333333333333333, 1]]}")));
    all.add(new Rule("GET /api/v1/scorecards/{id}/ahp", Needs.VIEWER, Via.API,
        (c, t) -> c.get("/api/v1/scorecards/" + t.scorecard() + "/ahp")));
    all.add(new Rule("PUT /api/v1/scorecards/{id}/ahp", Needs.VIEWER, Via.API,
        (c, t) -> c.put("/api/v1/scorecards/" + t.scorecard() + "/ahp", "{\"matrix\": [[1]]}")));
    all.add(new Rule("POST /api/v1/scorecards/{id}/ahp/apply", Needs.EDITOR, Via.API, (c, t) -> {
      server.admin().put("/api/v1/scorecards/" + t.scorecard() + "/ahp", "{\"matrix\": [[1]]}");
      return c.post("/api/v1/scorecards/" + t.scorecard() + "/ahp/apply", "");
    }));
    all.add(new Rule("GET /api/v1/scorecards/{id}/questionnaires", Needs.VIEWER, Via.API,
        (c, t) -> c.get("/api/v1/scorecards/" + t.scorecard() + "/questionnaires")));
    all.add(new Rule("POST /api/v1/scorecards/{id}/questionnaires", Needs.EDITOR, Via.API,
        (c, t) -> c.post("/api/v1/scorecards/" + t.scorecard() + "/questionnaires", AccessMatrixTest.QUESTIONNAIRE)));
    all.add(new Rule("GET /api/v1/questionnaires/{q}", Needs.VIEWER, Via.API,
        (c, t) -> c.get("/api/v1/questionnaires/" + AccessMatrixTest.questionnaire(server, t.scorecard()))));
    all.add(new Rule("POST /api/v1/questionnaires/{q}/links", Needs.EDITOR, Via.API, (c, t) -> c.post(
        "/api/v1/questionnaires/" + AccessMatrixTest.questionnaire(server, t.scorecard()) + "/links", "{\"count\": 1}")));
    all.add(new Rule("DELETE /api/v1/questionnaires/{q}/links/{link}", Needs.EDITOR, Via.API, (c, t) -> {
      String q = AccessMatrixTest.questionnaire(server, t.scorecard());
      return c.delete("/api/v1/questionnaires/" + q + "/links/" + link(server, q)[0]);
    }));
    all.add(new Rule("POST /api/v1/questionnaires/{q}/close", Needs.EDITOR, Via.API, (c, t) -> c.post(
        "/api/v1/questionnaires/" + AccessMatrixTest.questionnaire(server, t.scorecard()) + "/close", "")));
    all.add(new Rule("GET /api/v1/respond/{token}", Needs.PUBLIC, Via.API,
        (c, t) -> c.get("/api/v1/respond/" + link(server, AccessMatrixTest.questionnaire(server, "sc-own"))[1])));
    all.add(new Rule("POST /api/v1/respond/{token}", Needs.PUBLIC, Via.API, (c, t) -> c.post("/api/v1/respond/"
        + link(server, AccessMatrixTest.questionnaire(server, "sc-own"))[1], "{\"answers\": [3]}")));
    // --- AHP, questionnaire and data pages
    all.add(new Rule("GET /scorecards/{id}/ahp", Needs.VIEWER, Via.PAGE, (c, t) -> c.get("/scorecards/" + t.scorecard() + "/ahp")));
    all.add(new Rule("POST /scorecards/{id}/ahp/apply", Needs.EDITOR, Via.PAGE, (c, t) -> {
      server.admin().put("/api/v1/scorecards/" + t.scorecard() + "/ahp", "{\"matrix\": [[1]]}");
      return c.form("/scorecards/" + t.scorecard() + "/ahp/apply", "perspective=");
    }));
    all.add(new Rule("GET /scorecards/{id}/questionnaires", Needs.VIEWER, Via.PAGE,
        (c, t) -> c.get("/scorecards/" + t.scorecard() + "/questionnaires")));
    all.add(new Rule("POST /scorecards/{id}/questionnaires", Needs.EDITOR, Via.PAGE, (c, t) -> c.form("/scorecards/"
        + t.scorecard() + "/questionnaires", "survey=staff&period=2024&questions=Q&scale_min=1&scale_max=5")));
    all.add(new Rule("GET /scorecards/{id}/questionnaires/{q}", Needs.VIEWER, Via.PAGE, (c, t) -> c.get("/scorecards/"
        + t.scorecard() + "/questionnaires/" + AccessMatrixTest.questionnaire(server, t.scorecard()))));
    all.add(new Rule("POST /scorecards/{id}/questionnaires/{q}/links", Needs.EDITOR, Via.PAGE, (c, t) -> c.form("/scorecards/"
        + t.scorecard() + "/questionnaires/" + AccessMatrixTest.questionnaire(server, t.scorecard()) + "/links", "count=1")));
    all.add(new Rule("POST /scorecards/{id}/questionnaires/{q}/links/{link}/revoke", Needs.EDITOR, Via.PAGE, (c, t) -> {
      String q = AccessMatrixTest.questionnaire(server, t.scorecard());
      return c.form("/scorecards/" + t.scorecard() + "/questionnaires/" + q + "/links/" + link(server, q)[0] + "/revoke", "");
    }));
    all.add(new Rule("POST /scorecards/{id}/questionnaires/{q}/close", Needs.EDITOR, Via.PAGE, (c, t) -> c.form("/scorecards/"
        + t.scorecard() + "/questionnaires/" + AccessMatrixTest.questionnaire(server, t.scorecard()) + "/close", "")));
    all.add(new Rule("GET /q/{token}", Needs.PUBLIC, Via.PAGE,
        (c, t) -> c.get("/q/" + link(server, AccessMatrixTest.questionnaire(server, "sc-own"))[1])));
    all.add(new Rule("POST /q/{token}", Needs.PUBLIC, Via.PAGE,
        (c, t) -> c.form("/q/" + link(server, AccessMatrixTest.questionnaire(server, "sc-own"))[1], "a1=3")));
    all.add(new Rule("GET /scorecards/{id}/data", Needs.VIEWER, Via.PAGE, (c, t) -> c.get("/scorecards/" + t.scorecard() + "/data")));
    all.add(new Rule("GET /scorecards/{id}/indicators/{indicator}/history", Needs.VIEWER, Via.PAGE,
        (c, t) -> c.get("/scorecards/" + t.scorecard() + "/indicators/" + t.indicator() + "/history")));
    // --- editor: the check and the diff, the editor, versions, download and upload pages, the strategy map
    all.add(new Rule("POST /api/v1/scorecards/{id}/check", Needs.EDITOR, Via.API, (c, t) -> c.send("POST",
        "/api/v1/scorecards/" + t.scorecard() + "/check", "application/yaml", Tiny.yaml(t.scorecard()).getBytes(StandardCharsets.UTF_8))));
    all.add(new Rule("GET /api/v1/scorecards/{id}/diff", Needs.VIEWER, Via.API,
        (c, t) -> c.get("/api/v1/scorecards/" + t.scorecard() + "/diff?from=1&to=1")));
    all.add(new Rule("GET /scorecards/{id}/map", Needs.VIEWER, Via.PAGE, (c, t) -> c.get("/scorecards/" + t.scorecard() + "/map")));
    all.add(new Rule("GET /scorecards/{id}/edit", Needs.EDITOR, Via.PAGE, (c, t) -> c.get("/scorecards/" + t.scorecard() + "/edit")));
    all.add(new Rule("POST /scorecards/{id}/edit", Needs.EDITOR, Via.PAGE, (c, t) -> c.form("/scorecards/" + t.scorecard() + "/edit",
        "yaml=" + java.net.URLEncoder.encode(Tiny.yaml(t.scorecard()).replace("name: Tiny ", "name: Tiny v" + fresh.incrementAndGet()
            + " "), StandardCharsets.UTF_8))));
    all.add(new Rule("POST /scorecards/{id}/upload", Needs.EDITOR, Via.PAGE, (c, t) -> {
      var parts = Http.parts();
      parts.put("scorecard", Map.entry("scorecard.yaml", Tiny.yaml(t.scorecard()).replace("name: Tiny ", "name: Tiny u"
          + fresh.incrementAndGet() + " ").getBytes(StandardCharsets.UTF_8)));
      return c.multipart("POST", "/scorecards/" + t.scorecard() + "/upload", parts);
    }));
    all.add(new Rule("GET /scorecards/{id}/download", Needs.VIEWER, Via.PAGE,
        (c, t) -> c.get("/scorecards/" + t.scorecard() + "/download")));
    all.add(new Rule("GET /scorecards/{id}/versions", Needs.VIEWER, Via.PAGE,
        (c, t) -> c.get("/scorecards/" + t.scorecard() + "/versions")));
    // --- variants of routes above (a route may have several lines; each is checked across the matrix)
    all.add(new Rule("POST /api/v1/units/{unit}/scorecards", Needs.EDITOR, Via.API, (c, t) -> c.post("/api/v1/units/"
        + t.unit() + "/scorecards", "{\"template\": \"sales-marketing\", \"id\": \"tpl-" + fresh.incrementAndGet() + "\"}")));
    all.add(new Rule("PATCH /api/v1/units/{unit}", Needs.ADMIN, Via.API, (c, t) -> {
      String unit = freshUnit(server, fresh, t.unit(), "unit");
      String person = freshUnit(server, fresh, t.unit(), "person");
      return c.patch("/api/v1/units/" + (person == null ? "no-such-person" : person), "{\"parent\": \""
          + (unit == null ? "no-such-unit" : unit) + "\"}");
    }));
    all.add(new Rule("POST /api/v1/scorecards/{id}/imports", Needs.CONTRIBUTOR, Via.API, (c, t) -> {
      var parts = Http.parts();
      parts.put("file", Map.entry("won.csv", "period,measure,value\n2024,won,31\n".getBytes(StandardCharsets.UTF_8)));
      return c.multipart("POST", "/api/v1/scorecards/" + t.scorecard() + "/imports?dry_run=true", parts);
    }));
    // --- management pages: units, users and roles, the audit log, one's account, scorecards
    all.add(new Rule("GET /admin", Needs.SIGNED_IN, Via.PAGE, (c, t) -> c.get("/admin")));
    all.add(new Rule("GET /admin/units", Needs.ADMIN_SOMEWHERE, Via.PAGE, (c, t) -> c.get("/admin/units")));
    all.add(new Rule("POST /admin/units", Needs.ADMIN, Via.PAGE, (c, t) -> c.form("/admin/units", "parent=" + t.unit()
        + "&kind=unit&id=pu" + fresh.incrementAndGet() + "&name=New")));
    all.add(new Rule("POST /admin/units/{unit}/rename", Needs.ADMIN, Via.PAGE,
        (c, t) -> c.form("/admin/units/" + t.unit() + "/rename", "name=Renamed+" + fresh.incrementAndGet())));
    all.add(new Rule("POST /admin/units/{unit}/move", Needs.ADMIN, Via.PAGE, (c, t) -> {
      String unit = freshUnit(server, fresh, t.unit(), "unit");
      String person = freshUnit(server, fresh, t.unit(), "person");
      return c.form("/admin/units/" + (person == null ? "no-such-person" : person) + "/move", "parent="
          + (unit == null ? "no-such-unit" : unit));
    }));
    all.add(new Rule("POST /admin/units/{unit}/archive", Needs.ADMIN, Via.PAGE, (c, t) -> {
      String unit = freshUnit(server, fresh, t.unit(), "unit");
      return c.form("/admin/units/" + (unit == null ? "no-such-unit" : unit) + "/archive", "");
    }));
    all.add(new Rule("POST /admin/units/{unit}/grants", Needs.ADMIN, Via.PAGE,
        (c, t) -> c.form("/admin/units/" + t.unit() + "/grants", "username=spare&role=viewer")));
    all.add(new Rule("POST /admin/units/{unit}/grants/revoke", Needs.ADMIN, Via.PAGE, (c, t) -> {
      server.admin().put("/api/v1/units/" + t.unit() + "/grants/spare", "{\"role\": \"viewer\"}");
      return c.form("/admin/units/" + t.unit() + "/grants/revoke", "username=spare");
    }));
    all.add(new Rule("GET /admin/users", Needs.ORG_ADMIN, Via.PAGE, (c, t) -> c.get("/admin/users")));
    all.add(new Rule("POST /admin/users", Needs.ORG_ADMIN, Via.PAGE, (c, t) -> c.form("/admin/users", "username=pu"
        + fresh.incrementAndGet() + "&password=long+enough+password")));
    all.add(new Rule("POST /admin/grants", Needs.ADMIN, Via.PAGE,
        (c, t) -> c.form("/admin/grants", "unit=" + t.unit() + "&username=spare&role=viewer")));
    all.add(new Rule("POST /admin/grants/revoke", Needs.ADMIN, Via.PAGE, (c, t) -> {
      server.admin().put("/api/v1/units/" + t.unit() + "/grants/spare", "{\"role\": \"viewer\"}");
      return c.form("/admin/grants/revoke", "unit=" + t.unit() + "&username=spare");
    }));
    all.add(new Rule("GET /admin/audit", Needs.ADMIN_SOMEWHERE, Via.PAGE, (c, t) -> c.get("/admin/audit")));
    all.add(new Rule("GET /account", Needs.SIGNED_IN, Via.PAGE, (c, t) -> c.get("/account")));
    all.add(new Rule("POST /account/tokens", Needs.SIGNED_IN, Via.PAGE, (c, t) -> c.form("/account/tokens", "")));
    all.add(new Rule("POST /account/tokens/{token}/revoke", Needs.SIGNED_IN, Via.PAGE, (c, t) -> {
      String owner = c.username() == null ? "spare" : c.username();
      String id = Session.anonymous(c.port()).post("/api/v1/tokens", "{\"username\": \"" + owner
          + "\", \"password\": \"" + password(owner) + "\"}").json().get("id").asText();
      return c.form("/account/tokens/" + id + "/revoke", "");
    }));
    all.add(new Rule("GET /admin/scorecards", Needs.EDITOR_SOMEWHERE, Via.PAGE, (c, t) -> c.get("/admin/scorecards")));
    all.add(new Rule("POST /admin/scorecards", Needs.EDITOR, Via.PAGE, (c, t) -> c.form("/admin/scorecards", "unit="
        + t.unit() + "&template=sales-marketing&id=ptpl-" + fresh.incrementAndGet() + "&name=From+a+template")));
    all.add(new Rule("POST /admin/scorecards/upload", Needs.EDITOR, Via.PAGE, (c, t) -> {
      var parts = Http.parts();
      parts.put("unit", Map.entry("", t.unit().getBytes(StandardCharsets.UTF_8)));
      parts.put("scorecard", Map.entry("scorecard.yaml", Tiny.yaml("pup-" + fresh.incrementAndGet())
          .getBytes(StandardCharsets.UTF_8)));
      return c.multipart("POST", "/admin/scorecards/upload", parts);
    }));
    all.add(new Rule("POST /admin/scorecards/{id}/rename", Needs.EDITOR, Via.PAGE, (c, t) -> c.form("/admin/scorecards/"
        + t.scorecard() + "/rename", "name=Renamed+" + fresh.incrementAndGet())));
    all.add(new Rule("POST /admin/scorecards/{id}/archive", Needs.EDITOR, Via.PAGE, (c, t) -> {
      String id = "par-" + fresh.incrementAndGet();
      Http.Response made = server.admin().send("POST", "/api/v1/units/" + t.unit() + "/scorecards", "application/yaml",
          Tiny.yaml(id).getBytes(StandardCharsets.UTF_8));
      return c.form("/admin/scorecards/" + (made.status() == 201 ? id : "no-such-scorecard") + "/archive", "");
    }));
    // --- plans: initiatives, alert rules and alerts, the organisation views
    all.add(new Rule("GET /api/v1/scorecards/{id}/initiatives", Needs.VIEWER, Via.API,
        (c, t) -> c.get("/api/v1/scorecards/" + t.scorecard() + "/initiatives")));
    all.add(new Rule("POST /api/v1/scorecards/{id}/initiatives", Needs.EDITOR, Via.API,
        (c, t) -> c.post("/api/v1/scorecards/" + t.scorecard() + "/initiatives", INITIATIVE)));
    all.add(new Rule("GET /api/v1/scorecards/{id}/initiatives/{initiative}", Needs.VIEWER, Via.API, (c, t) -> c.get(
        "/api/v1/scorecards/" + t.scorecard() + "/initiatives/" + made(server, t.scorecard(), "initiatives", INITIATIVE))));
    all.add(new Rule("PUT /api/v1/scorecards/{id}/initiatives/{initiative}", Needs.CONTRIBUTOR, Via.API, (c, t) -> c.put(
        "/api/v1/scorecards/" + t.scorecard() + "/initiatives/" + made(server, t.scorecard(), "initiatives", INITIATIVE),
        "{\"progress\": " + fresh.incrementAndGet() % 100 + "}")));
    all.add(new Rule("PUT /api/v1/scorecards/{id}/initiatives/{initiative}", Needs.EDITOR, Via.API, (c, t) -> c.put(
        "/api/v1/scorecards/" + t.scorecard() + "/initiatives/" + made(server, t.scorecard(), "initiatives", INITIATIVE),
        "{\"owner\": \"Owner " + fresh.incrementAndGet() + "\"}")));
    all.add(new Rule("DELETE /api/v1/scorecards/{id}/initiatives/{initiative}", Needs.EDITOR, Via.API, (c, t) -> c.delete(
        "/api/v1/scorecards/" + t.scorecard() + "/initiatives/" + made(server, t.scorecard(), "initiatives", INITIATIVE))));
    all.add(new Rule("GET /api/v1/scorecards/{id}/alert-rules", Needs.VIEWER, Via.API,
        (c, t) -> c.get("/api/v1/scorecards/" + t.scorecard() + "/alert-rules")));
    all.add(new Rule("POST /api/v1/scorecards/{id}/alert-rules", Needs.EDITOR, Via.API,
        (c, t) -> c.post("/api/v1/scorecards/" + t.scorecard() + "/alert-rules", "{\"kind\": \"red\"}")));
    all.add(new Rule("DELETE /api/v1/scorecards/{id}/alert-rules/{rule}", Needs.EDITOR, Via.API, (c, t) -> c.delete(
        "/api/v1/scorecards/" + t.scorecard() + "/alert-rules/" + made(server, t.scorecard(), "alert-rules",
            "{\"kind\": \"no_data\", \"day\": 366}"))));
    all.add(new Rule("GET /api/v1/alerts", Needs.VIEWER, Via.API, (c, t) -> {
      alert(server, t.scorecard());
      return c.get("/api/v1/alerts?scorecard=" + t.scorecard());
    }));
    all.add(new Rule("PUT /api/v1/alerts/{alert}", Needs.CONTRIBUTOR, Via.API,
        (c, t) -> c.put("/api/v1/alerts/" + alert(server, t.scorecard()), "{\"status\": \"acknowledged\"}")));
    all.add(new Rule("GET /api/v1/organisation", Needs.SIGNED_IN, Via.API, (c, t) -> c.get("/api/v1/organisation")));
    all.add(new Rule("GET /scorecards/{id}/initiatives", Needs.VIEWER, Via.PAGE,
        (c, t) -> c.get("/scorecards/" + t.scorecard() + "/initiatives")));
    all.add(new Rule("POST /scorecards/{id}/initiatives", Needs.EDITOR, Via.PAGE, (c, t) -> c.form("/scorecards/"
        + t.scorecard() + "/initiatives", "indicator=win_rate&title=Plan&owner=Dewi&start=2024-01-01&due=2024-12-31")));
    all.add(new Rule("POST /scorecards/{id}/initiatives/{initiative}", Needs.CONTRIBUTOR, Via.PAGE, (c, t) -> c.form(
        "/scorecards/" + t.scorecard() + "/initiatives/" + made(server, t.scorecard(), "initiatives", INITIATIVE),
        "indicator=win_rate&title=Plan&owner=Dewi&start=2024-01-01&due=2024-12-31&status=planned&budget=&note=&progress="
            + fresh.incrementAndGet() % 100)));
    all.add(new Rule("POST /scorecards/{id}/initiatives/{initiative}/delete", Needs.EDITOR, Via.PAGE, (c, t) -> c.form(
        "/scorecards/" + t.scorecard() + "/initiatives/" + made(server, t.scorecard(), "initiatives", INITIATIVE) + "/delete", "")));
    all.add(new Rule("POST /scorecards/{id}/alert-rules", Needs.EDITOR, Via.PAGE,
        (c, t) -> c.form("/scorecards/" + t.scorecard() + "/alert-rules", "kind=red")));
    all.add(new Rule("POST /scorecards/{id}/alert-rules/{rule}/delete", Needs.EDITOR, Via.PAGE, (c, t) -> c.form(
        "/scorecards/" + t.scorecard() + "/alert-rules/" + made(server, t.scorecard(), "alert-rules",
            "{\"kind\": \"no_data\", \"day\": 366}") + "/delete", "")));
    all.add(new Rule("GET /scorecards/{id}/plans-summary", Needs.VIEWER, Via.PAGE,
        (c, t) -> c.get("/scorecards/" + t.scorecard() + "/plans-summary")));
    all.add(new Rule("GET /scorecards/{id}/indicators/{indicator}/initiatives", Needs.VIEWER, Via.PAGE,
        (c, t) -> c.get("/scorecards/" + t.scorecard() + "/indicators/" + t.indicator() + "/initiatives")));
    all.add(new Rule("GET /alerts", Needs.SIGNED_IN, Via.PAGE, (c, t) -> c.get("/alerts")));
    all.add(new Rule("POST /alerts/{alert}/acknowledge", Needs.CONTRIBUTOR, Via.PAGE,
        (c, t) -> c.form("/alerts/" + alert(server, t.scorecard()) + "/acknowledge", "")));
    all.add(new Rule("GET /organisation", Needs.SIGNED_IN, Via.PAGE, (c, t) -> c.get("/organisation")));
    all.add(new Rule("GET /compare", Needs.VIEWER, Via.PAGE,
        (c, t) -> c.get("/compare?scorecard=" + t.scorecard() + "&periods=2023,2024")));
    // --- add new routes above this line, in the group of the least they need
    // last: a new password ends every session of the user (the matrix's own included)
    all.add(new Rule("PUT /api/v1/me/password", Needs.SIGNED_IN, Via.API, (c, t) -> {
      String same = c.username() == null ? "whatever-password" : password(c.username());
      return c.put("/api/v1/me/password", "{\"old_password\": \"" + same + "\", \"password\": \"" + same + "\"}");
    }));
    // the page's own password change: a fresh session of the user, which the change ends with the others
    all.add(new Rule("POST /account/password", Needs.SIGNED_IN, Via.PAGE, (c, t) -> {
      String same = c.username() == null ? "whatever-password" : password(c.username());
      return c.fresh().form("/account/password", "old_password=" + same + "&password=" + same + "&repeat_password=" + same);
    }));
    return all;
  }
}

package io.kinerja.server;

import static io.kinerja.server.TestServer.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.kinerja.server.store.Store;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Initiatives, alerts and the organisation views over real HTTP on one store, with the server's clock
 * standing at 15 June 2024 09:00 UTC: who may plan and who may report progress, what is overdue, alerts
 * raised by a change of data (and not without one), the webhook receiving them, the organisation limited
 * to the caller's grants, and bad input refused with nothing written. Run on both stores by its subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PlansScenario {

  private static final Clock NOON = Clock.fixed(Instant.parse("2024-06-15T09:00:00Z"), ZoneOffset.UTC);
  private static final String SALES = "/api/v1/scorecards/tiny-sales";

  private TestServer server;
  private Http admin;
  private Http editor;
  private Http contributor;
  private Http viewer;
  private Http teamViewer;
  private final AtomicInteger fresh = new AtomicInteger();

  abstract Store.Engine engine();

  @BeforeAll
  void start() {
    server = TestServer.startAt(engine(), NOON);
    admin = server.admin();
    expect(admin.post("/api/v1/units", "{\"id\": \"acme\", \"name\": \"Acme\", \"kind\": \"company\"}"), 201);
    expect(admin.post("/api/v1/units", "{\"id\": \"sales\", \"name\": \"Sales\", \"kind\": \"division\", \"parent\": \"acme\"}"), 201);
    expect(admin.post("/api/v1/units", "{\"id\": \"team\", \"name\": \"Team\", \"kind\": \"unit\", \"parent\": \"sales\"}"), 201);
    expect(admin.post("/api/v1/units", "{\"id\": \"other\", \"name\": \"Other\", \"kind\": \"division\", \"parent\": \"acme\"}"), 201);
    for (String[] s : List.of(new String[] {"sales", "tiny-sales"}, new String[] {"team", "tiny-team"},
        new String[] {"other", "tiny-other"}, new String[] {"sales", "tiny-alerts"})) {
      expect(admin.multipart("POST", "/api/v1/units/" + s[0] + "/scorecards", Tiny.upload(s[1])), 201);
    }
    Map<String, Map.Entry<String, byte[]>> old = Tiny.upload("tiny-empty");
    old.put("measures", Map.entry("measures.csv", Tiny.MEASURES.replace("2024", "2023").getBytes(StandardCharsets.UTF_8)));
    expect(admin.multipart("POST", "/api/v1/units/sales/scorecards", old), 201);
    editor = server.user("plan-editor", "sales", "editor");
    contributor = server.user("plan-contributor", "sales", "contributor");
    viewer = server.user("plan-viewer", "sales", "viewer");
    teamViewer = server.user("team-viewer", "team", "viewer");
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private static String initiative(String title, String due, String status) {
    return "{\"indicator\": \"win_rate\", \"title\": \"" + title + "\", \"owner\": \"Dewi\", \"start\": \"2024-01-02\","
        + " \"due\": \"" + due + "\", \"status\": \"" + status + "\", \"progress\": 40, \"budget\": 1234567,"
        + " \"note\": \"first step\"}";
  }

  // --- initiatives

  @Test
  void an_editor_creates_changes_and_deletes_an_initiative_and_every_write_is_audited() {
    JsonNode made = expect(editor.post(SALES + "/initiatives", initiative("Call lapsed clients", "2024-09-30", "planned")),
        201).json();
    long id = made.get("id").asLong();
    assertThat(made.get("budget").asLong()).isEqualTo(1234567);
    assertThat(made.get("updated_by").asText()).isEqualTo("plan-editor");
    JsonNode changed = expect(editor.put(SALES + "/initiatives/" + id, "{\"title\": \"Call every lapsed client\","
        + " \"due\": \"2024-10-31\"}"), 200).json();
    assertThat(changed.get("title").asText()).isEqualTo("Call every lapsed client");
    assertThat(changed.get("due").asText()).isEqualTo("2024-10-31");
    assertThat(changed.get("progress").asInt()).isEqualTo(40);
    assertThat(expect(viewer.get(SALES + "/initiatives?indicator=win_rate"), 200).json().findValuesAsText("title"))
        .contains("Call every lapsed client");
    expect(editor.delete(SALES + "/initiatives/" + id), 204);
    expect(editor.get(SALES + "/initiatives/" + id), 404);
    List<String> actions = expect(admin.get("/api/v1/audit?limit=1000"), 200).json().findValuesAsText("action");
    assertThat(actions).contains("initiative.create", "initiative.update", "initiative.delete");
  }

  @Test
  void a_contributor_reports_progress_but_may_neither_plan_nor_replan() {
    long id = expect(editor.post(SALES + "/initiatives", initiative("Train the sales team", "2024-12-01", "planned")), 201)
        .json().get("id").asLong();
    JsonNode reported = expect(contributor.put(SALES + "/initiatives/" + id, "{\"status\": \"in_progress\", \"progress\": 60,"
        + " \"note\": \"two of three sessions\"}"), 200).json();
    assertThat(reported.get("status").asText()).isEqualTo("in_progress");
    assertThat(reported.get("progress").asInt()).isEqualTo(60);
    assertThat(contributor.put(SALES + "/initiatives/" + id, "{\"due\": \"2025-12-01\"}").status()).isEqualTo(403);
    assertThat(contributor.post(SALES + "/initiatives", initiative("Mine", "2024-12-01", "planned")).status()).isEqualTo(403);
    assertThat(contributor.delete(SALES + "/initiatives/" + id).status()).isEqualTo(403);
    assertThat(viewer.put(SALES + "/initiatives/" + id, "{\"progress\": 70}").status()).isEqualTo(403);
    assertThat(teamViewer.get(SALES + "/initiatives").status()).isEqualTo(403);
    assertThat(expect(editor.get(SALES + "/initiatives/" + id), 200).json().get("due").asText()).isEqualTo("2024-12-01");
  }

  @Test
  void an_initiative_is_overdue_when_due_before_the_servers_today_and_not_done() {
    String path = "/api/v1/scorecards/tiny-team/initiatives";
    long late = expect(admin.post(path, initiative("Late", "2024-06-14", "in_progress")), 201).json().get("id").asLong();
    long today = expect(admin.post(path, initiative("Due today", "2024-06-15", "planned")), 201).json().get("id").asLong();
    long done = expect(admin.post(path, initiative("Done late", "2024-05-01", "done")), 201).json().get("id").asLong();
    JsonNode list = expect(teamViewer.get(path), 200).json();
    for (JsonNode i : list) {
      long id = i.get("id").asLong();
      assertThat(i.get("overdue").asBoolean()).as(i.get("title").asText()).isEqualTo(id == late);
      assertThat(id).isIn(late, today, done);
    }
    expect(admin.put(path + "/" + late, "{\"status\": \"done\", \"progress\": 100}"), 200);
    assertThat(expect(teamViewer.get(path + "/" + late), 200).json().get("overdue").asBoolean()).isFalse();
  }

  // --- alerts

  private JsonNode alertsOf(Http who, String scorecard) {
    return expect(who.get("/api/v1/alerts?scorecard=" + scorecard), 200).json();
  }

  @Test
  void a_red_rule_raises_an_alert_when_a_put_makes_the_indicator_red_and_not_before() {
    String sc = "/api/v1/scorecards/tiny-alerts";
    expect(editor.post(sc + "/alert-rules", "{\"indicator\": \"win_rate\", \"kind\": \"red\"}"), 201);
    expect(editor.post(sc + "/alert-rules", "{\"indicator\": \"win_rate\", \"kind\": \"below\", \"measure\": \"actual\","
        + " \"threshold\": 10}"), 201);
    assertThat(alertsOf(viewer, "tiny-alerts")).as("30 won of 100 leads is neither red nor below 10").isEmpty();
    expect(contributor.put(sc + "/values", "[{\"period\": \"2024\", \"measure\": \"won\", \"value\": 12}]"), 200);
    assertThat(alertsOf(viewer, "tiny-alerts")).as("12 % is 30 % of the target: poor, not red, not below 10").isEmpty();
    expect(contributor.put(sc + "/values", "[{\"period\": \"2024\", \"measure\": \"won\", \"value\": 5}]"), 200);
    JsonNode alerts = alertsOf(viewer, "tiny-alerts");
    assertThat(alerts.findValuesAsText("kind")).containsExactlyInAnyOrder("red", "below");
    for (JsonNode a : alerts) {
      assertThat(a.get("status").asText()).isEqualTo("open");
      assertThat(a.get("period").asText()).isEqualTo("2024");
      assertThat(a.get("link").asText()).isEqualTo("/scorecards/tiny-alerts/indicators/win_rate?period=2024");
    }
    assertThat(alerts.findValuesAsText("message")).anySatisfy(m -> assertThat(m).contains("Win rate", "5 < 10"));
    expect(contributor.put(sc + "/values", "[{\"period\": \"2024\", \"measure\": \"won\", \"value\": 4}]"), 200);
    assertThat(alertsOf(viewer, "tiny-alerts").size()).as("one alert per rule and period").isEqualTo(2);
    long id = alerts.get(0).get("id").asLong();
    assertThat(viewer.put("/api/v1/alerts/" + id, "{\"status\": \"acknowledged\"}").status()).isEqualTo(403);
    assertThat(teamViewer.get("/api/v1/alerts?scorecard=tiny-alerts").status()).isEqualTo(403);
    assertThat(expect(teamViewer.get("/api/v1/alerts"), 200).json().findValuesAsText("scorecard")).doesNotContain("tiny-alerts");
    JsonNode acknowledged = expect(contributor.put("/api/v1/alerts/" + id, "{\"status\": \"acknowledged\"}"), 200).json();
    assertThat(acknowledged.get("acknowledged_by").asText()).isEqualTo("plan-contributor");
    assertThat(expect(viewer.get("/api/v1/alerts?status=open&scorecard=tiny-alerts"), 200).json().size()).isEqualTo(1);
  }

  @Test
  void the_webhook_receives_the_alert_as_json_and_a_failing_one_is_retried_and_shown() throws Exception {
    List<String> received = new CopyOnWriteArrayList<>();
    AtomicInteger failures = new AtomicInteger();
    HttpServer hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    hook.createContext("/ok", exchange -> {
      received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
          + "|" + exchange.getRequestHeaders().getFirst("Content-Type"));
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    hook.createContext("/down", exchange -> {
      failures.incrementAndGet();
      exchange.sendResponseHeaders(500, -1);
      exchange.close();
    });
    hook.start();
    try {
      String base = "http://127.0.0.1:" + hook.getAddress().getPort();
      String sc = "/api/v1/scorecards/tiny-team";
      expect(admin.post(sc + "/alert-rules", "{\"kind\": \"below\", \"threshold\": 5, \"webhook\": \"" + base + "/ok\"}"), 201);
      expect(admin.post(sc + "/alert-rules", "{\"indicator\": \"win_rate\", \"kind\": \"red\", \"webhook\": \"" + base
          + "/down\"}"), 201);
      assertThat(received).isEmpty();
      expect(admin.put(sc + "/values", "[{\"period\": \"2024\", \"measure\": \"won\", \"value\": 1}]"), 200);
      JsonNode alerts = waitFor(() -> alertsOf(admin, "tiny-team"), a -> a.size() == 2
          && !a.findValuesAsText("webhook").contains("pending"));
      assertThat(received).hasSize(1);
      JsonNode sent = Http.JSON.readTree(received.get(0).split("\\|")[0]);
      assertThat(received.get(0)).endsWith("|application/json; charset=utf-8");
      assertThat(sent.get("scorecard").asText()).isEqualTo("tiny-team");
      assertThat(sent.get("kind").asText()).isEqualTo("below");
      assertThat(sent.get("period").asText()).isEqualTo("2024");
      assertThat(sent.get("indicator").isNull()).isTrue();
      assertThat(sent.get("link").asText()).isEqualTo("/scorecards/tiny-team?period=2024");
      assertThat(sent.get("message").asText()).contains("Tiny tiny-team");
      assertThat(alerts.findValuesAsText("webhook")).containsExactlyInAnyOrder("sent 204",
          "failed after 3 attempts: status 500");
      assertThat(failures.get()).isEqualTo(3);
    } finally {
      hook.stop(0);
    }
  }

  @Test
  void no_data_by_day_n_is_raised_on_read_by_the_servers_clock() {
    String sc = "/api/v1/scorecards/tiny-empty";
    expect(editor.post(sc + "/alert-rules", "{\"indicator\": \"win_rate\", \"kind\": \"no_data\", \"day\": 200}"), 201);
    assertThat(alertsOf(viewer, "tiny-empty")).as("15 June is day 167 of 2024").isEmpty();
    expect(editor.post(sc + "/alert-rules", "{\"indicator\": \"win_rate\", \"kind\": \"no_data\", \"day\": 100}"), 201);
    JsonNode alerts = alertsOf(viewer, "tiny-empty");
    assertThat(alerts).hasSize(1);
    assertThat(alerts.get(0).get("kind").asText()).isEqualTo("no_data");
    assertThat(alerts.get(0).get("observed").asText()).isEqualTo("day 167 ≥ 100");
  }

  private static JsonNode waitFor(Supplier<JsonNode> read, java.util.function.Predicate<JsonNode> done)
      throws InterruptedException {
    long until = System.nanoTime() + 20_000_000_000L;
    JsonNode last = read.get();
    while (!done.test(last) && System.nanoTime() < until) {
      Thread.sleep(100);
      last = read.get();
    }
    return last;
  }

  // --- organisation

  @Test
  void the_organisation_shows_only_the_units_and_scorecards_below_the_callers_grant() {
    JsonNode team = expect(teamViewer.get("/api/v1/organisation?period=2024"), 200).json();
    assertThat(team.findValuesAsText("id")).containsExactly("team", "tiny-team");
    assertThat(team.get(0).get("depth").asInt()).isZero();
    JsonNode sales = expect(viewer.get("/api/v1/organisation?period=2024"), 200).json();
    assertThat(sales.findValuesAsText("kind")).containsExactly("division", "unit");
    assertThat(sales.findValuesAsText("id")).doesNotContain("tiny-other", "other", "acme");
    JsonNode all = expect(admin.get("/api/v1/organisation?period=2024"), 200).json();
    assertThat(all.findValuesAsText("kind")).containsExactly("company", "division", "division", "unit");
    assertThat(all.get(1).get("id").asText()).isEqualTo("other");
    assertThat(all.get(1).get("scorecards").get(0).get("final").asDouble()).isPositive();
    JsonNode empty = all.get(2).get("scorecards");
    assertThat(empty.findValuesAsText("id")).contains("tiny-empty", "tiny-sales");
    for (JsonNode card : empty) {
      assertThat(card.get("problem").isNull()).as(card.toString()).isEqualTo(!card.get("id").asText().equals("tiny-empty"));
    }
    expect(server.anonymous().get("/api/v1/organisation"), 401);
  }

  // --- bad input

  private String tables() {
    String url = server.db != null ? server.db : "jdbc:sqlite:" + server.data.resolve("kinerja.db");
    StringBuilder out = new StringBuilder(server.snapshot());
    try (Connection c = DriverManager.getConnection(url, server.db != null ? Postgres.user() : null, null);
        Statement s = c.createStatement()) {
      for (String table : List.of("initiatives", "alert_rules", "alerts")) {
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
          while (rs.next()) {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
              out.append(rs.getObject(i)).append('|');
            }
            out.append('\n');
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  private void refused(Supplier<Http.Response> request, int status, String... fields) {
    String before = tables();
    Http.Response r = request.get();
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    JsonNode error = r.json().get("error");
    assertThat(error.get("message").asText()).isNotBlank().doesNotContain("Exception");
    assertThat(error.get("fields").findValuesAsText("field")).containsExactlyInAnyOrder(fields);
    assertThat(tables()).isEqualTo(before);
  }

  @Test
  void bad_initiatives_and_rules_are_refused_naming_the_field_and_nothing_is_written() {
    refused(() -> editor.post(SALES + "/initiatives", "{\"indicator\": \"nope\", \"title\": \" \", \"owner\": \"Dewi\","
        + " \"start\": \"2024-13-01\", \"due\": \"2024-02-01\", \"status\": \"later\", \"progress\": 150,"
        + " \"budget\": -1}"), 422, "indicator", "title", "start", "status", "progress", "budget");
    refused(() -> editor.post(SALES + "/initiatives", "{\"indicator\": \"win_rate\", \"title\": \"T\", \"owner\": \"O\","
        + " \"start\": \"2024-05-01\", \"due\": \"2024-02-01\", \"progress\": 2.5}"), 422, "due", "progress");
    refused(() -> editor.post(SALES + "/initiatives", "{\"title\": \"T\"}"), 422, "indicator", "owner", "start", "due");
    refused(() -> editor.post(SALES + "/initiatives", "{\"title\": 3, \"colour\": \"red\"}"), 422, "title", "colour");
    refused(() -> editor.post(SALES + "/alert-rules", "{\"kind\": \"purple\"}"), 422, "kind");
    refused(() -> editor.post(SALES + "/alert-rules", "{\"indicator\": \"win_rate\", \"kind\": \"below\"}"), 422, "threshold");
    refused(() -> editor.post(SALES + "/alert-rules", "{\"kind\": \"no_data\", \"day\": 0}"), 422, "day");
    for (String url : List.of("file:///etc/passwd", "http://169.254.169.254/latest/meta-data", "gopher://x",
        "http://metadata.google.internal/", "not a url")) {
      refused(() -> editor.post(SALES + "/alert-rules", "{\"kind\": \"red\", \"webhook\": \"" + url + "\"}"), 422, "webhook");
    }
    refused(() -> contributor.put("/api/v1/alerts/1", "{\"status\": \"open\"}"), 422, "status");
    assertThat(editor.put(SALES + "/initiatives/" + fresh.incrementAndGet() * 100_000, "{\"progress\": 1}").status())
        .isEqualTo(404);
  }
}

package io.kinerja.server.plans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinerja.core.model.Scorecard;
import io.kinerja.core.period.Period;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import io.kinerja.core.text.Language;
import io.kinerja.core.text.Message;
import io.kinerja.core.text.Numbers;
import io.kinerja.server.audit.Audit;
import io.kinerja.server.auth.Access;
import io.kinerja.server.auth.Role;
import io.kinerja.server.auth.User;
import io.kinerja.server.error.Refused;
import io.kinerja.server.results.Results;
import io.kinerja.server.scorecards.Library;
import io.kinerja.server.scorecards.Scorecards;
import io.kinerja.server.store.Sql;
import io.kinerja.server.store.Store;
import io.kinerja.server.store.StoreException;
import io.kinerja.server.values.Definitions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alert rules and the alerts they raise. Rules are evaluated when a scorecard's data or definition changes
 * (the write path calls {@link #dataChanged} after its commit), and the "no data by day N" rules also when
 * alerts are read, against the server's clock. A rule raises at most one alert per period; raised alerts
 * are posted to the rule's webhook in the background. Viewers read rules and alerts, editors make and
 * delete rules, contributors acknowledge alerts.
 */
public final class Alerts {

  private static final Logger LOG = LoggerFactory.getLogger(Alerts.class);
  /** Who evaluates rules: the server itself, which may read every scorecard. */
  private static final User SERVER = new User("kinerja", true);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RULE_COLUMNS = "id, scorecard_id, indicator, kind, measure, threshold, day, webhook,"
      + " created_by, created_at";
  private static final String ALERT_COLUMNS = "id, rule_id, scorecard_id, indicator, period, kind, observed, message,"
      + " status, raised_at, acknowledged_by, webhook";

  /** What a rule saw: the value or category that set it off. */
  private record Observed(String name, String value) {}

  private final Store store;
  private final Clock clock;
  private final Definitions definitions;
  private final Results results;
  private final Webhooks webhooks;

  public Alerts(Store store, Clock clock, Definitions definitions, Results results, Webhooks webhooks) {
    this.store = store;
    this.clock = clock;
    this.definitions = definitions;
    this.results = results;
    this.webhooks = webhooks;
  }

  // --- rules

  public List<AlertRule> rules(User caller, String scorecard) {
    return store.read(c -> {
      Scorecards.allowed(c, caller, scorecard, Role.VIEWER);
      return rules(c, scorecard);
    });
  }

  public AlertRule createRule(User caller, String scorecard, AlertRule.Draft d) {
    AlertRule made = store.write(c -> {
      Library.Row row = Scorecards.allowed(c, caller, scorecard, Role.EDITOR);
      AlertRule rule = checked(c, scorecard, d);
      long now = clock.millis();
      Sql.update(c, "INSERT INTO alert_rules (scorecard_id, indicator, kind, measure, threshold, day, webhook, created_by,"
          + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", scorecard, rule.indicator(), rule.kind().key(), rule.measure(),
          rule.threshold(), rule.day(), rule.webhook(), caller.username(), now);
      long id = Sql.one(c, "SELECT MAX(id) FROM alert_rules WHERE scorecard_id = ?", r -> r.getLong(1), scorecard)
          .orElseThrow();
      Audit.record(c, now, caller.username(), "alert_rule.create", row.unit(), scorecard + "/" + id,
          rule.kind().key() + " " + (rule.onScorecard() ? "(scorecard)" : rule.indicator()));
      return rule(c, scorecard, id);
    });
    evaluate(scorecard, Set.of(), true); // a new rule looks at the current period at once
    return made;
  }

  public void deleteRule(User caller, String scorecard, long id) {
    store.write(c -> {
      Library.Row row = Scorecards.allowed(c, caller, scorecard, Role.EDITOR);
      AlertRule gone = rule(c, scorecard, id);
      Sql.update(c, "DELETE FROM alert_rules WHERE id = ?", id);
      Audit.record(c, clock.millis(), caller.username(), "alert_rule.delete", row.unit(), scorecard + "/" + id,
          gone.kind().key());
      return null;
    });
  }

  private AlertRule checked(Connection c, String scorecard, AlertRule.Draft d) throws SQLException {
    Problems problems = new Problems();
    Set<String> indicators = definitions.current(c, scorecard).orElseThrow().indicators();
    String indicator = d.indicator() == null ? "" : d.indicator().strip();
    if (!indicator.isEmpty() && !indicators.contains(indicator)) {
      problems.error(Location.field("indicator"), "cli.unknown_indicator", indicator, String.join(", ", indicators));
    }
    AlertRule.Kind kind = null;
    if (d.kind() == null) {
      problems.error(Location.field("kind"), "server.field_required", "kind");
    } else {
      kind = AlertRule.Kind.byKey(d.kind().strip()).orElse(null);
      if (kind == null) {
        problems.error(Location.field("kind"), "plans.bad_kind", d.kind(), "red, below, no_data");
      }
    }
    String measure = null;
    Double threshold = null;
    Integer day = null;
    if (kind == AlertRule.Kind.BELOW) {
      measure = d.measure() == null ? (indicator.isEmpty() ? "score" : "actual") : d.measure().strip();
      if (!measure.equals("actual") && !measure.equals("score") || indicator.isEmpty() && measure.equals("actual")) {
        problems.error(Location.field("measure"), "plans.bad_measure", d.measure());
      }
      threshold = d.threshold();
      if (threshold == null || !Double.isFinite(threshold)) {
        problems.error(Location.field("threshold"), "server.field_required", "threshold");
      }
    }
    if (kind == AlertRule.Kind.NO_DATA) {
      if (d.day() == null || d.day() != Math.rint(d.day()) || d.day() < 1 || d.day() > 366) {
        problems.error(Location.field("day"), "plans.bad_whole", "day", 1, 366);
      } else {
        day = d.day().intValue();
      }
    }
    String webhook = d.webhook() == null || d.webhook().isBlank() ? null : d.webhook().strip();
    if (webhook != null) {
      webhooks.check(webhook, problems);
    }
    problems.throwIfErrors();
    return new AlertRule(0, scorecard, indicator, kind, measure, threshold, day, webhook, null, 0);
  }

  // --- alerts

  /**
   * The alerts on the scorecards the caller may see (or on one, when {@code scorecard} is given), newest
   * first; the "no data by day N" rules of those scorecards are looked at first, by today's date.
   */
  public List<Alert> list(User caller, String scorecard, boolean onlyOpen) {
    List<String> scorecards = store.read(c -> {
      if (scorecard != null) {
        Scorecards.allowed(c, caller, scorecard, Role.VIEWER);
        return List.of(scorecard);
      }
      Set<String> visible = Access.visibleUnits(c, caller);
      return Sql.list(c, "SELECT id, unit_id FROM scorecards ORDER BY id", r -> new String[] {r.getString(1), r.getString(2)})
          .stream().filter(s -> visible == null || visible.contains(s[1])).map(s -> s[0]).toList();
    });
    List<String> withNoDataRules = store.read(c -> Sql.list(c, "SELECT DISTINCT scorecard_id FROM alert_rules"
        + " WHERE kind = 'no_data'", r -> r.getString(1)));
    scorecards.stream().filter(withNoDataRules::contains).forEach(s -> evaluate(s, Set.of(), true));
    return store.read(c -> {
      List<Alert> out = new ArrayList<>();
      for (String s : scorecards) {
        out.addAll(Sql.list(c, "SELECT " + ALERT_COLUMNS + " FROM alerts WHERE scorecard_id = ?"
            + (onlyOpen ? " AND status = 'open'" : ""), Alerts::alert, s));
      }
      out.sort((a, b) -> Long.compare(b.id(), a.id()));
      return out;
    });
  }

  public Alert acknowledge(User caller, long id) {
    return store.write(c -> {
      Alert alert = Sql.one(c, "SELECT " + ALERT_COLUMNS + " FROM alerts WHERE id = ?", Alerts::alert, id)
          .orElseThrow(() -> caller.admin() ? Refused.of(Refused.Reason.NOT_FOUND, "plans.no_such_alert", id)
              : Refused.forbidden());
      Library.Row row = Scorecards.allowed(c, caller, alert.scorecard(), Role.CONTRIBUTOR);
      Sql.update(c, "UPDATE alerts SET status = 'acknowledged', acknowledged_by = ? WHERE id = ?", caller.username(), id);
      Audit.record(c, clock.millis(), caller.username(), "alert.acknowledge", row.unit(), alert.scorecard() + "/" + id,
          alert.period());
      return Sql.one(c, "SELECT " + ALERT_COLUMNS + " FROM alerts WHERE id = ?", Alerts::alert, id).orElseThrow();
    });
  }

  /** An alert's message in a language: what was seen, against what the rule asks. */
  public static String says(Alert alert, String name, Language lang) {
    return Message.of("plans.alert." + alert.kind(), name, alert.period(), alert.observed() == null ? "—" : alert.observed())
        .in(lang);
  }

  // --- evaluation

  /**
   * Called once a write of the scorecard's figures or definition has committed: looks at the periods
   * written (at the scorecard's grain) and the current one. Never throws: a write must not fail because
   * an alert could not be raised; what goes wrong is logged.
   */
  public void dataChanged(String scorecard, Set<Period> periods) {
    try {
      evaluate(scorecard, periods.stream().map(Period::name).collect(java.util.stream.Collectors.toSet()), true);
    } catch (RuntimeException e) {
      LOG.warn("Alerts of {} not evaluated", scorecard, e);
    }
  }

  private void evaluate(String scorecard, Set<String> written, boolean current) {
    List<AlertRule> rules = store.read(c -> rules(c, scorecard));
    if (rules.isEmpty()) {
      return;
    }
    Scorecard definition = results.outline(SERVER, scorecard).scorecard();
    Tones tones = new Tones(definition.scoring(), Language.EN);
    LocalDate today = LocalDate.now(clock);
    Period now = Period.containing(definition.grain(), today);
    Set<String> periods = new LinkedHashSet<>();
    for (String name : written) {
      Period.parse(name).ifPresent(p -> periods.add(
          p.grain().isFinerThan(definition.grain()) ? Period.containing(definition.grain(), p.start()).name() : p.name()));
    }
    if (current) {
      periods.add(now.name());
      if (definition.current() != null) {
        periods.add(definition.current().name());
      }
    }
    for (String period : periods) {
      JsonNode result = result(scorecard, period);
      for (AlertRule rule : rules) {
        Optional<Observed> seen = rule.kind() == AlertRule.Kind.NO_DATA
            ? period.equals(now.name()) ? noData(rule, result, now, today) : Optional.empty()
            : result == null ? Optional.empty() : seen(rule, result, tones);
        seen.ifPresent(o -> raise(rule, period, o));
      }
    }
  }

  private JsonNode result(String scorecard, String period) {
    try {
      return JSON.readTree(results.results(SERVER, scorecard, period, null, Language.EN).json());
    } catch (InvalidInputException e) {
      return null; // no data for the period, or a period the scorecard cannot be evaluated for
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<Observed> seen(AlertRule rule, JsonNode result, Tones tones) {
    JsonNode node = rule.onScorecard() ? result.get("overall") : indicator(result, rule.indicator());
    if (node == null) {
      return Optional.empty();
    }
    String name = rule.onScorecard() ? result.path("name").asText() : node.path("name").asText();
    if (rule.kind() == AlertRule.Kind.RED) {
      String category = node.path("category").asText(null);
      return tones.red(category) ? Optional.of(new Observed(name, category)) : Optional.empty();
    }
    JsonNode value = rule.onScorecard() ? node.path("final") : node.path(rule.measure().equals("score") ? "score" : "value");
    if (value.isNumber() && value.asDouble() < rule.threshold()) {
      return Optional.of(new Observed(name, Numbers.format(Language.EN, value.asDouble(), 4) + " < "
          + Numbers.format(Language.EN, rule.threshold(), 4)));
    }
    return Optional.empty();
  }

  private static Optional<Observed> noData(AlertRule rule, JsonNode result, Period now, LocalDate today) {
    long day = ChronoUnit.DAYS.between(now.start(), today) + 1;
    if (day < rule.day()) {
      return Optional.empty();
    }
    boolean missing;
    String name = rule.indicator();
    if (result == null) {
      missing = true;
    } else if (rule.onScorecard()) {
      missing = true;
      for (JsonNode i : result.get("indicators")) {
        missing &= !i.path("value").isNumber();
      }
      name = result.path("name").asText();
    } else {
      JsonNode i = indicator(result, rule.indicator());
      missing = i == null || !i.path("value").isNumber();
      name = i == null ? name : i.path("name").asText();
    }
    return missing ? Optional.of(new Observed(name, "day " + day + " ≥ " + rule.day())) : Optional.empty();
  }

  private static JsonNode indicator(JsonNode result, String id) {
    for (JsonNode i : result.get("indicators")) {
      if (i.path("id").asText().equals(id)) {
        return i;
      }
    }
    return null;
  }

  /** Stores the alert unless the rule already raised one for the period, and posts it to the webhook. */
  private void raise(AlertRule rule, String period, Observed seen) {
    long now = clock.millis();
    String message = Message.of("plans.alert." + rule.kind().key(), seen.name(), period, seen.value()).in(Language.EN);
    Optional<Alert> raised;
    try {
      raised = store.write(c -> {
        if (Sql.one(c, "SELECT id FROM alerts WHERE rule_id = ? AND period = ?", r -> r.getLong(1), rule.id(), period)
            .isPresent()) {
          return Optional.empty();
        }
        String unit = Library.row(c, rule.scorecard()).map(Library.Row::unit).orElse(null);
        Sql.update(c, "INSERT INTO alerts (rule_id, scorecard_id, indicator, period, kind, observed, message, status,"
            + " raised_at, webhook) VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)", rule.id(), rule.scorecard(), rule.indicator(),
            period, rule.kind().key(), seen.value(), message, now, rule.webhook() == null ? null : "pending");
        Alert alert = Sql.one(c, "SELECT " + ALERT_COLUMNS + " FROM alerts WHERE rule_id = ? AND period = ?", Alerts::alert,
            rule.id(), period).orElseThrow();
        Audit.record(c, now, SERVER.username(), "alert.raise", unit, rule.scorecard() + "/" + alert.id(), message);
        return Optional.of(alert);
      });
    } catch (StoreException e) {
      LOG.info("Alert of rule {} for {} raised twice at once; one kept", rule.id(), period);
      return;
    }
    raised.filter(a -> rule.webhook() != null).ifPresent(a -> webhooks.post(rule.webhook(), payload(a, seen),
        outcome -> store.write(c -> Sql.update(c, "UPDATE alerts SET webhook = ? WHERE id = ?", outcome, a.id()))));
  }

  private static String payload(Alert a, Observed seen) {
    ObjectNode o = JSON.createObjectNode().put("id", a.id()).put("rule", a.rule()).put("scorecard", a.scorecard())
        .put("indicator", a.indicator().isEmpty() ? null : a.indicator()).put("name", seen.name()).put("period", a.period())
        .put("kind", a.kind()).put("observed", a.observed()).put("message", a.message())
        .put("raised_at", Instant.ofEpochMilli(a.raisedAt()).toString()).put("link", link(a));
    return o.toString();
  }

  /** Where an alert is explained: the indicator's page for the period, or the dashboard. */
  public static String link(Alert a) {
    String base = "/scorecards/" + java.net.URLEncoder.encode(a.scorecard(), java.nio.charset.StandardCharsets.UTF_8);
    String query = "?period=" + java.net.URLEncoder.encode(a.period(), java.nio.charset.StandardCharsets.UTF_8);
    return a.indicator().isEmpty() ? base + query
        : base + "/indicators/" + java.net.URLEncoder.encode(a.indicator(), java.nio.charset.StandardCharsets.UTF_8) + query;
  }

  // --- rows

  private static List<AlertRule> rules(Connection c, String scorecard) throws SQLException {
    return Sql.list(c, "SELECT " + RULE_COLUMNS + " FROM alert_rules WHERE scorecard_id = ? ORDER BY id", Alerts::rule,
        scorecard);
  }

  private static AlertRule rule(Connection c, String scorecard, long id) throws SQLException {
    return Sql.one(c, "SELECT " + RULE_COLUMNS + " FROM alert_rules WHERE id = ? AND scorecard_id = ?", Alerts::rule, id,
        scorecard).orElseThrow(() -> Refused.of(Refused.Reason.NOT_FOUND, "plans.no_such_rule", id, scorecard));
  }

  private static AlertRule rule(ResultSet r) throws SQLException {
    int day = r.getInt("day");
    Integer d = r.wasNull() ? null : day;
    return new AlertRule(r.getLong("id"), r.getString("scorecard_id"), r.getString("indicator"),
        AlertRule.Kind.byKey(r.getString("kind")).orElseThrow(), r.getString("measure"),
        Sql.nullableDouble(r, "threshold"), d, r.getString("webhook"), r.getString("created_by"), r.getLong("created_at"));
  }

  private static Alert alert(ResultSet r) throws SQLException {
    return new Alert(r.getLong("id"), r.getLong("rule_id"), r.getString("scorecard_id"), r.getString("indicator"),
        r.getString("period"), r.getString("kind"), r.getString("observed"), r.getString("message"), r.getString("status"),
        r.getLong("raised_at"), r.getString("acknowledged_by"), r.getString("webhook"));
  }
}

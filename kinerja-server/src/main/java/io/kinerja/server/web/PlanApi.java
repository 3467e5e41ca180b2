package io.kinerja.server.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import io.kinerja.server.auth.User;
import io.kinerja.server.plans.Alert;
import io.kinerja.server.plans.AlertRule;
import io.kinerja.server.plans.Alerts;
import io.kinerja.server.plans.Initiative;
import io.kinerja.server.plans.Initiatives;
import io.kinerja.server.plans.Organisation;
import io.kinerja.server.plans.Plans;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The API of the plans features: initiatives and alert rules of a scorecard, the alerts the caller may see,
 * and the organisation tree with its results. Who may do what is decided by the features (see
 * {@link Initiatives} and {@link Alerts}); this class reads requests and writes answers.
 */
final class PlanApi {

  private static final String V1 = Api.V1;

  private final Plans plans;
  private final Callers callers;

  PlanApi(Plans plans, Callers callers) {
    this.plans = plans;
    this.callers = callers;
  }

  void register(Routes r) {
    r.get(V1 + "/scorecards/{id}/initiatives", this::initiatives);
    r.post(V1 + "/scorecards/{id}/initiatives", this::createInitiative);
    r.get(V1 + "/scorecards/{id}/initiatives/{initiative}", this::initiative);
    r.put(V1 + "/scorecards/{id}/initiatives/{initiative}", this::updateInitiative);
    r.delete(V1 + "/scorecards/{id}/initiatives/{initiative}", this::deleteInitiative);
    r.get(V1 + "/scorecards/{id}/alert-rules", this::rules);
    r.post(V1 + "/scorecards/{id}/alert-rules", this::createRule);
    r.delete(V1 + "/scorecards/{id}/alert-rules/{rule}", this::deleteRule);
    r.get(V1 + "/alerts", this::alerts);
    r.put(V1 + "/alerts/{alert}", this::acknowledge);
    r.get(V1 + "/organisation", this::organisation);
  }

  // --- initiatives

  private void initiatives(Context ctx) {
    User caller = callers.require(ctx);
    LocalDate today = plans.initiatives().today();
    ArrayNode out = JsonIn.MAPPER.createArrayNode();
    plans.initiatives().list(caller, ctx.pathParam("id"), blankToNull(ctx.queryParam("indicator")))
        .forEach(i -> out.add(json(i, today)));
    ctx.json(out);
  }

  private void initiative(Context ctx) {
    User caller = callers.require(ctx);
    ctx.json(json(plans.initiatives().get(caller, ctx.pathParam("id"), Initiatives.id(ctx.pathParam("initiative"))),
        plans.initiatives().today()));
  }

  private void createInitiative(Context ctx) {
    User caller = callers.require(ctx);
    Initiative made = plans.initiatives().create(caller, ctx.pathParam("id"), draft(ctx));
    ctx.status(201).header("Location", V1 + "/scorecards/" + Html.url(made.scorecard()) + "/initiatives/" + made.id())
        .json(json(made, plans.initiatives().today()));
  }

  private void updateInitiative(Context ctx) {
    User caller = callers.require(ctx);
    long id = Initiatives.id(ctx.pathParam("initiative"));
    ctx.json(json(plans.initiatives().update(caller, ctx.pathParam("id"), id, draft(ctx)), plans.initiatives().today()));
  }

  private void deleteInitiative(Context ctx) {
    User caller = callers.require(ctx);
    plans.initiatives().delete(caller, ctx.pathParam("id"), Initiatives.id(ctx.pathParam("initiative")));
    ctx.status(204);
  }

  private static Initiative.Draft draft(Context ctx) {
    Problems problems = new Problems();
    JsonIn in = JsonIn.object(JsonIn.body(ctx), problems, "indicator", "title", "owner", "start", "due", "status",
        "progress", "budget", "note");
    Initiative.Draft d = new Initiative.Draft(in.text("indicator", false), in.text("title", false), in.text("owner", false),
        in.text("start", false), in.text("due", false), in.text("status", false), in.number("progress", false),
        in.number("budget", false), in.text("note", false));
    JsonIn.throwIfErrors(problems);
    return d;
  }

  static ObjectNode json(Initiative i, LocalDate today) {
    ObjectNode o = JsonIn.MAPPER.createObjectNode().put("id", i.id()).put("scorecard", i.scorecard())
        .put("indicator", i.indicator()).put("title", i.title()).put("owner", i.owner()).put("start", i.start().toString())
        .put("due", i.due().toString()).put("status", i.status().key()).put("progress", i.progress());
    o.put("budget", i.budget());
    return o.put("note", i.note()).put("overdue", i.overdue(today)).put("updated_by", i.updatedBy())
        .put("updated_at", Instant.ofEpochMilli(i.updatedAt()).toString());
  }

  // --- alert rules and alerts

  private void rules(Context ctx) {
    User caller = callers.require(ctx);
    ArrayNode out = JsonIn.MAPPER.createArrayNode();
    plans.alerts().rules(caller, ctx.pathParam("id")).forEach(r -> out.add(json(r)));
    ctx.json(out);
  }

  private void createRule(Context ctx) {
    User caller = callers.require(ctx);
    Problems problems = new Problems();
    JsonIn in = JsonIn.object(JsonIn.body(ctx), problems, "indicator", "kind", "measure", "threshold", "day", "webhook");
    AlertRule.Draft d = new AlertRule.Draft(in.text("indicator", false), in.text("kind", true), in.text("measure", false),
        in.number("threshold", false), in.number("day", false), in.text("webhook", false));
    JsonIn.throwIfErrors(problems);
    ctx.status(201).json(json(plans.alerts().createRule(caller, ctx.pathParam("id"), d)));
  }

  private void deleteRule(Context ctx) {
    User caller = callers.require(ctx);
    plans.alerts().deleteRule(caller, ctx.pathParam("id"), id(ctx.pathParam("rule"), "rule"));
    ctx.status(204);
  }

  private static ObjectNode json(AlertRule r) {
    ObjectNode o = JsonIn.MAPPER.createObjectNode().put("id", r.id()).put("scorecard", r.scorecard())
        .put("indicator", r.onScorecard() ? null : r.indicator()).put("kind", r.kind().key()).put("measure", r.measure());
    o.put("threshold", r.threshold());
    o.put("day", r.day());
    return o.put("webhook", r.webhook()).put("created_by", r.createdBy())
        .put("created_at", Instant.ofEpochMilli(r.createdAt()).toString());
  }

  /** {@code ?status=open} for the open ones only, {@code ?scorecard=ID} for one scorecard's. */
  private void alerts(Context ctx) {
    User caller = callers.require(ctx);
    String status = blankToNull(ctx.queryParam("status"));
    if (status != null && !status.equals("open") && !status.equals("all")) {
      throw InvalidInputException.of(Location.field("status"), "plans.bad_status", status, "open, all");
    }
    ArrayNode out = JsonIn.MAPPER.createArrayNode();
    plans.alerts().list(caller, blankToNull(ctx.queryParam("scorecard")), "open".equals(status))
        .forEach(a -> out.add(json(a)));
    ctx.json(out);
  }

  /** {@code {"status": "acknowledged"}}: the only change an alert takes. */
  private void acknowledge(Context ctx) {
    User caller = callers.require(ctx);
    Problems problems = new Problems();
    JsonIn in = JsonIn.object(JsonIn.body(ctx), problems, "status");
    String status = in.text("status", true);
    if (status != null && !status.equals("acknowledged")) {
      problems.error(in.at("status"), "plans.bad_status", status, "acknowledged");
    }
    JsonIn.throwIfErrors(problems);
    ctx.json(json(plans.alerts().acknowledge(caller, id(ctx.pathParam("alert"), "alert"))));
  }

  static ObjectNode json(Alert a) {
    return JsonIn.MAPPER.createObjectNode().put("id", a.id()).put("rule", a.rule()).put("scorecard", a.scorecard())
        .put("indicator", a.indicator().isEmpty() ? null : a.indicator()).put("period", a.period()).put("kind", a.kind())
        .put("observed", a.observed()).put("message", a.message()).put("status", a.status())
        .put("raised_at", Instant.ofEpochMilli(a.raisedAt()).toString()).put("acknowledged_by", a.acknowledgedBy())
        .put("webhook", a.webhook()).put("link", Alerts.link(a));
  }

  // --- organisation

  private void organisation(Context ctx) {
    User caller = callers.require(ctx);
    ArrayNode out = JsonIn.MAPPER.createArrayNode();
    for (Organisation.Node n : plans.organisation().tree(caller, blankToNull(ctx.queryParam("period")),
        Languages.asked(ctx))) {
      ObjectNode o = out.addObject().put("id", n.unit().id()).put("parent", n.unit().parent())
          .put("kind", n.unit().kind().key()).put("name", n.unit().name()).put("depth", n.depth());
      ArrayNode cards = o.putArray("scorecards");
      n.cards().forEach(c -> {
        ObjectNode card = cards.addObject().put("id", c.scorecard()).put("name", c.name()).put("period", c.period());
        card.put("final", c.score());
        card.put("category", c.category()).put("tone", c.tone()).put("problem", c.problem());
      });
    }
    ctx.json(out);
  }

  private static long id(String text, String field) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw InvalidInputException.of(Location.field(field), "server.not_whole_number", text);
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

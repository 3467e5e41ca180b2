package io.kinerja.server.web;

import io.kinerja.core.model.Indicator;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Problem;
import io.kinerja.core.text.Language;
import io.kinerja.core.text.Show;
import io.kinerja.server.auth.Sessions;
import io.kinerja.server.error.Refused;
import io.kinerja.server.plans.Alert;
import io.kinerja.server.plans.Alerts;
import io.kinerja.server.plans.Initiative;
import io.kinerja.server.plans.Initiatives;
import io.kinerja.server.plans.Organisation;
import io.kinerja.server.plans.Plans;
import io.kinerja.server.results.Results;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pages of the plans features: a scorecard's initiatives (list, add, change, delete), the alerts the
 * caller may see, the organisation's heat map and cascade, and comparisons side by side; and two small
 * fragments the dashboard and the indicator page load with htmx (so those pages need not know this class).
 */
final class PlanPages {

  private static final List<String> ASSETS = List.of("plans.css");

  private final Plans plans;
  private final Results results;
  private final Callers callers;

  PlanPages(Plans plans, Services services, Callers callers) {
    this.plans = plans;
    this.results = services.results();
    this.callers = callers;
  }

  void register(Routes r) {
    r.get("/scorecards/{id}/initiatives", ctx -> page(ctx, this::initiativesPage));
    r.post("/scorecards/{id}/initiatives", ctx -> page(ctx, this::saveInitiative));
    r.post("/scorecards/{id}/initiatives/{initiative}", ctx -> page(ctx, this::saveInitiative));
    r.post("/scorecards/{id}/initiatives/{initiative}/delete", ctx -> page(ctx, this::deleteInitiative));
    r.post("/scorecards/{id}/alert-rules", ctx -> page(ctx, this::saveRule));
    r.post("/scorecards/{id}/alert-rules/{rule}/delete", ctx -> page(ctx, this::deleteRule));
    r.get("/scorecards/{id}/plans-summary", ctx -> fragment(ctx, this::summary));
    r.get("/scorecards/{id}/indicators/{indicator}/initiatives", ctx -> fragment(ctx, this::indicatorInitiatives));
    r.get("/alerts", ctx -> page(ctx, this::alertsPage));
    r.post("/alerts/{alert}/acknowledge", ctx -> page(ctx, this::acknowledge));
    r.get("/organisation", ctx -> page(ctx, this::organisationPage));
    r.get("/compare", ctx -> page(ctx, this::comparePage));
  }

  /** The placeholder the dashboard shows, filled in by htmx once the page has loaded. */
  static String dashboardSlot(String scorecard, String period, Language lang) {
    return "<section class=\"panel plans-slot\" data-testid=\"plans-summary\" hx-get=\"" + Html.escape("/scorecards/"
        + Html.url(scorecard) + "/plans-summary?period=" + Html.url(period) + "&lang=" + lang.code())
        + "\" hx-trigger=\"load\" hx-swap=\"innerHTML\"><p class=\"meta\">…</p></section>";
  }

  /** The placeholder the indicator page shows for the indicator's initiatives. */
  static String indicatorSlot(String scorecard, String indicator, Language lang) {
    return "<section class=\"panel plans-slot\" data-testid=\"indicator-initiatives\" hx-get=\"" + Html.escape("/scorecards/"
        + Html.url(scorecard) + "/indicators/" + Html.url(indicator) + "/initiatives?lang=" + lang.code())
        + "\" hx-trigger=\"load\" hx-swap=\"innerHTML\"><p class=\"meta\">…</p></section>";
  }

  // --- the frame

  private interface Body {
    void render(Context ctx, Sessions.Session session);
  }

  /** As the dashboards: no session goes to the login form; a refusal is one page whether or not the thing exists. */
  private void page(Context ctx, Body body) {
    Optional<Sessions.Session> session = callers.session(ctx);
    if (session.isEmpty()) {
      if (!ctx.method().name().equals("GET")) {
        throw Refused.of(Refused.Reason.UNAUTHENTICATED, "server.sign_in");
      }
      String lang = Languages.asCode(ctx);
      ctx.redirect("/login" + (lang == null ? "" : "?lang=" + lang));
      return;
    }
    try {
      body.render(ctx, session.get());
    } catch (Refused e) {
      Language lang = Languages.forMessages(ctx);
      boolean forbidden = e.reason() == Refused.Reason.FORBIDDEN || e.reason() == Refused.Reason.NOT_FOUND;
      String title = Layout.text(lang, forbidden ? "page.forbidden_title" : "page.error_title");
      Layout.render(ctx, forbidden ? 403 : 400, lang, title, session.get(), "<section class=\"panel\"><h1>"
          + Html.escape(title) + "</h1><p>" + (forbidden ? Layout.t(lang, "page.forbidden") : Html.escape(e.getMessage()))
          + "</p><p><a href=\"/?lang=" + lang.code() + "\">" + Layout.t(lang, "page.home") + "</a></p></section>", ASSETS);
    } catch (InvalidInputException e) {
      Language lang = Languages.forMessages(ctx);
      Layout.render(ctx, 400, lang, Layout.text(lang, "page.error_title"), session.get(), "<section class=\"panel\"><h1>"
          + Layout.t(lang, "page.error_title") + "</h1><p role=\"alert\">" + Html.escape(e.describe(lang)) + "</p><p><a href=\""
          + Html.escape(ctx.path()) + "?lang=" + lang.code() + "\">" + Layout.t(lang, "page.back") + "</a></p></section>",
          ASSETS);
    }
  }

  /** A piece of a page for htmx: refused as 403 with an empty body, never a whole page. */
  private void fragment(Context ctx, Body body) {
    Optional<Sessions.Session> session = callers.session(ctx);
    if (session.isEmpty()) {
      // htmx gets an empty 401 (a login form inside a dashboard panel helps nobody); a browser opening the
      // piece by itself is sent to the login form, as from every page
      if (ctx.header("HX-Request") != null) {
        ctx.status(401).result("");
      } else {
        ctx.redirect("/login");
      }
      return;
    }
    try {
      body.render(ctx, session.get());
    } catch (Refused | InvalidInputException e) {
      ctx.status(e instanceof Refused ? 403 : 400).contentType("text/html; charset=utf-8").result("");
    }
  }

  private static void html(Context ctx, String html) {
    ctx.contentType("text/html; charset=utf-8").result(html);
  }

  // --- initiatives

  private void initiativesPage(Context ctx, Sessions.Session session) {
    initiativesPage(ctx, session, null, null, 200);
  }

  private void initiativesPage(Context ctx, Sessions.Session session, Map<String, String> form, InvalidInputException error,
      int status) {
    String id = ctx.pathParam("id");
    Results.Outline outline = results.outline(session.user(), id);
    Language lang = Languages.forPage(ctx, outline.scorecard().language());
    List<Initiative> all = plans.initiatives().list(session.user(), id, null);
    LocalDate today = plans.initiatives().today();
    Long editing = PlanApi.blankToNull(ctx.queryParam("edit")) == null ? null : Initiatives.id(ctx.queryParam("edit"));
    if (form != null && ctx.pathParamMap().containsKey("initiative")) {
      editing = Initiatives.id(ctx.pathParam("initiative"));
    }
    Initiative edited = null;
    for (Initiative i : all) {
      if (editing != null && i.id() == editing) {
        edited = i;
      }
    }
    Map<String, String> names = indicatorNames(outline);
    StringBuilder main = new StringBuilder(8192);
    main.append(crumbs(lang, id, outline.scorecard().name())).append("<h1>").append(Layout.t(lang, "plans.plans"))
        .append(" — ").append(Html.escape(outline.scorecard().name())).append("</h1>");
    main.append("<section class=\"panel\" aria-labelledby=\"ini-h\"><h2 id=\"ini-h\">").append(Layout.t(lang, "plans.initiatives"))
        .append("</h2>").append(initiativeTable(lang, id, all, names, today, session, true)).append("</section>");
    main.append(form(lang, id, session, names, edited, form == null || form.containsKey("kind") ? null : form,
        form != null && form.containsKey("kind") ? null : error));
    main.append(rules(lang, id, session, names, plans.alerts().rules(session.user(), id),
        form != null && form.containsKey("kind") ? form : null, form != null && form.containsKey("kind") ? error : null));
    Layout.render(ctx, status, lang, Layout.text(lang, "plans.plans"), session, main.toString(), ASSETS);
  }

  private static Map<String, String> indicatorNames(Results.Outline outline) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Indicator i : outline.scorecard().indicators()) {
      names.put(i.id(), i.name());
    }
    return names;
  }

  private static String crumbs(Language lang, String id, String name) {
    return "<nav class=\"crumbs\" aria-label=\"" + Layout.t(lang, "page.breadcrumbs") + "\"><a href=\"/?lang=" + lang.code()
        + "\">" + Layout.t(lang, "page.home") + "</a> › <a href=\"/scorecards/" + Html.escape(Html.url(id)) + "?lang="
        + lang.code() + "\">" + Html.escape(name) + "</a></nav>";
  }

  private static String initiativeTable(Language lang, String id, List<Initiative> list, Map<String, String> names,
      LocalDate today, Sessions.Session session, boolean actions) {
    if (list.isEmpty()) {
      return "<p class=\"meta\" data-testid=\"no-initiatives\">" + Layout.t(lang, "plans.no_initiatives") + "</p>";
    }
    StringBuilder out = new StringBuilder("<div class=\"scroll\"><table class=\"initiatives\"><thead><tr>");
    for (String key : List.of("plans.title", "page.indicator", "plans.owner", "plans.start", "plans.due", "plans.status",
        "plans.progress", "plans.budget")) {
      out.append("<th scope=\"col\"").append(key.equals("plans.progress") || key.equals("plans.budget") ? " class=\"num\"" : "")
          .append('>').append(Layout.t(lang, key)).append("</th>");
    }
    if (actions) {
      out.append("<th scope=\"col\"><span class=\"sr\">").append(Layout.t(lang, "plans.actions")).append("</span></th>");
    }
    out.append("</tr></thead><tbody>");
    for (Initiative i : list) {
      boolean overdue = i.overdue(today);
      out.append("<tr data-testid=\"initiative\"").append(overdue ? " class=\"overdue\"" : "").append("><th scope=\"row\">")
          .append(Html.escape(i.title()));
      if (overdue) {
        out.append(" <span class=\"flag\" data-testid=\"overdue\">").append(Layout.t(lang, "plans.overdue")).append("</span>");
      }
      if (i.note() != null) {
        out.append("<span class=\"note\">").append(Html.escape(i.note())).append("</span>");
      }
      out.append("</th><td><a href=\"").append(Html.escape("/scorecards/" + Html.url(id) + "/indicators/"
          + Html.url(i.indicator()) + "?lang=" + lang.code())).append("\">")
          .append(Html.escape(names.getOrDefault(i.indicator(), i.indicator()))).append("</a></td><td>")
          .append(Html.escape(i.owner())).append("</td><td>").append(PlanFormats.date(lang, i.start())).append("</td><td>")
          .append(PlanFormats.date(lang, i.due())).append("</td><td>").append(Layout.t(lang, "plans.status." + i.status().key()))
          .append("</td><td class=\"num\"><progress max=\"100\" value=\"").append(i.progress()).append("\" aria-label=\"")
          .append(Layout.t(lang, "plans.progress")).append("\"></progress> ").append(i.progress()).append(" %</td>")
          .append("<td class=\"num\">").append(PlanFormats.rupiah(lang, i.budget())).append("</td>");
      if (actions) {
        out.append("<td class=\"actions\"><a href=\"").append(Html.escape("/scorecards/" + Html.url(id) + "/initiatives?edit="
            + i.id() + "&lang=" + lang.code())).append("\">").append(Layout.t(lang, "plans.edit")).append("</a>")
            .append("<form method=\"post\" action=\"").append(Html.escape("/scorecards/" + Html.url(id) + "/initiatives/"
            + i.id() + "/delete?lang=" + lang.code())).append("\">").append(csrf(session)).append("<button type=\"submit\"")
            .append(" class=\"link\">").append(Layout.t(lang, "plans.delete")).append("</button></form></td>");
      }
      out.append("</tr>");
    }
    return out.append("</tbody></table></div>").toString();
  }

  private static String csrf(Sessions.Session session) {
    return "<input type=\"hidden\" name=\"_csrf\" value=\"" + Html.escape(session.csrf()) + "\">";
  }

  /** The form to add one, or to change {@code edited}; {@code given} refills it after a refusal. */
  private static String form(Language lang, String id, Sessions.Session session, Map<String, String> names,
      Initiative edited, Map<String, String> given, InvalidInputException error) {
    Map<String, String> v = new LinkedHashMap<>();
    if (edited != null) {
      v.put("indicator", edited.indicator());
      v.put("title", edited.title());
      v.put("owner", edited.owner());
      v.put("start", edited.start().toString());
      v.put("due", edited.due().toString());
      v.put("status", edited.status().key());
      v.put("progress", String.valueOf(edited.progress()));
      v.put("budget", edited.budget() == null ? "" : String.valueOf(edited.budget()));
      v.put("note", edited.note() == null ? "" : edited.note());
    }
    if (given != null) {
      v.putAll(given);
    }
    String action = "/scorecards/" + Html.url(id) + "/initiatives" + (edited == null ? "" : "/" + edited.id()) + "?lang="
        + lang.code();
    StringBuilder out = new StringBuilder("<section class=\"panel\" aria-labelledby=\"form-h\"><h2 id=\"form-h\">")
        .append(Layout.t(lang, edited == null ? "plans.add" : "plans.change")).append("</h2>");
    if (error != null) {
      out.append(problems(lang, error));
    }
    out.append("<form method=\"post\" class=\"plan-form\" action=\"").append(Html.escape(action)).append("\">")
        .append(csrf(session)).append("<label for=\"f-indicator\">").append(Layout.t(lang, "page.indicator"))
        .append("</label><select id=\"f-indicator\" name=\"indicator\">");
    names.forEach((key, name) -> out.append("<option value=\"").append(Html.escape(key)).append('"')
        .append(key.equals(v.get("indicator")) ? " selected" : "").append('>').append(Html.escape(name)).append("</option>"));
    out.append("</select>").append(input(lang, "title", "text", v, " required maxlength=\"200\""))
        .append(input(lang, "owner", "text", v, " required maxlength=\"100\""))
        .append(input(lang, "start", "date", v, " required")).append(input(lang, "due", "date", v, " required"))
        .append("<label for=\"f-status\">").append(Layout.t(lang, "plans.status")).append("</label><select id=\"f-status\"")
        .append(" name=\"status\">");
    for (Initiative.Status s : Initiative.Status.values()) {
      out.append("<option value=\"").append(s.key()).append('"').append(s.key().equals(v.getOrDefault("status", "planned"))
          ? " selected" : "").append('>').append(Layout.t(lang, "plans.status." + s.key())).append("</option>");
    }
    out.append("</select>").append(input(lang, "progress", "number", v, " min=\"0\" max=\"100\" step=\"1\""))
        .append(input(lang, "budget", "number", v, " min=\"0\" step=\"1\""))
        .append("<label for=\"f-note\">").append(Layout.t(lang, "plans.note")).append("</label><textarea id=\"f-note\"")
        .append(" name=\"note\" maxlength=\"2000\" rows=\"2\">").append(Html.escape(v.getOrDefault("note", "")))
        .append("</textarea><div class=\"buttons\"><button type=\"submit\">").append(Layout.t(lang, "plans.save"))
        .append("</button>");
    if (edited != null) {
      out.append(" <a href=\"").append(Html.escape("/scorecards/" + Html.url(id) + "/initiatives?lang=" + lang.code()))
          .append("\">").append(Layout.t(lang, "plans.cancel")).append("</a>");
    }
    return out.append("</div></form></section>").toString();
  }

  private static String input(Language lang, String name, String type, Map<String, String> values, String extra) {
    return "<label for=\"f-" + name + "\">" + Layout.t(lang, "plans." + name) + "</label><input id=\"f-" + name + "\" name=\""
        + name + "\" type=\"" + type + "\" value=\"" + Html.escape(values.getOrDefault(name, "")) + "\"" + extra + ">";
  }

  private static final List<String> FIELDS = List.of("indicator", "title", "owner", "start", "due", "status", "progress",
      "budget", "note");

  /** Adds one, or changes one with only the fields that differ (so a contributor may report progress). */
  private void saveInitiative(Context ctx, Sessions.Session session) {
    callers.require(ctx); // the CSRF token
    String id = ctx.pathParam("id");
    Map<String, String> given = new LinkedHashMap<>();
    FIELDS.forEach(f -> given.put(f, ctx.formParam(f) == null ? "" : ctx.formParam(f)));
    boolean change = ctx.pathParamMap().containsKey("initiative");
    Initiative before = change ? plans.initiatives().get(session.user(), id, Initiatives.id(ctx.pathParam("initiative")))
        : null;
    try {
      Initiative.Draft draft = draft(given, before);
      if (change) {
        plans.initiatives().update(session.user(), id, before.id(), draft);
      } else {
        plans.initiatives().create(session.user(), id, draft);
      }
    } catch (InvalidInputException e) {
      initiativesPage(ctx, session, given, e, 422);
      return;
    }
    ctx.redirect("/scorecards/" + Html.url(id) + "/initiatives?lang=" + Languages.forMessages(ctx).code(), 
        io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private static Initiative.Draft draft(Map<String, String> f, Initiative before) {
    InvalidInputException bad = null;
    Double progress = null;
    Double budget = null;
    try {
      progress = number(f.get("progress"), "progress");
      budget = number(f.get("budget"), "budget");
    } catch (InvalidInputException e) {
      bad = e;
    }
    if (bad != null) {
      throw bad;
    }
    if (before == null) {
      return new Initiative.Draft(blank(f.get("indicator")), blank(f.get("title")), blank(f.get("owner")),
          blank(f.get("start")), blank(f.get("due")), blank(f.get("status")), progress, budget, f.get("note"));
    }
    return new Initiative.Draft(changed(f.get("indicator"), before.indicator()), changed(f.get("title"), before.title()),
        changed(f.get("owner"), before.owner()), changed(f.get("start"), before.start().toString()),
        changed(f.get("due"), before.due().toString()), changed(f.get("status"), before.status().key()),
        progress != null && progress == before.progress() ? null : progress,
        budget == null && before.budget() == null || budget != null && before.budget() != null
            && budget.longValue() == before.budget() ? null : budget == null ? 0.0 : budget,
        f.get("note").equals(before.note() == null ? "" : before.note()) ? null : f.get("note"));
  }

  private static String changed(String given, String before) {
    return given == null || given.strip().equals(before) ? null : given;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static Double number(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Double.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw InvalidInputException.of(io.kinerja.core.problem.Location.field(field), "server.json_not_number", field);
    }
  }

  private void deleteInitiative(Context ctx, Sessions.Session session) {
    callers.require(ctx);
    String id = ctx.pathParam("id");
    plans.initiatives().delete(session.user(), id, Initiatives.id(ctx.pathParam("initiative")));
    ctx.redirect("/scorecards/" + Html.url(id) + "/initiatives?lang=" + Languages.forMessages(ctx).code(),
        io.javalin.http.HttpStatus.SEE_OTHER);
  }

  // --- alert rules

  private static String rules(Language lang, String id, Sessions.Session session, Map<String, String> names,
      List<io.kinerja.server.plans.AlertRule> rules, Map<String, String> given, InvalidInputException error) {
    Map<String, String> v = given == null ? Map.of() : given;
    StringBuilder out = new StringBuilder("<section class=\"panel\" aria-labelledby=\"rules-h\"><h2 id=\"rules-h\">")
        .append(Layout.t(lang, "plans.rules")).append("</h2>");
    if (rules.isEmpty()) {
      out.append("<p class=\"meta\">").append(Layout.t(lang, "plans.no_rules")).append("</p>");
    } else {
      out.append("<ul class=\"rules\">");
      for (io.kinerja.server.plans.AlertRule r : rules) {
        out.append("<li data-testid=\"rule\">").append(Html.escape(r.onScorecard() ? Layout.text(lang, "plans.whole_scorecard")
            : names.getOrDefault(r.indicator(), r.indicator()))).append(": ").append(Layout.t(lang, "plans.kind_" + r.kind().key()));
        if (r.threshold() != null) {
          out.append(" (").append(Html.escape(r.measure())).append(" &lt; ").append(Show.score(lang, r.threshold())).append(')');
        }
        if (r.day() != null) {
          out.append(" (").append(Layout.t(lang, "plans.day")).append(' ').append(r.day()).append(')');
        }
        if (r.webhook() != null) {
          out.append(" <span class=\"meta\">→ ").append(Html.escape(r.webhook())).append("</span>");
        }
        out.append(" <form method=\"post\" class=\"inline\" action=\"").append(Html.escape("/scorecards/" + Html.url(id)
            + "/alert-rules/" + r.id() + "/delete?lang=" + lang.code())).append("\">").append(csrf(session))
            .append("<button type=\"submit\" class=\"link\">").append(Layout.t(lang, "plans.delete")).append("</button></form></li>");
      }
      out.append("</ul>");
    }
    out.append("<h3>").append(Layout.t(lang, "plans.add_rule")).append("</h3>");
    if (error != null) {
      out.append(problems(lang, error));
    }
    out.append("<form method=\"post\" class=\"plan-form\" action=\"").append(Html.escape("/scorecards/" + Html.url(id)
        + "/alert-rules?lang=" + lang.code())).append("\">").append(csrf(session))
        .append("<label for=\"r-indicator\">").append(Layout.t(lang, "page.indicator")).append("</label>")
        .append("<select id=\"r-indicator\" name=\"indicator\"><option value=\"\">").append(Layout.t(lang, "plans.whole_scorecard"))
        .append("</option>");
    names.forEach((key, name) -> out.append("<option value=\"").append(Html.escape(key)).append('"')
        .append(key.equals(v.get("indicator")) ? " selected" : "").append('>').append(Html.escape(name)).append("</option>"));
    out.append("</select><label for=\"r-kind\">").append(Layout.t(lang, "plans.rule_kind")).append("</label>")
        .append("<select id=\"r-kind\" name=\"kind\">");
    for (String k : List.of("red", "below", "no_data")) {
      out.append("<option value=\"").append(k).append('"').append(k.equals(v.get("kind")) ? " selected" : "").append('>')
          .append(Layout.t(lang, "plans.kind_" + k)).append("</option>");
    }
    out.append("</select><label for=\"r-measure\">").append(Layout.t(lang, "plans.measure")).append("</label>")
        .append("<select id=\"r-measure\" name=\"measure\"><option value=\"\">—</option>");
    for (String m : List.of("actual", "score")) {
      out.append("<option value=\"").append(m).append('"').append(m.equals(v.get("measure")) ? " selected" : "").append('>')
          .append(Layout.t(lang, m.equals("actual") ? "page.actual" : "page.score")).append("</option>");
    }
    return out.append("</select>").append(ruleInput(lang, "threshold", "number", v, " step=\"any\""))
        .append(ruleInput(lang, "day", "number", v, " min=\"1\" max=\"366\" step=\"1\""))
        .append(ruleInput(lang, "webhook", "url", v, " placeholder=\"https://\""))
        .append("<div class=\"buttons\"><button type=\"submit\">").append(Layout.t(lang, "plans.save"))
        .append("</button></div></form></section>").toString();
  }

  private static String ruleInput(Language lang, String name, String type, Map<String, String> values, String extra) {
    return "<label for=\"r-" + name + "\">" + Layout.t(lang, "plans." + name) + "</label><input id=\"r-" + name + "\" name=\""
        + name + "\" type=\"" + type + "\" value=\"" + Html.escape(values.getOrDefault(name, "")) + "\"" + extra + ">";
  }

  private static String problems(Language lang, InvalidInputException error) {
    StringBuilder out = new StringBuilder("<div role=\"alert\" class=\"problems\" data-testid=\"form-problems\"><ul>");
    for (Problem p : error.problems()) {
      out.append("<li>").append(Html.escape(p.location().field() == null ? "" : p.location().field() + ": "))
          .append(Html.escape(p.message().in(lang))).append("</li>");
    }
    return out.append("</ul></div>").toString();
  }

  private void saveRule(Context ctx, Sessions.Session session) {
    callers.require(ctx);
    String id = ctx.pathParam("id");
    Map<String, String> given = new LinkedHashMap<>();
    for (String f : List.of("indicator", "kind", "measure", "threshold", "day", "webhook")) {
      given.put(f, ctx.formParam(f) == null ? "" : ctx.formParam(f));
    }
    try {
      plans.alerts().createRule(session.user(), id, new io.kinerja.server.plans.AlertRule.Draft(blank(given.get("indicator")),
          blank(given.get("kind")), blank(given.get("measure")), number(given.get("threshold"), "threshold"),
          number(given.get("day"), "day"), blank(given.get("webhook"))));
    } catch (InvalidInputException e) {
      initiativesPage(ctx, session, given, e, 422);
      return;
    }
    ctx.redirect("/scorecards/" + Html.url(id) + "/initiatives?lang=" + Languages.forMessages(ctx).code(),
        io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private void deleteRule(Context ctx, Sessions.Session session) {
    callers.require(ctx);
    String id = ctx.pathParam("id");
    plans.alerts().deleteRule(session.user(), id, Initiatives.id(ctx.pathParam("rule")));
    ctx.redirect("/scorecards/" + Html.url(id) + "/initiatives?lang=" + Languages.forMessages(ctx).code(),
        io.javalin.http.HttpStatus.SEE_OTHER);
  }

  // --- fragments

  /** The dashboard's part: how many initiatives, which are overdue, and the open alerts. */
  private void summary(Context ctx, Sessions.Session session) {
    String id = ctx.pathParam("id");
    Language lang = Languages.forMessages(ctx);
    List<Initiative> all = plans.initiatives().list(session.user(), id, null);
    List<Alert> open = plans.alerts().list(session.user(), id, true);
    LocalDate today = plans.initiatives().today();
    List<Initiative> overdue = all.stream().filter(i -> i.overdue(today)).toList();
    StringBuilder out = new StringBuilder("<h2>").append(Layout.t(lang, "plans.plans")).append("</h2><p class=\"plan-counts\">")
        .append("<a href=\"").append(Html.escape("/scorecards/" + Html.url(id) + "/initiatives?lang=" + lang.code()))
        .append("\">").append(Layout.t(lang, "plans.initiatives")).append(": <b data-testid=\"initiative-count\">")
        .append(all.size()).append("</b></a> · <span class=\"").append(overdue.isEmpty() ? "" : "flag")
        .append("\">").append(Layout.t(lang, "plans.overdue")).append(": <b data-testid=\"overdue-count\">")
        .append(overdue.size()).append("</b></span> · <a href=\"/alerts?lang=").append(lang.code()).append("\">")
        .append(Layout.t(lang, "plans.open_alerts")).append(": <b class=\"badge").append(open.isEmpty() ? "" : " hot")
        .append("\" data-testid=\"alert-count\">").append(open.size()).append("</b></a></p>");
    if (!overdue.isEmpty()) {
      out.append("<ul class=\"overdue-list\">");
      overdue.forEach(i -> out.append("<li data-testid=\"overdue-initiative\">").append(Html.escape(i.title())).append(" — ")
          .append(Layout.t(lang, "plans.due")).append(' ').append(PlanFormats.date(lang, i.due())).append("</li>"));
      out.append("</ul>");
    }
    if (!open.isEmpty()) {
      out.append("<ul class=\"alert-list\">");
      Map<String, Map<String, String>> known = new java.util.HashMap<>();
      open.stream().limit(5).forEach(a -> out.append("<li><a href=\"").append(Html.escape(Alerts.link(a) + "&lang="
          + lang.code())).append("\">").append(Html.escape(says(session, a, known, lang)))
          .append("</a></li>"));
      out.append("</ul>");
    }
    html(ctx, out.toString());
  }

  private void indicatorInitiatives(Context ctx, Sessions.Session session) {
    String id = ctx.pathParam("id");
    String indicator = ctx.pathParam("indicator");
    Language lang = Languages.forMessages(ctx);
    List<Initiative> list = plans.initiatives().list(session.user(), id, indicator);
    html(ctx, "<h2>" + Layout.t(lang, "plans.initiatives") + "</h2>" + initiativeTable(lang, id, list, Map.of(),
        plans.initiatives().today(), session, false) + "<p><a href=\"" + Html.escape("/scorecards/" + Html.url(id)
        + "/initiatives?lang=" + lang.code()) + "\">" + Layout.t(lang, "plans.manage") + "</a></p>");
  }

  /** What an alert is about, by name: the indicator's (or the scorecard's), as the caller may read them. */
  private String says(Sessions.Session session, Alert a, Map<String, Map<String, String>> known, Language lang) {
    String name = name(session, a, known, lang);
    String observed = a.observed() == null ? null : known.get(a.scorecard()).get("band:" + a.observed()
        .toLowerCase(java.util.Locale.ROOT));
    return Alerts.says(observed == null ? a : new Alert(a.id(), a.rule(), a.scorecard(), a.indicator(), a.period(), a.kind(),
        observed, a.message(), a.status(), a.raisedAt(), a.acknowledgedBy(), a.webhook()), name, lang);
  }

  private String name(Sessions.Session session, Alert a, Map<String, Map<String, String>> known, Language lang) {
    Map<String, String> names = known.computeIfAbsent(a.scorecard(), s -> {
      Map<String, String> out = new LinkedHashMap<>();
      try {
        Results.Outline outline = results.outline(session.user(), s);
        out.put("", outline.scorecard().name());
        out.putAll(indicatorNames(outline));
        // a red alert keeps the category as the server saw it (in English): the page shows it in its language
        outline.scorecard().scoring().bands().bands().forEach(b -> out.put("band:" + b.label(Language.EN)
            .toLowerCase(java.util.Locale.ROOT), b.label(lang)));
      } catch (Refused | InvalidInputException e) {
        out.put("", s);
      }
      return out;
    });
    return names.getOrDefault(a.indicator(), a.indicator().isEmpty() ? a.scorecard() : a.indicator());
  }

  // --- alerts

  private void alertsPage(Context ctx, Sessions.Session session) {
    Language lang = Languages.forMessages(ctx);
    List<Alert> all = plans.alerts().list(session.user(), null, false);
    StringBuilder main = new StringBuilder("<nav class=\"crumbs\" aria-label=\"").append(Layout.t(lang, "page.breadcrumbs"))
        .append("\"><a href=\"/?lang=").append(lang.code()).append("\">").append(Layout.t(lang, "page.home"))
        .append("</a></nav><h1>").append(Layout.t(lang, "plans.alerts")).append("</h1><section class=\"panel\">");
    if (all.isEmpty()) {
      main.append("<p data-testid=\"no-alerts\">").append(Layout.t(lang, "plans.no_alerts")).append("</p>");
    } else {
      main.append("<div class=\"scroll\"><table class=\"alerts\"><thead><tr>");
      for (String key : List.of("plans.alert", "plans.scorecard", "page.period", "plans.raised", "plans.status", "plans.webhook")) {
        main.append("<th scope=\"col\">").append(Layout.t(lang, key)).append("</th>");
      }
      main.append("</tr></thead><tbody>");
      Map<String, Map<String, String>> known = new java.util.HashMap<>();
      for (Alert a : all) {
        main.append("<tr data-testid=\"alert\" class=\"").append(a.open() ? "open" : "done").append("\"><th scope=\"row\"><a href=\"")
            .append(Html.escape(Alerts.link(a) + "&lang=" + lang.code())).append("\">")
            .append(Html.escape(says(session, a, known, lang))).append("</a></th><td>").append(Html.escape(a.scorecard()))
            .append("</td><td>").append(Html.escape(a.period())).append("</td><td>")
            .append(PlanFormats.date(lang, java.time.Instant.ofEpochMilli(a.raisedAt()).atZone(plans.clock().getZone())
                .toLocalDate())).append("</td><td>");
        if (a.open()) {
          main.append("<form method=\"post\" action=\"/alerts/").append(a.id()).append("/acknowledge?lang=").append(lang.code())
              .append("\">").append(csrf(session)).append("<span class=\"badge hot\">").append(Layout.t(lang, "plans.open"))
              .append("</span> <button type=\"submit\">").append(Layout.t(lang, "plans.acknowledge")).append("</button></form>");
        } else {
          main.append(Layout.t(lang, "plans.acknowledged")).append(" (").append(Html.escape(a.acknowledgedBy())).append(')');
        }
        main.append("</td><td class=\"meta\">").append(Html.escape(a.webhook() == null ? "—" : a.webhook())).append("</td></tr>");
      }
      main.append("</tbody></table></div>");
    }
    main.append("</section>");
    Layout.render(ctx, 200, lang, Layout.text(lang, "plans.alerts"), session, main.toString(), ASSETS);
  }

  private void acknowledge(Context ctx, Sessions.Session session) {
    callers.require(ctx);
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("alert"));
    } catch (NumberFormatException e) {
      throw Refused.of(Refused.Reason.NOT_FOUND, "plans.no_such_alert", ctx.pathParam("alert"));
    }
    plans.alerts().acknowledge(session.user(), id);
    ctx.redirect("/alerts?lang=" + Languages.forMessages(ctx).code(), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  // --- organisation

  private void organisationPage(Context ctx, Sessions.Session session) {
    Language lang = Languages.forMessages(ctx);
    String period = PlanApi.blankToNull(ctx.queryParam("period"));
    List<Organisation.Node> tree = plans.organisation().tree(session.user(), period, lang);
    StringBuilder main = new StringBuilder("<nav class=\"crumbs\" aria-label=\"").append(Layout.t(lang, "page.breadcrumbs"))
        .append("\"><a href=\"/?lang=").append(lang.code()).append("\">").append(Layout.t(lang, "page.home"))
        .append("</a></nav><h1>").append(Layout.t(lang, "plans.organisation")).append("</h1>")
        .append("<form class=\"pickers panel\" method=\"get\" action=\"/organisation\"><input type=\"hidden\" name=\"lang\"")
        .append(" value=\"").append(lang.code()).append("\"><label for=\"o-period\">").append(Layout.t(lang, "page.period"))
        .append("</label><input id=\"o-period\" name=\"period\" value=\"").append(Html.escape(period == null ? "" : period))
        .append("\" placeholder=\"").append(Layout.t(lang, "plans.period_hint")).append("\"><button type=\"submit\">")
        .append(Layout.t(lang, "page.show")).append("</button></form>");
    main.append("<section class=\"panel\" aria-labelledby=\"tree-h\"><h2 id=\"tree-h\">").append(Layout.t(lang, "plans.heat_map"))
        .append("</h2><p class=\"meta\">").append(Layout.t(lang, "plans.heat_map_hint")).append("</p>");
    if (tree.isEmpty()) {
      main.append("<p>").append(Layout.t(lang, "plans.no_units")).append("</p>");
    } else {
      main.append("<ul class=\"org-tree\" data-testid=\"org-tree\">");
      int depth = 0;
      boolean first = true;
      for (Organisation.Node n : tree) {
        if (first) {
          first = false;
        } else if (n.depth() > depth) {
          main.append("<ul>");
        } else {
          main.append("</details></li>");
          for (int d = depth; d > n.depth(); d--) {
            main.append("</ul></details></li>");
          }
        }
        depth = n.depth();
        main.append("<li><details open><summary><span class=\"unit-name\">").append(Html.escape(n.unit().name()))
            .append("</span> <span class=\"meta\">").append(Layout.t(lang, "plans.kind." + n.unit().kind().key()))
            .append("</span>").append(heat(lang, n.cards(), period)).append("</summary>");
      }
      main.append("</details></li>");
      for (int d = depth; d > 0; d--) {
        main.append("</ul></details></li>");
      }
      main.append("</ul>");
    }
    main.append("</section>").append(compareForm(lang, tree, period));
    Layout.render(ctx, 200, lang, Layout.text(lang, "plans.organisation"), session, main.toString(), ASSETS);
  }

  private static String heat(Language lang, List<Organisation.Card> cards, String period) {
    StringBuilder out = new StringBuilder("<span class=\"heat\">");
    for (Organisation.Card c : cards) {
      out.append("<a class=\"cell tone-").append(c.tone()).append("\" data-testid=\"heat-cell\" data-scorecard=\"")
          .append(Html.escape(c.scorecard())).append("\" href=\"").append(Html.escape("/scorecards/" + Html.url(c.scorecard())
          + (c.period() == null ? "?" : "?period=" + Html.url(c.period()) + "&") + "lang=" + lang.code())).append("\"")
          .append(" title=\"").append(Html.escape(c.problem() == null ? c.scorecard() : c.problem())).append("\"><span class=\"cell-name\">")
          .append(Html.escape(c.name())).append("</span> <b>").append(Show.score(lang, c.score())).append("</b> ")
          .append(Html.escape(c.category() == null ? Layout.text(lang, "plans.no_data") : c.category())).append("</a>");
    }
    return out.append("</span>").toString();
  }

  private static String compareForm(Language lang, List<Organisation.Node> tree, String period) {
    StringBuilder out = new StringBuilder("<section class=\"panel\" aria-labelledby=\"cmp-h\"><h2 id=\"cmp-h\">")
        .append(Layout.t(lang, "plans.compare")).append("</h2><form method=\"get\" action=\"/compare\" class=\"compare-form\">")
        .append("<input type=\"hidden\" name=\"lang\" value=\"").append(lang.code()).append("\">")
        .append("<fieldset><legend>").append(Layout.t(lang, "plans.compare_units")).append("</legend>");
    for (Organisation.Node n : tree) {
      if (!n.cards().isEmpty()) {
        out.append("<label><input type=\"checkbox\" name=\"units\" value=\"").append(Html.escape(n.unit().id())).append("\"> ")
            .append(Html.escape(n.unit().name())).append("</label>");
      }
    }
    out.append("</fieldset><label for=\"c-period\">").append(Layout.t(lang, "page.period")).append("</label>")
        .append("<input id=\"c-period\" name=\"period\" value=\"").append(Html.escape(period == null ? "" : period))
        .append("\"><button type=\"submit\">").append(Layout.t(lang, "plans.compare")).append("</button></form></section>");
    return out.toString();
  }

  /** {@code ?units=a&units=b&period=P}: units side by side; {@code ?scorecard=X&periods=2013,2014}: periods. */
  private void comparePage(Context ctx, Sessions.Session session) {
    Language lang = Languages.forMessages(ctx);
    String scorecard = PlanApi.blankToNull(ctx.queryParam("scorecard"));
    List<Organisation.Card> cards;
    String title;
    if (scorecard != null) {
      String periods = PlanApi.blankToNull(ctx.queryParam("periods"));
      if (periods == null) {
        throw InvalidInputException.of(io.kinerja.core.problem.Location.field("periods"), "server.field_required", "periods");
      }
      List<String> list = Arrays.stream(periods.split(",")).map(String::strip).filter(s -> !s.isEmpty()).limit(12).toList();
      cards = plans.organisation().periods(session.user(), scorecard, list, lang);
      title = Layout.text(lang, "plans.compare_periods");
    } else {
      List<String> units = new ArrayList<>();
      ctx.queryParams("units").forEach(u -> Arrays.stream(u.split(",")).map(String::strip).filter(s -> !s.isEmpty())
          .forEach(units::add));
      if (units.isEmpty()) {
        throw InvalidInputException.of(io.kinerja.core.problem.Location.field("units"), "server.field_required", "units");
      }
      cards = plans.organisation().units(session.user(), units, PlanApi.blankToNull(ctx.queryParam("period")), lang);
      title = Layout.text(lang, "plans.compare_units");
    }
    StringBuilder main = new StringBuilder("<nav class=\"crumbs\" aria-label=\"").append(Layout.t(lang, "page.breadcrumbs"))
        .append("\"><a href=\"/?lang=").append(lang.code()).append("\">").append(Layout.t(lang, "page.home"))
        .append("</a> › <a href=\"/organisation?lang=").append(lang.code()).append("\">").append(Layout.t(lang, "plans.organisation"))
        .append("</a></nav><h1>").append(Html.escape(title)).append("</h1><section class=\"panel\">");
    if (cards.isEmpty()) {
      main.append("<p>").append(Layout.t(lang, "plans.nothing_to_compare")).append("</p>");
    } else {
      main.append(compareTable(lang, cards));
    }
    main.append("</section>");
    Layout.render(ctx, 200, lang, title, session, main.toString(), ASSETS);
  }

  private static String compareTable(Language lang, List<Organisation.Card> cards) {
    List<String> perspectives = new ArrayList<>();
    cards.forEach(c -> c.perspectives().forEach(p -> {
      if (!perspectives.contains(p.name())) {
        perspectives.add(p.name());
      }
    }));
    StringBuilder out = new StringBuilder("<div class=\"scroll\"><table class=\"compare\" data-testid=\"compare\"><thead><tr>")
        .append("<th scope=\"col\">").append(Layout.t(lang, "page.perspective")).append("</th>");
    for (Organisation.Card c : cards) {
      out.append("<th scope=\"col\" class=\"num\">").append(Html.escape(c.name())).append("<span class=\"meta\"> ")
          .append(Html.escape(c.unit())).append(" · ").append(Html.escape(c.period() == null ? "—" : c.period()))
          .append("</span></th>");
    }
    out.append("</tr></thead><tbody>");
    for (String p : perspectives) {
      out.append("<tr><th scope=\"row\">").append(Html.escape(p)).append("</th>");
      for (Organisation.Card c : cards) {
        Organisation.Part part = c.perspectives().stream().filter(x -> x.name().equals(p)).findFirst().orElse(null);
        out.append(part == null ? "<td class=\"num\">—</td>" : "<td class=\"num cell tone-" + part.tone() + "\">"
            + Show.score(lang, part.score()) + "</td>");
      }
      out.append("</tr>");
    }
    out.append("<tr class=\"total\"><th scope=\"row\">").append(Layout.t(lang, "page.overall")).append("</th>");
    for (Organisation.Card c : cards) {
      out.append("<td class=\"num cell tone-").append(c.tone()).append("\" data-testid=\"compare-final\">")
          .append(Show.score(lang, c.score())).append(c.category() == null ? "" : " " + Html.escape(c.category()));
      if (c.problem() != null) {
        out.append("<span class=\"note\">").append(Html.escape(c.problem())).append("</span>");
      }
      out.append("</td>");
    }
    return out.append("</tr></tbody></table></div>").toString();
  }
}

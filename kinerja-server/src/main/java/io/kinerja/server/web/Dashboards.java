package io.kinerja.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinerja.core.model.Scoring;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.scoring.Band;
import io.kinerja.core.text.Language;
import io.kinerja.core.text.Numbers;
import io.kinerja.core.text.Show;
import io.kinerja.server.auth.Sessions;
import io.kinerja.server.error.Refused;
import io.kinerja.server.results.Results;
import io.kinerja.server.scorecards.Scorecards;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages people read: the home page (the scorecards they may see), a scorecard's dashboard and an
 * indicator's explanation. They render the very results the API's results endpoint returns (the same cached
 * JSON), so the pages and the API cannot disagree.
 */
final class Dashboards {

  private static final Pattern FIRST_NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

  private final Scorecards scorecards;
  private final Results results;
  private final Callers callers;
  private final Trends trends;

  Dashboards(Scorecards scorecards, Results results, Callers callers) {
    this.scorecards = scorecards;
    this.results = results;
    this.callers = callers;
    this.trends = new Trends(results);
  }

  private static final Pattern ASSET = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(js|css)");

  void register(Routes r) {
    r.get("/", ctx -> page(ctx, this::home));
    r.get("/scorecards/{id}", ctx -> page(ctx, this::dashboard));
    r.get("/scorecards/{id}/indicators/{indicator}", ctx -> page(ctx, this::indicator));
    r.get("/assets/{file}", Dashboards::asset);
  }

  private interface PageBody {
    void render(Context ctx, Sessions.Session session);
  }

  /** Signed-in pages: no session sends to the login form; a refusal shows one page whether or not the thing exists. */
  private void page(Context ctx, PageBody body) {
    Optional<Sessions.Session> session = callers.session(ctx);
    if (session.isEmpty()) {
      String lang = Languages.asCode(ctx);
      ctx.redirect("/login" + (lang == null ? "" : "?lang=" + lang));
      return;
    }
    try {
      body.render(ctx, session.get());
    } catch (Refused e) {
      Language lang = Languages.forMessages(ctx);
      boolean forbidden = e.reason() == Refused.Reason.FORBIDDEN || e.reason() == Refused.Reason.NOT_FOUND;
      Layout.render(ctx, forbidden ? 403 : 400, lang,
          Layout.text(lang, forbidden ? "page.forbidden_title" : "page.error_title"), session.get(),
          "<section class=\"panel\"><h1>" + Layout.t(lang, forbidden ? "page.forbidden_title" : "page.error_title")
              + "</h1><p>" + Layout.t(lang, forbidden ? "page.forbidden" : "page.error") + "</p><p><a href=\"/?lang="
              + lang.code() + "\">" + Layout.t(lang, "page.home") + "</a></p></section>");
    } catch (InvalidInputException e) {
      Language lang = Languages.forMessages(ctx);
      Layout.render(ctx, 400, lang, Layout.text(lang, "page.error_title"), session.get(),
          "<section class=\"panel\"><h1>" + Layout.t(lang, "page.error_title") + "</h1><p role=\"alert\">"
              + Html.escape(e.describe(lang)) + "</p><p><a href=\"" + Html.escape(ctx.path()) + "?lang=" + lang.code()
              + "\">" + Layout.t(lang, "page.back") + "</a></p></section>");
    }
  }

  // --- home

  private void home(Context ctx, Sessions.Session session) {
    Language lang = Languages.forMessages(ctx);
    StringBuilder list = new StringBuilder("<ul class=\"cards-list\">");
    var rows = scorecards.list(session.user());
    rows.forEach(s -> list.append("<li><a class=\"panel link\" href=\"/scorecards/").append(Html.escape(Html.url(s.id())))
        .append("?lang=").append(lang.code()).append("\"><span class=\"name\">").append(Html.escape(s.name()))
        .append("</span><span class=\"meta\">").append(Layout.t(lang, "page.unit")).append(": ")
        .append(Html.escape(s.unit())).append(" · ").append(Html.escape(s.id())).append("</span></a></li>"));
    list.append("</ul>");
    String main = "<h1>" + Layout.t(lang, "page.home_title") + "</h1>"
        + (rows.isEmpty() ? "<p class=\"panel\">" + Layout.t(lang, "page.no_scorecards") + "</p>" : list.toString())
        + "<p class=\"meta\"><a href=\"/api/docs\">" + Layout.t(lang, "page.api_docs") + "</a></p>"
        + "<p class=\"meta\"><a href=\"/organisation?lang=" + lang.code() + "\">" + Layout.t(lang, "plans.organisation")
        + "</a> · <a href=\"/alerts?lang=" + lang.code() + "\">" + Layout.t(lang, "plans.alerts") + "</a></p>";
    Layout.render(ctx, 200, lang, Layout.text(lang, "page.home_title"), session, main);
  }

  // --- dashboard

  private void dashboard(Context ctx, Sessions.Session session) {
    String id = ctx.pathParam("id");
    Results.Outline outline = results.outline(session.user(), id);
    Language lang = Languages.forPage(ctx, outline.scorecard().language());
    String period = blankToNull(ctx.queryParam("period"));
    String by = blankToNull(ctx.queryParam("by"));
    String from = blankToNull(ctx.queryParam("from"));
    String to = blankToNull(ctx.queryParam("to"));
    if (from != null && to != null) {
      range(ctx, session, outline, lang, id, from, to, by);
      return;
    }
    JsonNode all = read(results.results(session.user(), id, period, by, lang).json());
    JsonNode result = by == null ? all : all.get("total");
    String shownPeriod = result.get("period").asText();
    Tones tones = new Tones(outline.scorecard().scoring(), lang);
    String name = result.get("name").asText();
    StringBuilder main = new StringBuilder(16_384);
    main.append("<nav class=\"crumbs\" aria-label=\"").append(Layout.t(lang, "page.breadcrumbs")).append("\"><a href=\"/?lang=")
        .append(lang.code()).append("\">").append(Layout.t(lang, "page.home")).append("</a></nav>")
        .append("<h1>").append(Html.escape(name)).append("</h1>")
        .append(pickers(lang, id, outline, shownPeriod, by, null, null)).append(AhpPages.links(lang, id))
        .append(Editor.links(scorecards, session.user(), id, shownPeriod, lang))
        .append(Reports.links(lang, id, shownPeriod, by));
    main.append("<p class=\"grid-link\"><a href=\"/scorecards/").append(Html.escape(Html.url(id))).append("/data?lang=")
        .append(lang.code()).append("\">").append(Layout.t(lang, "grid.enter_data")).append("</a></p>");
    JsonNode overall = result.get("overall");
    String overallTone = tones.of(text(overall, "category"));
    double[] range = range(outline.scorecard().scoring(), result);
    ObjectNode gauge = JsonIn.MAPPER.createObjectNode().put("type", "gauge").put("min", range[0]).put("max", range[1])
        .put("value", overall.path("final").asDouble()).put("tone", overallTone)
        .put("label", Show.score(lang, number(overall, "final")));
    main.append("<section class=\"overview\" aria-labelledby=\"overall-h\"><div class=\"panel overall tone-")
        .append(overallTone).append("\"><h2 id=\"overall-h\">").append(Layout.t(lang, "page.overall")).append("</h2>")
        .append("<p class=\"big\" data-testid=\"overall-final\">").append(Show.score(lang, number(overall, "final")))
        .append("</p><p class=\"category\" data-testid=\"overall-category\"><span class=\"dot\" aria-hidden=\"true\"></span>")
        .append(Html.escape(text(overall, "category"))).append("</p><p class=\"meta\">")
        .append(Layout.t(lang, "page.method")).append(": ").append(Html.escape(methodName(lang, text(result, "method")))).append(" · ")
        .append(Layout.t(lang, "page.period")).append(" ").append(Html.escape(Show.period(lang, shownPeriod))).append("</p>")
        .append("<div class=\"chart gauge\" role=\"img\" aria-label=\"").append(Layout.t(lang, "page.gauge"))
        .append("\" data-chart=\"").append(Html.escape(gauge.toString())).append("\"></div></div>");
    main.append(perspectiveChart(lang, result, range)).append("</section>");
    main.append(perspectiveCards(lang, result, tones));
    List<String> recent = Trends.lastPeriods(outline, shownPeriod);
    main.append(indicatorTable(lang, id, result, tones, shownPeriod, recent,
        trends.values(session.user(), id, recent, lang)));
    main.append(priorities(lang, id, result, shownPeriod));
    main.append(QuestionnairePages.surveyPanel(lang, id, result));
    main.append(PlanPages.dashboardSlot(id, shownPeriod, lang));
    if (by != null) {
      main.append(segmentTable(lang, all, tones));
    }
    Layout.render(ctx, 200, lang, name, session, main.toString(), List.of("dashboard.js", "dashboard.css"));
  }

  /** The dashboard over a range of periods: the pickers, then the trend chart and table ({@link Trends#range}). */
  private void range(Context ctx, Sessions.Session session, Results.Outline outline, Language lang, String id, String from,
      String to, String by) {
    String name = outline.scorecard().name();
    String main = "<nav class=\"crumbs\" aria-label=\"" + Layout.t(lang, "page.breadcrumbs") + "\"><a href=\"/?lang="
        + lang.code() + "\">" + Layout.t(lang, "page.home") + "</a> › <a href=\"/scorecards/" + Html.escape(Html.url(id))
        + "?period=" + Html.escape(Html.url(to)) + "&amp;lang=" + lang.code() + "\">" + Layout.t(lang, "page.range_back")
        + "</a></nav><h1>" + Html.escape(name) + "</h1>" + pickers(lang, id, outline, to, by, from, to)
        + trends.range(lang, session.user(), id, from, to);
    Layout.render(ctx, 200, lang, name, session, main, List.of("dashboard.js", "dashboard.css"));
  }

  private static String pickers(Language lang, String id, Results.Outline outline, String period, String by, String from,
      String to) {
    StringBuilder form = new StringBuilder("<form class=\"pickers panel\" method=\"get\" action=\"/scorecards/")
        .append(Html.escape(Html.url(id))).append("\" hx-get=\"/scorecards/").append(Html.escape(Html.url(id)))
        .append("\" hx-trigger=\"change\" hx-target=\"main\" hx-select=\"main\" hx-swap=\"outerHTML\" hx-push-url=\"true\">")
        .append("<input type=\"hidden\" name=\"lang\" value=\"").append(lang.code()).append("\">")
        .append("<label for=\"period\">").append(Layout.t(lang, "page.period")).append("</label>")
        .append("<select id=\"period\" name=\"period\">");
    var choices = Trends.choices(outline);
    form.append(Trends.options(lang, choices, period)).append("</select>");
    if (!outline.dimensions().isEmpty() || outline.records()) {
      form.append("<label for=\"by\">").append(Layout.t(lang, "page.segment_by")).append("</label>")
          .append("<input id=\"by\" name=\"by\" list=\"dimensions\" value=\"").append(Html.escape(by == null ? "" : by))
          .append("\" placeholder=\"").append(Layout.t(lang, "page.segment_hint")).append("\" autocomplete=\"off\">")
          .append("<datalist id=\"dimensions\">");
      outline.dimensions().forEach(d -> form.append("<option value=\"").append(Html.escape(d)).append("\">"));
      form.append("</datalist>");
    }
    form.append("<button type=\"submit\">").append(Layout.t(lang, "page.show")).append("</button></form>");
    // A range of periods at one grain, for the trend chart and table: the grain of the period shown.
    var grain = io.kinerja.core.period.Period.parse(period).map(io.kinerja.core.period.Period::grain).orElse(null);
    List<String> same = grain == null ? List.of() : choices.getOrDefault(grain, List.of());
    if (same.size() > 1) {
      String first = from != null ? from : same.get(Math.max(0, same.indexOf(period) - Trends.SPARK_PERIODS + 1));
      String last = to != null ? to : period;
      var only = java.util.Map.of(grain, same);
      form.append("<form class=\"pickers panel range-form\" method=\"get\" action=\"/scorecards/")
          .append(Html.escape(Html.url(id))).append("\"><input type=\"hidden\" name=\"lang\" value=\"").append(lang.code())
          .append("\"><span class=\"legend\">").append(Layout.t(lang, "page.range_title")).append("</span>")
          .append("<span class=\"field\"><label for=\"from\">").append(Layout.t(lang, "page.range_from")).append("</label>")
          .append("<select id=\"from\" name=\"from\">").append(Trends.options(lang, only, first)).append("</select></span>")
          .append("<span class=\"field\"><label for=\"to\">").append(Layout.t(lang, "page.range_to")).append("</label>")
          .append("<select id=\"to\" name=\"to\">").append(Trends.options(lang, only, last)).append("</select></span>")
          .append("<button type=\"submit\">").append(Layout.t(lang, "page.range_show")).append("</button></form>");
    }
    return form.toString();
  }

  private static String perspectiveChart(Language lang, JsonNode result, double[] range) {
    if (result.get("perspectives").size() >= 3) {
      return radar(lang, result, range);
    }
    ObjectNode chart = JsonIn.MAPPER.createObjectNode().put("type", "bars").put("min", range[0]).put("max", range[1]);
    ArrayNode names = chart.putArray("names");
    ArrayNode values = chart.putArray("values");
    ArrayNode labels = chart.putArray("labels");
    for (JsonNode p : result.get("perspectives")) {
      names.add(text(p, "name"));
      values.add(p.path("final").isNumber() ? p.get("final").asDouble() : 0);
      labels.add(Show.score(lang, number(p, "final")));
    }
    return "<div class=\"panel\"><h2>" + Layout.t(lang, "page.perspectives") + "</h2><div class=\"chart bars\" role=\"img\""
        + " aria-label=\"" + Layout.t(lang, "page.perspective_chart") + "\" data-chart=\"" + Html.escape(chart.toString())
        + "\"></div></div>";
  }

  /** The perspectives' scores as a radar (three or more perspectives); its text alternative names every score. */
  private static String radar(Language lang, JsonNode result, double[] range) {
    ObjectNode chart = JsonIn.MAPPER.createObjectNode().put("type", "radar").put("min", range[0]).put("max", range[1])
        .put("name", Layout.text(lang, "page.score"));
    ArrayNode names = chart.putArray("names");
    ArrayNode values = chart.putArray("values");
    ArrayNode labels = chart.putArray("labels");
    StringBuilder said = new StringBuilder();
    for (JsonNode p : result.get("perspectives")) {
      names.add(text(p, "name"));
      values.add(p.path("final").isNumber() ? p.get("final").asDouble() : range[0]);
      labels.add(Show.score(lang, number(p, "final")));
      said.append(said.length() == 0 ? "" : "; ").append(text(p, "name")).append(' ')
          .append(Show.score(lang, number(p, "final"))).append(" (").append(text(p, "category")).append(')');
    }
    return "<div class=\"panel\"><h2>" + Layout.t(lang, "page.perspectives") + "</h2><div class=\"chart radar\" role=\"img\""
        + " aria-label=\"" + Html.escape(Layout.text(lang, "page.radar").replace("{0}", said)) + "\" data-dash-chart=\""
        + Html.escape(chart.toString()) + "\"></div></div>";
  }

  private static String perspectiveCards(Language lang, JsonNode result, Tones tones) {
    StringBuilder out = new StringBuilder("<section aria-labelledby=\"persp-h\"><h2 id=\"persp-h\" class=\"sr\">")
        .append(Layout.t(lang, "page.perspectives")).append("</h2><ul class=\"perspectives\">");
    for (JsonNode p : result.get("perspectives")) {
      String tone = tones.of(text(p, "category"));
      out.append("<li class=\"panel card tone-").append(tone).append("\"><h3>").append(Html.escape(text(p, "name")))
          .append("</h3><p class=\"big\">").append(Show.score(lang, number(p, "final"))).append("</p><p class=\"category\">")
          .append("<span class=\"dot\" aria-hidden=\"true\"></span>").append(Html.escape(text(p, "category")))
          .append("</p><p class=\"meta\">").append(Layout.t(lang, "page.weight")).append(": ")
          .append(p.path("weight").isNumber() ? Numbers.format(lang, p.get("weight").asDouble(), 4) : "—")
          .append(" · ").append(Layout.t(lang, "page.indicators")).append(": ").append(p.path("indicators").asInt())
          .append("</p></li>");
    }
    return out.append("</ul></section>").toString();
  }

  private static String indicatorTable(Language lang, String id, JsonNode result, Tones tones, String period,
      List<String> recent, Map<String, List<Double>> history) {
    StringBuilder out = new StringBuilder("<section class=\"panel\" aria-labelledby=\"ind-h\"><h2 id=\"ind-h\">")
        .append(Layout.t(lang, "page.indicators")).append("</h2><div class=\"scroll\"><table class=\"indicators\"><thead><tr>")
        .append("<th scope=\"col\">").append(Layout.t(lang, "page.indicator")).append("</th>")
        .append("<th scope=\"col\">").append(Layout.t(lang, "page.perspective")).append("</th>")
        .append("<th scope=\"col\" class=\"num\">").append(Layout.t(lang, "page.actual")).append("</th>")
        .append("<th scope=\"col\" class=\"num\">").append(Layout.t(lang, "page.target")).append("</th>")
        .append("<th scope=\"col\" class=\"num\">").append(Layout.t(lang, "page.score")).append("</th>")
        .append("<th scope=\"col\">").append(Layout.t(lang, "page.category")).append("</th>")
        .append("<th scope=\"col\" class=\"spark-col\">").append(Layout.t(lang, "page.sparkline")).append("</th></tr></thead><tbody>");
    Map<String, String> perspectives = new HashMap<>();
    result.get("perspectives").forEach(p -> perspectives.put(text(p, "id"), text(p, "name")));
    for (JsonNode i : result.get("indicators")) {
      String tone = tones.of(text(i, "category"));
      out.append("<tr><th scope=\"row\"><a href=\"").append(indicatorHref(id, text(i, "id"), period, lang)).append("\">")
          .append(Html.escape(text(i, "name"))).append("</a>");
      if (i.path("override").asBoolean()) {
        out.append(" <span class=\"override\" title=\"").append(Html.escape(text(i, "note"))).append("\">✎ ")
            .append(Layout.t(lang, "page.overridden")).append("</span>");
        if (!text(i, "note").isEmpty()) {
          out.append("<span class=\"note\">").append(Html.escape(text(i, "note"))).append("</span>");
        }
      }
      out.append("</th><td data-label=\"").append(Layout.t(lang, "page.perspective")).append("\">")
          .append(Html.escape(perspectives.getOrDefault(text(i, "perspective"), text(i, "perspective"))))
          .append("</td><td class=\"num\" data-label=\"").append(Layout.t(lang, "page.actual")).append("\">")
          .append(actual(lang, i)).append("</td><td class=\"num\" data-label=\"").append(Layout.t(lang, "page.target"))
          .append("\">").append(Html.escape(target(lang, text(i, "target")))).append("</td><td class=\"num\" data-label=\"")
          .append(Layout.t(lang, "page.score")).append("\">").append(Show.score(lang, number(i, "score")))
          .append("</td><td data-label=\"").append(Layout.t(lang, "page.category")).append("\"><span class=\"light tone-").append(tone)
          .append("\"><span class=\"dot\" aria-hidden=\"true\"></span>").append(Html.escape(text(i, "category")))
          .append("</span></td><td class=\"spark-col\">")
          .append(Trends.sparkline(lang, recent, history.getOrDefault(text(i, "id"), List.of()), text(i, "unit")))
          .append("</td></tr>");
    }
    return out.append("</tbody></table></div></section>").toString();
  }

  private static String priorities(Language lang, String id, JsonNode result, String period) {
    JsonNode list = result.path("priorities");
    StringBuilder out = new StringBuilder("<section class=\"panel\" aria-labelledby=\"prio-h\"><h2 id=\"prio-h\">")
        .append(Layout.t(lang, "page.priorities")).append("</h2>");
    if (!list.isArray() || list.isEmpty()) {
      return out.append("<p>").append(Layout.t(lang, "page.no_priorities")).append("</p></section>").toString();
    }
    Map<String, String> names = new HashMap<>();
    result.get("indicators").forEach(i -> names.put(text(i, "id"), text(i, "name")));
    out.append("<p class=\"meta\">").append(Layout.t(lang, "page.priorities_hint")).append("</p><ol class=\"priorities\">");
    for (JsonNode p : list) {
      String indicator = text(p, "id");
      out.append("<li><a href=\"").append(indicatorHref(id, indicator, period, lang)).append("\">")
          .append(Html.escape(names.getOrDefault(indicator, indicator))).append("</a> <span class=\"meta\">")
          .append(Layout.t(lang, "page.gap")).append(" ").append(Numbers.format(lang, p.path("gap").asDouble() * 100, 2))
          .append(" % · ").append(Layout.t(lang, "page.share")).append(" ")
          .append(Numbers.format(lang, p.path("share").asDouble() * 100, 2)).append(" %</span></li>");
    }
    return out.append("</ol></section>").toString();
  }

  private static String segmentTable(Language lang, JsonNode all, Tones tones) {
    StringBuilder out = new StringBuilder("<section class=\"panel\" aria-labelledby=\"seg-h\"><h2 id=\"seg-h\">")
        .append(Layout.t(lang, "page.segments")).append(": ").append(Html.escape(text(all, "by")))
        .append("</h2><div class=\"scroll\"><table><thead><tr><th scope=\"col\">").append(Layout.t(lang, "page.segment"))
        .append("</th><th scope=\"col\" class=\"num\">").append(Layout.t(lang, "page.overall")).append("</th><th scope=\"col\">")
        .append(Layout.t(lang, "page.category")).append("</th></tr></thead><tbody>");
    for (JsonNode s : all.get("segments")) {
      JsonNode overall = s.get("overall");
      out.append("<tr><th scope=\"row\">").append(Html.escape(text(s, "segment"))).append("</th><td class=\"num\">")
          .append(Show.score(lang, number(overall, "final"))).append("</td><td><span class=\"light tone-")
          .append(tones.of(text(overall, "category"))).append("\"><span class=\"dot\" aria-hidden=\"true\"></span>")
          .append(Html.escape(text(overall, "category"))).append("</span></td></tr>");
    }
    return out.append("</tbody></table></div></section>").toString();
  }

  // --- indicator

  private void indicator(Context ctx, Sessions.Session session) {
    String id = ctx.pathParam("id");
    String indicator = ctx.pathParam("indicator");
    Results.Outline outline = results.outline(session.user(), id);
    Language lang = Languages.forPage(ctx, outline.scorecard().language());
    String period = blankToNull(ctx.queryParam("period"));
    JsonNode explained = read(results.explain(session.user(), id, indicator, period, lang).json());
    JsonNode i = explained.get("result");
    String shownPeriod = text(explained, "period");
    Tones tones = new Tones(outline.scorecard().scoring(), lang);
    String tone = tones.of(text(i, "category"));
    StringBuilder main = new StringBuilder(8192);
    main.append("<nav class=\"crumbs\" aria-label=\"").append(Layout.t(lang, "page.breadcrumbs")).append("\"><a href=\"/?lang=")
        .append(lang.code()).append("\">").append(Layout.t(lang, "page.home")).append("</a> › <a href=\"/scorecards/")
        .append(Html.escape(Html.url(id))).append("?period=").append(Html.escape(Html.url(shownPeriod))).append("&amp;lang=")
        .append(lang.code()).append("\">").append(Html.escape(outline.scorecard().name())).append("</a></nav>")
        .append("<h1>").append(Html.escape(text(i, "name"))).append("</h1>")
        .append("<section class=\"overview\"><div class=\"panel tone-").append(tone).append("\"><dl class=\"facts\">")
        .append(fact(lang, "page.period", Html.escape(Show.period(lang, shownPeriod))))
        .append(fact(lang, "page.formula", "<code data-testid=\"formula\">" + Html.escape(text(i, "formula")) + "</code>"))
        .append(fact(lang, "page.actual", actual(lang, i)))
        .append(fact(lang, "page.target", Html.escape(target(lang, text(i, "target")))))
        .append(fact(lang, "page.score", Show.score(lang, number(i, "score"))))
        .append(fact(lang, "page.category", "<span class=\"light tone-" + tone + "\"><span class=\"dot\" aria-hidden=\"true\">"
            + "</span>" + Html.escape(text(i, "category")) + "</span>"));
    if (i.path("override").asBoolean()) {
      main.append(fact(lang, "page.overridden", Html.escape(text(i, "note"))));
    }
    main.append("</dl></div>").append(trend(lang, session, id, indicator, outline)).append("</section>")
        .append("<section class=\"panel\" aria-labelledby=\"why-h\"><h2 id=\"why-h\">").append(Layout.t(lang, "page.explanation"))
        .append("</h2><pre class=\"explanation\" data-testid=\"explanation\">").append(Html.escape(text(explained, "text")))
        .append("</pre></section>");
    main.append(GridPages.historyPlaceholder(lang, id, indicator));
    main.append(PlanPages.indicatorSlot(id, indicator, lang));
    Layout.render(ctx, 200, lang, text(i, "name"), session, main.toString());
  }

  /** The indicator over every period with data, and its target where the target is a single number. */
  private String trend(Language lang, Sessions.Session session, String id, String indicator, Results.Outline outline) {
    ObjectNode chart = JsonIn.MAPPER.createObjectNode().put("type", "trend")
        .put("valueName", Layout.text(lang, "page.actual")).put("targetName", Layout.text(lang, "page.target"));
    ArrayNode periods = chart.putArray("periods");
    ArrayNode values = chart.putArray("values");
    ArrayNode targets = chart.putArray("targets");
    for (String p : outline.periods()) {
      JsonNode r = read(results.results(session.user(), id, p, null, lang).json());
      for (JsonNode i : r.get("indicators")) {
        if (text(i, "id").equals(indicator)) {
          periods.add(Show.period(lang, p));
          if (i.path("value").isNumber()) {
            values.add(i.get("value").asDouble());
          } else {
            values.addNull();
          }
          Matcher m = FIRST_NUMBER.matcher(text(i, "target"));
          if (m.find()) {
            targets.add(Double.parseDouble(m.group()));
          } else {
            targets.addNull();
          }
        }
      }
    }
    return "<div class=\"panel\"><h2>" + Layout.t(lang, "page.trend") + "</h2><div class=\"chart trend\" role=\"img\""
        + " aria-label=\"" + Layout.t(lang, "page.trend") + "\" data-chart=\"" + Html.escape(chart.toString())
        + "\"></div></div>";
  }

  private static String fact(Language lang, String key, String html) {
    return "<dt>" + Layout.t(lang, key) + "</dt><dd>" + html + "</dd>";
  }

  // --- helpers

  /** The scoring method's name in the language ({@code method.KEY} in the bundle), or its key when there is none. */
  private static String methodName(Language lang, String key) {
    return io.kinerja.core.text.Messages.has("method." + key) ? Layout.text(lang, "method." + key) : key;
  }

  private static String indicatorHref(String id, String indicator, String period, Language lang) {
    return Html.escape("/scorecards/" + Html.url(id) + "/indicators/" + Html.url(indicator) + "?period=" + Html.url(period)
        + "&lang=" + lang.code());
  }

  private static String actual(Language lang, JsonNode i) {
    JsonNode value = i.path("value");
    if (value.isNumber()) {
      return Html.escape(Show.number(lang, value.asDouble(), text(i, "unit"), 2));
    }
    return value.isTextual() ? Html.escape(value.asText()) : "—";
  }

  /** A target's numbers in the language's format ({@code >= 3.000.000.000}); words are kept as they are. */
  static String target(Language lang, String target) {
    Matcher m = FIRST_NUMBER.matcher(target);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(Numbers.format(lang, Double.parseDouble(m.group()), 4)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The range a gauge and the perspective bars span: the method's scale, widened to hold what was scored. */
  private static double[] range(Scoring scoring, JsonNode result) {
    double low = 0;
    double high = 0;
    for (Band band : scoring.bands().bands()) {
      for (Double edge : new Double[] {band.from(), band.to(), band.score()}) {
        if (edge != null) {
          low = Math.min(low, edge);
          high = Math.max(high, edge);
        }
      }
    }
    double overall = result.path("overall").path("final").asDouble();
    for (JsonNode p : result.get("perspectives")) {
      high = Math.max(high, p.path("final").asDouble());
      low = Math.min(low, p.path("final").asDouble());
    }
    high = Math.max(high, overall);
    low = Math.min(low, overall);
    if (high <= 1 && low >= -1) {
      return new double[] {Math.min(low, -1), 1};
    }
    return new double[] {low, Math.ceil(high * 1.1 / 10) * 10};
  }

  private static Double number(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isNumber() ? v.asDouble() : null;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isMissingNode() || v.isNull() ? "" : v.asText();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static JsonNode read(String json) {
    try {
      return JsonIn.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A script or style sheet of the pages, from this jar: only plain names ending in .js or .css. */
  private static void asset(Context ctx) {
    String name = ctx.pathParam("file");
    if (!ASSET.matcher(name).matches()) {
      throw Refused.of(Refused.Reason.NOT_FOUND, "page.no_asset", name);
    }
    String type = name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
    try (InputStream in = Dashboards.class.getResourceAsStream("assets/" + name)) {
      if (in == null) {
        throw Refused.of(Refused.Reason.NOT_FOUND, "page.no_asset", name);
      }
      ctx.header("Cache-Control", "public, max-age=3600").contentType(type).result(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A category's colour from the scoring bands (their labels in the page's language), as a CSS class suffix. */
  private static final class Tones {
    private final Map<String, String> byLabel = new HashMap<>();

    Tones(Scoring scoring, Language lang) {
      List<Band> bands = scoring.bands().bands();
      for (Band band : bands) {
        byLabel.put(band.label().in(lang).toLowerCase(Locale.ROOT), band.colour() == null ? "none" : band.colour());
      }
    }

    String of(String category) {
      String colour = byLabel.getOrDefault(category.toLowerCase(Locale.ROOT), "none");
      return switch (colour) {
        case "red", "yellow", "green", "blue", "orange" -> colour;
        default -> "none";
      };
    }
  }
}

package io.kinerja.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinerja.core.model.Perspective;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import io.kinerja.core.text.Language;
import io.kinerja.core.text.Message;
import io.kinerja.core.text.Messages;
import io.kinerja.core.text.Numbers;
import io.kinerja.core.weighting.AhpResult;
import io.kinerja.core.weighting.GroupJudgement;
import io.kinerja.core.weighting.RespondentResult;
import io.kinerja.server.ahp.Judgements;
import io.kinerja.server.auth.Role;
import io.kinerja.server.auth.Sessions;
import io.kinerja.server.auth.User;
import io.kinerja.server.error.Refused;
import io.kinerja.server.scorecards.Library;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * AHP in the browser and over the API: a slider per pair on Saaty's scale, the weights and CR as they move
 * (computed by the server with the core, so the page and the command line cannot disagree), the judgement
 * that strays furthest from the weights pointed out, each person's own comparisons saved, the group's
 * geometric mean, and an editor applying it to the scorecard as a new version.
 */
final class AhpPages {

  private final Services s;
  private final Callers callers;
  private final Judgements judgements;

  AhpPages(Services services, Callers callers) {
    this.s = services;
    this.callers = callers;
    this.judgements = new Judgements(services.store(), Clock.systemUTC(), services.scorecards());
  }

  void register(Routes r) {
    r.post(Api.V1 + "/ahp", this::compute);
    r.get(Api.V1 + "/scorecards/{id}/ahp", this::view);
    r.put(Api.V1 + "/scorecards/{id}/ahp", this::save);
    r.post(Api.V1 + "/scorecards/{id}/ahp/apply", this::apply);
    r.get("/scorecards/{id}/ahp", ctx -> signedIn(ctx, callers, this::page));
    r.post("/scorecards/{id}/ahp/apply", ctx -> signedIn(ctx, callers, this::applyFromPage));
  }

  // --- API

  /** Any signed-in caller: weights, λmax, CI, CR and the most inconsistent pair of a matrix sent in. */
  private void compute(Context ctx) {
    callers.require(ctx);
    JsonNode body = JsonIn.body(ctx);
    Problems problems = new Problems();
    JsonIn.object(body, problems, "elements", "matrix");
    List<String> elements = texts(body.get("elements"), "elements", problems);
    double[][] matrix = matrix(body.get("matrix"), problems);
    JsonIn.throwIfErrors(problems);
    Judgements.Computed computed = Judgements.compute(elements, matrix);
    ctx.json(result(computed.result(), computed.worst()));
  }

  private void view(Context ctx) {
    User caller = callers.require(ctx);
    Judgements.View v = judgements.view(caller, ctx.pathParam("id"), perspective(ctx));
    ObjectNode out = JsonIn.MAPPER.createObjectNode();
    out.put("scorecard", ctx.pathParam("id")).put("perspective", v.level().perspective());
    ArrayNode elements = out.putArray("elements");
    v.level().ids().forEach(elements::add);
    if (v.mine() != null) {
      out.set("mine", JsonIn.MAPPER.valueToTree(v.mine().matrix()));
    } else {
      out.putNull("mine");
    }
    ArrayNode respondents = out.putArray("respondents");
    if (v.group() != null) {
      for (RespondentResult r : v.group().respondents()) {
        respondents.addObject().put("username", r.name()).put("cr", r.cr()).put("consistent", r.consistent());
      }
      ObjectNode group = result(v.group().result(), v.groupWorst());
      group.set("matrix", JsonIn.MAPPER.valueToTree(v.group().matrix().toArray()));
      out.set("group", group);
    } else {
      out.putNull("group");
    }
    ctx.json(out);
  }

  private void save(Context ctx) {
    User caller = callers.require(ctx);
    JsonNode body = JsonIn.body(ctx);
    Problems problems = new Problems();
    JsonIn.object(body, problems, "matrix");
    if (!body.has("matrix")) {
      problems.error(Location.field("matrix"), "server.field_required", "matrix");
    }
    double[][] matrix = matrix(body.get("matrix"), problems);
    JsonIn.throwIfErrors(problems);
    Judgements.Computed computed = judgements.save(caller, ctx.pathParam("id"), perspective(ctx), matrix);
    ctx.json(result(computed.result(), computed.worst()));
  }

  private void apply(Context ctx) {
    User caller = callers.require(ctx);
    Library.Row row = judgements.apply(caller, ctx.pathParam("id"), perspective(ctx));
    ctx.json(Api.summary(row));
  }

  static ObjectNode result(AhpResult r, Judgements.Worst worst) {
    ObjectNode out = JsonIn.MAPPER.createObjectNode();
    out.put("method", r.method().code()).put("n", r.n());
    ObjectNode weights = out.putObject("weights");
    r.weights().forEach(weights::put);
    out.put("lambda_max", r.lambdaMax()).put("ci", r.ci()).put("cr", r.cr()).put("consistent", r.consistent());
    if (worst == null) {
      out.putNull("most_inconsistent");
    } else {
      List<String> names = new ArrayList<>(r.weights().keySet());
      out.putObject("most_inconsistent").put("a", names.get(worst.row())).put("b", names.get(worst.column()))
          .put("row", worst.row()).put("column", worst.column()).put("judged", worst.judged())
          .put("implied", worst.implied());
    }
    return out;
  }

  private static List<String> texts(JsonNode node, String field, Problems problems) {
    List<String> out = new ArrayList<>();
    if (node == null || !node.isArray()) {
      problems.error(Location.field(field), node == null ? "server.field_required" : "ahp.page.not_a_list", field);
      return out;
    }
    for (int k = 0; k < node.size(); k++) {
      if (!node.get(k).isTextual()) {
        problems.error(Location.field(field + "[" + k + "]"), "server.json_not_text", field + "[" + k + "]");
      }
      out.add(node.get(k).asText());
    }
    return out;
  }

  private static double[][] matrix(JsonNode node, Problems problems) {
    if (node == null || !node.isArray()) {
      problems.error(Location.field("matrix"), node == null ? "server.field_required" : "ahp.page.not_a_list", "matrix");
      return new double[0][];
    }
    double[][] out = new double[node.size()][];
    for (int i = 0; i < node.size(); i++) {
      JsonNode row = node.get(i);
      if (!row.isArray()) {
        problems.error(Location.field("matrix[" + i + "]"), "ahp.page.not_a_list", "matrix[" + i + "]");
        out[i] = new double[0];
        continue;
      }
      out[i] = new double[row.size()];
      for (int j = 0; j < row.size(); j++) {
        if (!row.get(j).isNumber()) {
          problems.error(Location.field("matrix[" + i + "][" + j + "]"), "server.json_not_number", "matrix[" + i + "][" + j + "]");
        }
        out[i][j] = row.get(j).asDouble();
      }
    }
    return out;
  }

  private static String perspective(Context ctx) {
    String p = ctx.queryParam("perspective");
    return p == null || p.isBlank() ? null : p.strip();
  }

  // --- pages

  /** The dashboard's links to the AHP and questionnaire pages of a scorecard. */
  static String links(Language lang, String id) {
    String base = "/scorecards/" + Html.escape(Html.url(id));
    return "<p class=\"meta tools\"><a href=\"" + base + "/ahp?lang=" + lang.code() + "\">" + Layout.t(lang, "ahp.page.title")
        + "</a> · <a href=\"" + base + "/questionnaires?lang=" + lang.code() + "\">" + Layout.t(lang, "questionnaire.page.title")
        + "</a></p>";
  }

  interface Body {
    void render(Context ctx, Sessions.Session session);
  }

  /** A signed-in page: no session sends to the login form; a refusal or bad input shows a page saying so. */
  static void signedIn(Context ctx, Callers callers, Body body) {
    Optional<Sessions.Session> session = callers.session(ctx);
    if (session.isEmpty()) {
      String lang = Languages.asCode(ctx);
      ctx.redirect("/login" + (lang == null ? "" : "?lang=" + lang));
      return;
    }
    Language lang = Languages.forMessages(ctx);
    try {
      body.render(ctx, session.get());
    } catch (Refused e) {
      boolean forbidden = e.reason() == Refused.Reason.FORBIDDEN || e.reason() == Refused.Reason.NOT_FOUND;
      Layout.render(ctx, forbidden ? 403 : e.reason() == Refused.Reason.CONFLICT ? 409 : 400, lang,
          Layout.text(lang, forbidden ? "page.forbidden_title" : "page.error_title"), session.get(),
          "<section class=\"panel\"><h1>" + Layout.t(lang, forbidden ? "page.forbidden_title" : "page.error_title")
              + "</h1><p role=\"alert\">" + (forbidden ? Layout.t(lang, "page.forbidden") : Html.escape(e.message().in(lang)))
              + "</p><p><a href=\"/?lang=" + lang.code() + "\">" + Layout.t(lang, "page.home") + "</a></p></section>");
    } catch (InvalidInputException e) {
      Layout.render(ctx, 422, lang, Layout.text(lang, "page.error_title"), session.get(),
          "<section class=\"panel\"><h1>" + Layout.t(lang, "page.error_title") + "</h1><p role=\"alert\">"
              + Html.escape(e.describe(lang)) + "</p><p><a href=\"" + Html.escape(ctx.path().replace("/apply", ""))
              + "?lang=" + lang.code() + "\">" + Layout.t(lang, "page.back") + "</a></p></section>");
    }
  }

  private void applyFromPage(Context ctx, Sessions.Session session) {
    callers.require(ctx); // the session's CSRF token must come with the form
    String id = ctx.pathParam("id");
    String perspective = ctx.formParam("perspective");
    perspective = perspective == null || perspective.isBlank() ? null : perspective;
    Library.Row row = judgements.apply(session.user(), id, perspective);
    Language lang = Languages.forMessages(ctx);
    ctx.redirect("/scorecards/" + Html.url(id) + "/ahp?lang=" + lang.code() + "&applied=" + row.version()
        + (perspective == null ? "" : "&perspective=" + Html.url(perspective)), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private void page(Context ctx, Sessions.Session session) {
    String id = ctx.pathParam("id");
    User user = session.user();
    Library.Prepared prepared = s.scorecards().version(user, id, null);
    var scorecard = prepared.document().scorecard();
    Language lang = Languages.forPage(ctx, scorecard.language());
    String perspective = perspective(ctx);
    Judgements.View v = judgements.view(user, id, perspective);
    List<String> ids = v.level().ids();
    List<String> names = v.level().names();
    int n = ids.size();
    double[][] mine = v.mine() != null ? v.mine().matrix() : ones(n);
    boolean editor = canEdit(user, id);
    StringBuilder main = new StringBuilder(16384);
    main.append("<p class=\"meta\"><a href=\"/scorecards/").append(Html.escape(Html.url(id))).append("?lang=")
        .append(lang.code()).append("\">").append(Layout.t(lang, "ahp.page.back")).append("</a></p>");
    main.append("<h1>").append(Layout.t(lang, "ahp.page.title")).append(" — ").append(Html.escape(scorecard.name()))
        .append("</h1>");
    levels(main, id, scorecard.perspectives(), perspective, lang);
    String applied = ctx.queryParam("applied");
    if (applied != null && applied.matches("\\d{1,9}")) {
      main.append("<p class=\"panel ahp-note\" role=\"status\">")
          .append(Html.escape(Message.of("ahp.page.applied", applied).in(lang))).append("</p>");
    }
    if (n < 2) {
      main.append("<p class=\"panel\">").append(Layout.t(lang, "ahp.page.too_few_here")).append("</p>");
      Layout.render(ctx, 200, lang, Layout.text(lang, "ahp.page.title"), session, main.toString(),
          List.of("ahp.css"));
      return;
    }
    Judgements.Computed now = Judgements.compute(ids, mine);
    main.append("<section class=\"panel ahp").append(now.result().consistent() ? "" : " inconsistent")
        .append("\" id=\"ahp\" data-scorecard=\"").append(Html.escape(id))
        .append("\" data-perspective=\"").append(perspective == null ? "" : Html.escape(perspective))
        .append("\" data-csrf=\"").append(Html.escape(session.csrf())).append("\" data-lang=\"").append(lang.code())
        .append("\" data-elements=\"").append(Html.escape(json(ids))).append("\" data-texts=\"")
        .append(Html.escape(texts(lang))).append("\">");
    main.append("<h2>").append(Layout.t(lang, "ahp.page.mine")).append("</h2><p class=\"meta\">")
        .append(Layout.t(lang, "ahp.page.intro")).append("</p><div class=\"ahp-grid\"><ol class=\"ahp-pairs\">");
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int position = position(mine[i][j]);
        String sid = "s-" + i + "-" + j;
        main.append("<li class=\"ahp-pair\" id=\"pair-").append(i).append('-').append(j).append("\" data-i=\"").append(i)
            .append("\" data-j=\"").append(j).append("\"><div class=\"ahp-ends\"><span class=\"ahp-a\">")
            .append(Html.escape(names.get(i))).append("</span><span class=\"ahp-b\">").append(Html.escape(names.get(j)))
            .append("</span></div><label class=\"sr\" for=\"").append(sid).append("\">")
            .append(Html.escape(Message.of("ahp.page.pair_label", names.get(i), names.get(j)).in(lang)))
            .append("</label><input type=\"range\" class=\"ahp-slider\" id=\"").append(sid)
            .append("\" min=\"-8\" max=\"8\" step=\"1\" value=\"").append(position).append("\" aria-valuetext=\"")
            .append(Html.escape(say(lang, names.get(i), names.get(j), position))).append("\">")
            .append("<div class=\"ahp-scale\" aria-hidden=\"true\"><span>9</span><span>7</span><span>5</span><span>3</span>"
                + "<span>1</span><span>3</span><span>5</span><span>7</span><span>9</span></div>")
            .append("<output class=\"ahp-say\" for=\"").append(sid).append("\">")
            .append(Html.escape(say(lang, names.get(i), names.get(j), position))).append("</output>")
            .append("<p class=\"ahp-flag\"").append(isWorst(now.worst(), i, j) ? "" : " hidden").append(">")
            .append(Layout.t(lang, "ahp.page.worst_flag")).append(" <span class=\"ahp-flag-detail\">")
            .append(isWorst(now.worst(), i, j) ? Html.escape(worstDetail(lang, now.worst())) : "").append("</span></p></li>");
      }
    }
    main.append("</ol><div class=\"ahp-live\" aria-live=\"polite\"><h3>").append(Layout.t(lang, "ahp.page.weights"))
        .append("</h3>");
    weightsTable(main, "ahp-weights", names, now.result(), lang);
    main.append("<p class=\"ahp-cr\" id=\"ahp-cr\">").append(Html.escape(crText(lang, now.result()))).append("</p>")
        .append("<button type=\"button\" id=\"ahp-save\">").append(Layout.t(lang, "ahp.page.save")).append("</button>")
        .append("<p id=\"ahp-status\" class=\"meta\" role=\"status\"></p></div></div></section>");
    group(main, v, names, lang, id, perspective, session, editor);
    Layout.render(ctx, 200, lang, Layout.text(lang, "ahp.page.title"), session, main.toString(),
        List.of("ahp.js", "ahp.css"));
  }

  private void group(StringBuilder main, Judgements.View v, List<String> names, Language lang, String id,
      String perspective, Sessions.Session session, boolean editor) {
    main.append("<section class=\"panel\" id=\"ahp-group\"><h2>").append(Layout.t(lang, "ahp.page.group")).append("</h2>");
    GroupJudgement g = v.group();
    if (g == null) {
      main.append("<p>").append(Layout.t(lang, "ahp.page.no_respondents")).append("</p></section>");
      return;
    }
    main.append("<p id=\"ahp-respondents\">").append(Html.escape(Message.of("ahp.page.respondents",
        g.respondents().size()).in(lang))).append(": ");
    List<String> who = new ArrayList<>();
    for (RespondentResult r : g.respondents()) {
      who.add(r.name() + " (CR " + Numbers.format(lang, r.cr(), 3, 3) + ")");
    }
    main.append(Html.escape(String.join(", ", who))).append("</p>");
    weightsTable(main, "ahp-group-weights", names, g.result(), lang);
    main.append("<p class=\"ahp-cr\" id=\"ahp-group-cr\">").append(Html.escape(crText(lang, g.result()))).append("</p>");
    if (v.groupWorst() != null) {
      main.append("<p class=\"meta\">").append(Layout.t(lang, "ahp.page.worst_flag")).append(' ')
          .append(Html.escape(names.get(v.groupWorst().row()) + " ↔ " + names.get(v.groupWorst().column()) + ": "
              + worstDetail(lang, v.groupWorst()))).append("</p>");
    }
    if (editor) {
      main.append("<form method=\"post\" action=\"/scorecards/").append(Html.escape(Html.url(id)))
          .append("/ahp/apply?lang=").append(lang.code()).append("\"><input type=\"hidden\" name=\"_csrf\" value=\"")
          .append(Html.escape(session.csrf())).append("\"><input type=\"hidden\" name=\"perspective\" value=\"")
          .append(perspective == null ? "" : Html.escape(perspective)).append("\"><p class=\"meta\">")
          .append(Layout.t(lang, "ahp.page.apply_hint")).append("</p><button type=\"submit\" id=\"ahp-apply\">")
          .append(Layout.t(lang, "ahp.page.apply")).append("</button></form>");
    }
    main.append("</section>");
  }

  private static void levels(StringBuilder main, String id, List<Perspective> perspectives, String chosen, Language lang) {
    main.append("<nav class=\"ahp-levels\" aria-label=\"").append(Layout.t(lang, "ahp.page.levels")).append("\"><ul>");
    main.append(levelLink(id, null, Layout.text(lang, "ahp.page.level_perspectives"), chosen == null, lang));
    for (Perspective p : perspectives) {
      if (p.allIndicators().size() >= 2) {
        main.append(levelLink(id, p.id(), p.name(), p.id().equals(chosen), lang));
      }
    }
    main.append("</ul></nav>");
  }

  private static String levelLink(String id, String perspective, String label, boolean current, Language lang) {
    return "<li><a href=\"/scorecards/" + Html.escape(Html.url(id)) + "/ahp?lang=" + lang.code()
        + (perspective == null ? "" : "&amp;perspective=" + Html.escape(Html.url(perspective))) + "\""
        + (current ? " aria-current=\"page\"" : "") + ">" + Html.escape(label) + "</a></li>";
  }

  private static void weightsTable(StringBuilder main, String tableId, List<String> names, AhpResult r, Language lang) {
    main.append("<table class=\"ahp-weights\" id=\"").append(tableId).append("\"><thead><tr><th scope=\"col\">")
        .append(Layout.t(lang, "report.ahp.element")).append("</th><th scope=\"col\">")
        .append(Layout.t(lang, "report.ahp.weight")).append("</th></tr></thead><tbody>");
    List<Double> w = new ArrayList<>(r.weights().values());
    for (int k = 0; k < names.size(); k++) {
      main.append("<tr><th scope=\"row\">").append(Html.escape(names.get(k))).append("</th><td><span class=\"ahp-bar\""
          + " style=\"width:").append(String.format(java.util.Locale.ROOT, "%.1f", w.get(k) * 100))
          .append("%\"></span><span class=\"ahp-w\">").append(Numbers.format(lang, w.get(k) * 100, 1, 1)).append(" %</span></td></tr>");
    }
    main.append("</tbody></table>");
  }

  private boolean canEdit(User user, String id) {
    try {
      s.scorecards().get(user, id, Role.EDITOR);
      return true;
    } catch (Refused e) {
      return false;
    }
  }

  /** Slider position −8 … 8 of a judgement: left (negative) when the row element is the more important. */
  static int position(double aij) {
    if (aij >= 1) {
      return -(int) Math.round(Math.min(aij, 9) - 1);
    }
    return (int) Math.round(Math.min(1 / aij, 9) - 1);
  }

  private static double[][] ones(int n) {
    double[][] m = new double[n][n];
    for (double[] row : m) {
      java.util.Arrays.fill(row, 1);
    }
    return m;
  }

  private static boolean isWorst(Judgements.Worst w, int i, int j) {
    return w != null && w.row() == i && w.column() == j;
  }

  static String say(Language lang, String a, String b, int position) {
    if (position == 0) {
      return Message.of("ahp.page.equal", a, b).in(lang);
    }
    int k = Math.abs(position) + 1;
    String strength = Messages.text(lang, "ahp.scale." + k);
    return position < 0 ? Message.of("ahp.page.more", a, b, strength, k).in(lang)
        : Message.of("ahp.page.more", b, a, strength, k).in(lang);
  }

  private static String crText(Language lang, AhpResult r) {
    return Message.of("ahp.page.cr", Numbers.format(lang, r.lambdaMax(), 3, 3), Numbers.format(lang, r.ci(), 3, 3),
        Numbers.format(lang, r.cr(), 3, 3), Messages.text(lang, r.consistent() ? "ahp.page.consistent" : "ahp.page.inconsistent")).in(lang);
  }

  private static String worstDetail(Language lang, Judgements.Worst w) {
    return Message.of("ahp.page.worst_detail", Numbers.format(lang, w.judged(), 2, 2),
        Numbers.format(lang, w.implied(), 2, 2)).in(lang);
  }

  /** The texts the script needs, in the page's language. */
  private static String texts(Language lang) {
    ObjectNode t = JsonIn.MAPPER.createObjectNode();
    for (String key : List.of("ahp.page.equal", "ahp.page.more", "ahp.page.cr", "ahp.page.consistent",
        "ahp.page.inconsistent", "ahp.page.worst_detail", "ahp.page.saved", "ahp.page.save_failed")) {
      t.put(key.substring(key.lastIndexOf('.') + 1), Message.of(key, "{0}", "{1}", "{2}", "{3}").in(lang));
    }
    ObjectNode scale = t.putObject("scale");
    for (int k = 2; k <= 9; k++) {
      scale.put(String.valueOf(k), Messages.text(lang, "ahp.scale." + k));
    }
    return t.toString();
  }

  private static String json(List<String> list) {
    ArrayNode a = JsonIn.MAPPER.createArrayNode();
    list.forEach(a::add);
    return a.toString();
  }
}

package io.kinerja.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problem;
import io.kinerja.core.problem.Problems;
import io.kinerja.core.survey.Likert;
import io.kinerja.core.text.Language;
import io.kinerja.core.text.Message;
import io.kinerja.core.text.Numbers;
import io.kinerja.server.auth.Role;
import io.kinerja.server.auth.Sessions;
import io.kinerja.server.auth.User;
import io.kinerja.server.error.Refused;
import io.kinerja.server.questionnaires.Questionnaires;
import io.kinerja.server.questionnaires.Questionnaires.Questionnaire;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Questionnaires: an editor publishes one for a scorecard's survey and hands out links; a respondent opens
 * {@code /q/TOKEN} without an account and answers once; the editor's page shows the responses, per-item
 * totals, mean, index and class. The token routes are public but see only their own questionnaire's
 * questions: never its results, never another link.
 */
final class QuestionnairePages {

  private final Services s;
  private final Callers callers;
  private final Questionnaires questionnaires;

  QuestionnairePages(Services services, Callers callers) {
    this.s = services;
    this.callers = callers;
    this.questionnaires = new Questionnaires(services.store(), Clock.systemUTC(), services.scorecards());
  }

  void register(Routes r) {
    r.get(Api.V1 + "/scorecards/{id}/questionnaires", this::list);
    r.post(Api.V1 + "/scorecards/{id}/questionnaires", this::create);
    r.get(Api.V1 + "/questionnaires/{q}", this::tally);
    r.post(Api.V1 + "/questionnaires/{q}/links", this::links);
    r.delete(Api.V1 + "/questionnaires/{q}/links/{link}", this::revoke);
    r.post(Api.V1 + "/questionnaires/{q}/close", this::close);
    r.get(Api.V1 + "/respond/{token}", this::questions);
    r.post(Api.V1 + "/respond/{token}", this::respond);
    r.get("/scorecards/{id}/questionnaires", ctx -> AhpPages.signedIn(ctx, callers, this::listPage));
    r.post("/scorecards/{id}/questionnaires", ctx -> AhpPages.signedIn(ctx, callers, this::createFromPage));
    r.get("/scorecards/{id}/questionnaires/{q}", ctx -> AhpPages.signedIn(ctx, callers, (c, x) -> tallyPage(c, x, null)));
    r.post("/scorecards/{id}/questionnaires/{q}/links", ctx -> AhpPages.signedIn(ctx, callers, this::linksFromPage));
    r.post("/scorecards/{id}/questionnaires/{q}/links/{link}/revoke",
        ctx -> AhpPages.signedIn(ctx, callers, this::revokeFromPage));
    r.post("/scorecards/{id}/questionnaires/{q}/close", ctx -> AhpPages.signedIn(ctx, callers, this::closeFromPage));
    r.get("/q/{token}", this::answerPage);
    r.post("/q/{token}", this::answerFromPage);
  }

  // --- API for editors and viewers

  private void list(Context ctx) {
    User caller = callers.require(ctx);
    ArrayNode out = JsonIn.MAPPER.createArrayNode();
    questionnaires.list(caller, ctx.pathParam("id")).forEach(q -> out.add(describe(q)));
    ctx.json(out);
  }

  private void create(Context ctx) {
    User caller = callers.require(ctx);
    String id = ctx.pathParam("id");
    s.scorecards().get(caller, id, Role.EDITOR); // refused before the body is read
    JsonNode body = JsonIn.body(ctx);
    Problems problems = new Problems();
    JsonIn in = JsonIn.object(body, problems, "survey", "period", "title", "questions", "scale_min", "scale_max");
    String survey = in.text("survey", true);
    String period = in.text("period", true);
    String title = in.text("title", false);
    List<String> questions = null;
    JsonNode qs = body.get("questions");
    if (qs != null && !qs.isNull()) {
      if (!qs.isArray()) {
        problems.error(Location.field("questions"), "ahp.page.not_a_list", "questions");
      } else {
        questions = new ArrayList<>();
        for (int k = 0; k < qs.size(); k++) {
          if (!qs.get(k).isTextual()) {
            problems.error(Location.field("questions[" + k + "]"), "server.json_not_text", "questions[" + k + "]");
          }
          questions.add(qs.get(k).asText());
        }
      }
    }
    Integer min = whole(in, "scale_min", problems);
    Integer max = whole(in, "scale_max", problems);
    JsonIn.throwIfErrors(problems);
    Questionnaire q = questionnaires.create(caller, id, survey, period, title, questions, min, max);
    ctx.status(201).header("Location", Api.V1 + "/questionnaires/" + q.id()).json(describe(q));
  }

  private static Integer whole(JsonIn in, String field, Problems problems) {
    Double v = in.number(field, false);
    if (v == null) {
      return null;
    }
    if (v != Math.rint(v) || Math.abs(v) > 1000) {
      problems.error(in.at(field), "server.not_whole_number", v);
      return null;
    }
    return v.intValue();
  }

  private void tally(Context ctx) {
    User caller = callers.require(ctx);
    Questionnaires.Tally t = questionnaires.tally(caller, ctx.pathParam("q"));
    ObjectNode out = describe(t.questionnaire());
    out.put("responses", t.responses());
    ArrayNode items = out.putArray("items");
    for (Questionnaires.Item item : t.items()) {
      ObjectNode o = items.addObject().put("question", item.question()).put("total", item.total());
      ObjectNode counts = o.putObject("counts");
      for (int k = 0; k < item.counts().length; k++) {
        counts.put(String.valueOf(t.questionnaire().scaleMin() + k), item.counts()[k]);
      }
    }
    Likert l = t.likert();
    if (l == null) {
      out.putNull("likert");
    } else {
      out.putObject("likert").put("respondents", l.respondents()).put("questions", l.questions()).put("total", l.total())
          .put("mean", l.mean()).put("index", l.index()).put("class", l.className(Languages.forMessages(ctx)));
    }
    ObjectNode links = out.putObject("links");
    links.put("issued", t.links().size())
        .put("answered", t.links().stream().filter(x -> x.answeredAt() != null).count())
        .put("revoked", t.links().stream().filter(x -> x.revokedAt() != null).count());
    ctx.json(out);
  }

  private void links(Context ctx) {
    User caller = callers.require(ctx);
    questionnaires.get(caller, ctx.pathParam("q"), Role.EDITOR);
    JsonNode body = JsonIn.body(ctx);
    Problems problems = new Problems();
    JsonIn in = JsonIn.object(body, problems, "count");
    Integer count = whole(in, "count", problems);
    if (count == null && !problems.hasErrors()) {
      problems.error(Location.field("count"), "server.field_required", "count");
    }
    JsonIn.throwIfErrors(problems);
    ArrayNode out = JsonIn.MAPPER.createArrayNode();
    for (Questionnaires.Issued issued : questionnaires.issue(caller, ctx.pathParam("q"), count)) {
      out.addObject().put("id", issued.id()).put("token", issued.token()).put("path", "/q/" + issued.token());
    }
    ctx.status(201).json(JsonIn.MAPPER.createObjectNode().set("links", out));
  }

  private void revoke(Context ctx) {
    questionnaires.revoke(callers.require(ctx), ctx.pathParam("q"), ctx.pathParam("link"));
    ctx.status(204);
  }

  private void close(Context ctx) {
    ctx.json(describe(questionnaires.close(callers.require(ctx), ctx.pathParam("q"))));
  }

  private static ObjectNode describe(Questionnaire q) {
    ObjectNode o = JsonIn.MAPPER.createObjectNode().put("id", q.id()).put("scorecard", q.scorecard())
        .put("survey", q.survey()).put("period", q.period()).put("title", q.title());
    ArrayNode questions = o.putArray("questions");
    q.questions().forEach(questions::add);
    o.put("scale_min", q.scaleMin()).put("scale_max", q.scaleMax()).put("created_by", q.createdBy())
        .put("created_at", Instant.ofEpochMilli(q.createdAt()).toString()).put("open", q.open());
    return o;
  }

  // --- API for respondents: public, scoped to the token

  private void questions(Context ctx) {
    Questionnaire q = questionnaires.byToken(ctx.pathParam("token"));
    ObjectNode o = JsonIn.MAPPER.createObjectNode().put("title", q.title());
    ArrayNode questions = o.putArray("questions");
    q.questions().forEach(questions::add);
    o.put("scale_min", q.scaleMin()).put("scale_max", q.scaleMax());
    ctx.json(o);
  }

  private void respond(Context ctx) {
    String token = ctx.pathParam("token");
    questionnaires.byToken(token); // a used or unknown token is told so before its body is read
    JsonNode body = JsonIn.body(ctx);
    Problems problems = new Problems();
    JsonIn.object(body, problems, "answers");
    JsonNode answers = body.get("answers");
    List<Integer> values = new ArrayList<>();
    List<Location> where = new ArrayList<>();
    if (answers == null || !answers.isArray()) {
      problems.error(Location.field("answers"), answers == null ? "server.field_required" : "ahp.page.not_a_list",
          "answers");
    } else {
      for (int k = 0; k < answers.size(); k++) {
        JsonNode a = answers.get(k);
        Location at = Location.field("answers[" + k + "]");
        where.add(at);
        if (a.isNull()) {
          values.add(null);
        } else if (!a.isIntegralNumber() || !a.canConvertToInt()) {
          problems.error(at, "questionnaire.answer_not_whole", k + 1, a.toString());
          values.add(Integer.MIN_VALUE);
        } else {
          values.add(a.asInt());
        }
      }
    }
    JsonIn.throwIfErrors(problems);
    questionnaires.answer(token, values, where, problems);
    ctx.status(201).json(JsonIn.MAPPER.createObjectNode().put("recorded", true));
  }

  // --- pages for editors and viewers

  private void listPage(Context ctx, Sessions.Session session) {
    String id = ctx.pathParam("id");
    User user = session.user();
    var prepared = s.scorecards().version(user, id, null);
    Language lang = Languages.forPage(ctx, prepared.document().scorecard().language());
    List<Questionnaire> all = questionnaires.list(user, id);
    StringBuilder main = new StringBuilder(8192);
    back(main, "/scorecards/" + Html.url(id), "ahp.page.back", lang);
    main.append("<h1>").append(Layout.t(lang, "questionnaire.page.title")).append(" — ")
        .append(Html.escape(prepared.document().scorecard().name())).append("</h1>");
    main.append("<section class=\"panel\"><h2>").append(Layout.t(lang, "questionnaire.page.published")).append("</h2>");
    if (all.isEmpty()) {
      main.append("<p>").append(Layout.t(lang, "questionnaire.page.none")).append("</p>");
    } else {
      main.append("<ul class=\"q-list\">");
      for (Questionnaire q : all) {
        main.append("<li><a href=\"/scorecards/").append(Html.escape(Html.url(id))).append("/questionnaires/")
            .append(Html.escape(Html.url(q.id()))).append("?lang=").append(lang.code()).append("\">")
            .append(Html.escape(q.title())).append("</a> <span class=\"meta\">").append(Html.escape(q.survey()))
            .append(" · ").append(Html.escape(q.period())).append(" · ")
            .append(Layout.t(lang, q.open() ? "questionnaire.page.open" : "questionnaire.page.closed"))
            .append("</span></li>");
      }
      main.append("</ul>");
    }
    main.append("</section>");
    if (canEdit(user, id)) {
      createForm(main, id, prepared, session, lang);
    }
    Layout.render(ctx, 200, lang, Layout.text(lang, "questionnaire.page.title"), session, main.toString(),
        List.of("questionnaire.css"));
  }

  private void createForm(StringBuilder main, String id, io.kinerja.server.scorecards.Library.Prepared prepared,
      Sessions.Session session, Language lang) {
    List<String> surveys = new ArrayList<>(prepared.loaded().data().surveys().questionnaires());
    String current = prepared.document().scorecard().current() == null ? ""
        : prepared.document().scorecard().current().name();
    main.append("<section class=\"panel\"><h2>").append(Layout.t(lang, "questionnaire.page.new")).append("</h2>")
        .append("<form method=\"post\" class=\"q-form\" action=\"/scorecards/").append(Html.escape(Html.url(id)))
        .append("/questionnaires?lang=").append(lang.code()).append("\"><input type=\"hidden\" name=\"_csrf\" value=\"")
        .append(Html.escape(session.csrf())).append("\">")
        .append("<label for=\"q-survey\">").append(Layout.t(lang, "questionnaire.page.survey")).append("</label>")
        .append("<input id=\"q-survey\" name=\"survey\" required list=\"q-surveys\" value=\"")
        .append(surveys.isEmpty() ? "" : Html.escape(surveys.get(0))).append("\"><datalist id=\"q-surveys\">");
    surveys.forEach(x -> main.append("<option value=\"").append(Html.escape(x)).append("\">"));
    main.append("</datalist><label for=\"q-period\">").append(Layout.t(lang, "questionnaire.page.period"))
        .append("</label><input id=\"q-period\" name=\"period\" required value=\"").append(Html.escape(current)).append("\">")
        .append("<label for=\"q-title\">").append(Layout.t(lang, "questionnaire.page.title_field"))
        .append("</label><input id=\"q-title\" name=\"title\" required>")
        .append("<label for=\"q-questions\">").append(Layout.t(lang, "questionnaire.page.questions"))
        .append("</label><textarea id=\"q-questions\" name=\"questions\" rows=\"6\" aria-describedby=\"q-questions-hint\">"
            + "</textarea><p class=\"meta\" id=\"q-questions-hint\">").append(Layout.t(lang, "questionnaire.page.questions_hint"))
        .append("</p><div class=\"q-scale\"><span><label for=\"q-min\">").append(Layout.t(lang, "questionnaire.page.scale_min"))
        .append("</label><input id=\"q-min\" name=\"scale_min\" type=\"number\" step=\"1\"></span><span><label for=\"q-max\">")
        .append(Layout.t(lang, "questionnaire.page.scale_max"))
        .append("</label><input id=\"q-max\" name=\"scale_max\" type=\"number\" step=\"1\"></span></div><p class=\"meta\">")
        .append(Layout.t(lang, "questionnaire.page.scale_hint")).append("</p><button type=\"submit\" id=\"q-create\">")
        .append(Layout.t(lang, "questionnaire.page.publish")).append("</button></form></section>");
  }

  private void createFromPage(Context ctx, Sessions.Session session) {
    User caller = callers.require(ctx);
    String id = ctx.pathParam("id");
    String text = ctx.formParam("questions");
    List<String> questions = text == null || text.isBlank() ? null
        : Arrays.stream(text.split("\\R")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    Questionnaire q = questionnaires.create(caller, id, blankToNull(ctx.formParam("survey")),
        blankToNull(ctx.formParam("period")), blankToNull(ctx.formParam("title")), questions,
        formWhole(ctx, "scale_min"), formWhole(ctx, "scale_max"));
    ctx.redirect("/scorecards/" + Html.url(id) + "/questionnaires/" + Html.url(q.id()) + "?lang="
        + Languages.forMessages(ctx).code(), HttpStatus.SEE_OTHER);
  }

  private static Integer formWhole(Context ctx, String field) {
    String v = blankToNull(ctx.formParam(field));
    if (v == null) {
      return null;
    }
    try {
      return Integer.valueOf(v.strip());
    } catch (NumberFormatException e) {
      throw InvalidInputException.of(Location.field(field), "server.not_whole_number", v);
    }
  }

  private static String blankToNull(String v) {
    return v == null || v.isBlank() ? null : v;
  }

  /** The questionnaire of this scorecard (one of another scorecard is refused like one that does not exist). */
  private Questionnaires.Tally tallyOf(Context ctx, User user) {
    Questionnaires.Tally t = questionnaires.tally(user, ctx.pathParam("q"));
    if (!t.questionnaire().scorecard().equals(ctx.pathParam("id"))) {
      throw Refused.forbidden();
    }
    return t;
  }

  private void tallyPage(Context ctx, Sessions.Session session, List<Questionnaires.Issued> issued) {
    String id = ctx.pathParam("id");
    User user = session.user();
    Questionnaires.Tally t = tallyOf(ctx, user);
    var prepared = s.scorecards().version(user, id, null);
    Language lang = Languages.forPage(ctx, prepared.document().scorecard().language());
    Questionnaire q = t.questionnaire();
    String base = "/scorecards/" + Html.url(id) + "/questionnaires/" + Html.url(q.id());
    StringBuilder main = new StringBuilder(8192);
    back(main, "/scorecards/" + Html.url(id) + "/questionnaires", "questionnaire.page.back", lang);
    main.append("<h1>").append(Html.escape(q.title())).append("</h1><p class=\"meta\">")
        .append(Html.escape(q.survey() + " · " + q.period() + " · " + q.scaleMin() + "–" + q.scaleMax())).append(" · ")
        .append(Layout.t(lang, q.open() ? "questionnaire.page.open" : "questionnaire.page.closed")).append("</p>");
    if (issued != null) {
      main.append("<section class=\"panel q-new-links\"><h2>").append(Layout.t(lang, "questionnaire.page.new_links"))
          .append("</h2><p class=\"meta\">").append(Layout.t(lang, "questionnaire.page.new_links_hint")).append("</p><ol>");
      String origin = ctx.scheme() + "://" + ctx.host();
      issued.forEach(i -> main.append("<li><a class=\"q-link\" href=\"/q/").append(Html.escape(i.token())).append("\">")
          .append(Html.escape(origin + "/q/" + i.token())).append("</a></li>"));
      main.append("</ol></section>");
    }
    main.append("<section class=\"panel\"><h2>").append(Layout.t(lang, "questionnaire.page.results")).append("</h2>")
        .append("<p id=\"q-responses\">").append(Html.escape(Message.of("questionnaire.page.responses", t.responses()).in(lang)))
        .append("</p>");
    Likert l = t.likert();
    if (l != null) {
      main.append("<dl class=\"q-summary\"><dt>").append(Layout.t(lang, "questionnaire.page.total")).append("</dt><dd id=\"q-total\">")
          .append(Numbers.format(lang, l.total(), 0, 2)).append("</dd><dt>").append(Layout.t(lang, "questionnaire.page.mean"))
          .append("</dt><dd id=\"q-mean\">").append(Numbers.format(lang, l.mean(), 2, 2)).append("</dd><dt>")
          .append(Layout.t(lang, "questionnaire.page.index")).append("</dt><dd id=\"q-index\">")
          .append(Numbers.format(lang, l.index(), 2, 2)).append(" %</dd><dt>").append(Layout.t(lang, "questionnaire.page.class"))
          .append("</dt><dd id=\"q-class\">").append(Html.escape(l.className(lang))).append("</dd></dl>");
    }
    main.append("<p class=\"meta\" id=\"q-per-item\">").append(Layout.t(lang, "questionnaire.page.per_item"))
        .append("</p><div class=\"q-table\"><table aria-describedby=\"q-per-item\"><thead><tr><th scope=\"col\">#</th><th scope=\"col\">")
        .append(Layout.t(lang, "questionnaire.page.question")).append("</th>");
    for (int v = q.scaleMin(); v <= q.scaleMax(); v++) {
      main.append("<th scope=\"col\" class=\"num\">").append(v).append("</th>");
    }
    main.append("<th scope=\"col\" class=\"num\">").append(Layout.t(lang, "questionnaire.page.total")).append("</th></tr></thead><tbody>");
    for (int k = 0; k < t.items().size(); k++) {
      Questionnaires.Item item = t.items().get(k);
      main.append("<tr><td>").append(k + 1).append("</td><th scope=\"row\">").append(Html.escape(item.question())).append("</th>");
      for (long c : item.counts()) {
        main.append("<td class=\"num\">").append(c).append("</td>");
      }
      main.append("<td class=\"num\">").append(Numbers.format(lang, item.total(), 0, 2)).append("</td></tr>");
    }
    main.append("</tbody></table></div></section>");
    boolean editor = canEdit(user, id);
    main.append("<section class=\"panel\"><h2>").append(Layout.t(lang, "questionnaire.page.links")).append("</h2><p id=\"q-link-counts\">")
        .append(Html.escape(Message.of("questionnaire.page.link_counts", t.links().size(),
            t.links().stream().filter(x -> x.answeredAt() != null).count(),
            t.links().stream().filter(x -> x.revokedAt() != null).count()).in(lang))).append("</p>");
    if (editor && q.open()) {
      main.append("<form method=\"post\" class=\"q-inline\" action=\"").append(Html.escape(base)).append("/links?lang=")
          .append(lang.code()).append("\">").append(csrf(session)).append("<label for=\"q-count\">")
          .append(Layout.t(lang, "questionnaire.page.how_many")).append("</label><input id=\"q-count\" name=\"count\" type=\"number\""
              + " min=\"1\" max=\"" + Questionnaires.MOST_LINKS + "\" value=\"5\" required><button type=\"submit\" id=\"q-make-links\">")
          .append(Layout.t(lang, "questionnaire.page.make_links")).append("</button></form>");
    }
    if (!t.links().isEmpty()) {
      main.append("<ul class=\"q-links\">");
      for (Questionnaires.Link link : t.links()) {
        String state = link.answeredAt() != null ? "questionnaire.page.link_answered"
            : link.revokedAt() != null ? "questionnaire.page.link_revoked" : "questionnaire.page.link_waiting";
        main.append("<li><code>").append(Html.escape(link.id())).append("</code> ").append(Layout.t(lang, state));
        if (editor && link.answeredAt() == null && link.revokedAt() == null) {
          main.append(" <form method=\"post\" class=\"q-inline\" action=\"").append(Html.escape(base)).append("/links/")
              .append(Html.escape(Html.url(link.id()))).append("/revoke?lang=").append(lang.code()).append("\">")
              .append(csrf(session)).append("<button type=\"submit\" class=\"q-revoke\" aria-label=\"")
              .append(Html.escape(Message.of("questionnaire.page.revoke_label", link.id()).in(lang))).append("\">")
              .append(Layout.t(lang, "questionnaire.page.revoke")).append("</button></form>");
        }
        main.append("</li>");
      }
      main.append("</ul>");
    }
    if (editor && q.open()) {
      main.append("<form method=\"post\" action=\"").append(Html.escape(base)).append("/close?lang=").append(lang.code())
          .append("\">").append(csrf(session)).append("<button type=\"submit\" id=\"q-close\">")
          .append(Layout.t(lang, "questionnaire.page.close")).append("</button></form>");
    }
    main.append("</section>");
    Layout.render(ctx, 200, lang, q.title(), session, main.toString(), List.of("questionnaire.css"));
  }

  private void linksFromPage(Context ctx, Sessions.Session session) {
    User caller = callers.require(ctx);
    tallyOf(ctx, caller);
    Integer count = formWhole(ctx, "count");
    if (count == null) {
      throw InvalidInputException.of(Location.field("count"), "server.field_required", "count");
    }
    List<Questionnaires.Issued> issued = questionnaires.issue(caller, ctx.pathParam("q"), count);
    tallyPage(ctx, session, issued); // the tokens are shown this once, never stored
  }

  private void revokeFromPage(Context ctx, Sessions.Session session) {
    User caller = callers.require(ctx);
    tallyOf(ctx, caller);
    questionnaires.revoke(caller, ctx.pathParam("q"), ctx.pathParam("link"));
    backToTally(ctx);
  }

  private void closeFromPage(Context ctx, Sessions.Session session) {
    User caller = callers.require(ctx);
    tallyOf(ctx, caller);
    questionnaires.close(caller, ctx.pathParam("q"));
    backToTally(ctx);
  }

  private static void backToTally(Context ctx) {
    ctx.redirect("/scorecards/" + Html.url(ctx.pathParam("id")) + "/questionnaires/" + Html.url(ctx.pathParam("q"))
        + "?lang=" + Languages.forMessages(ctx).code(), HttpStatus.SEE_OTHER);
  }

  // --- pages for respondents: no account, the token is the only key

  private void answerPage(Context ctx) {
    Language lang = Languages.forMessages(ctx);
    try {
      Questionnaire q = questionnaires.byToken(ctx.pathParam("token"));
      form(ctx, 200, lang, q, Map.of(), List.of());
    } catch (Refused e) {
      unavailable(ctx, lang, e);
    }
  }

  private void answerFromPage(Context ctx) {
    Language lang = Languages.forMessages(ctx);
    String token = ctx.pathParam("token");
    Questionnaire q;
    try {
      q = questionnaires.byToken(token);
    } catch (Refused e) {
      unavailable(ctx, lang, e);
      return;
    }
    List<Integer> values = new ArrayList<>();
    List<Location> where = new ArrayList<>();
    Map<String, List<String>> form = ctx.formParamMap();
    Problems problems = new Problems();
    for (int k = 0; k < q.questions().size(); k++) {
      String field = "a" + (k + 1);
      where.add(Location.field(field));
      List<String> given = form.getOrDefault(field, List.of());
      if (given.isEmpty() || given.get(0).isBlank()) {
        values.add(null);
        continue;
      }
      try {
        values.add(Integer.valueOf(given.get(0).strip()));
      } catch (NumberFormatException e) {
        problems.error(Location.field(field), "questionnaire.answer_not_whole", k + 1, given.get(0));
        values.add(Integer.MIN_VALUE);
      }
    }
    try {
      problems.throwIfErrors();
      questionnaires.answer(token, values, where, problems);
    } catch (InvalidInputException e) {
      form(ctx, 422, lang, q, form, e.problems());
      return;
    } catch (Refused e) {
      unavailable(ctx, lang, e);
      return;
    }
    Layout.render(ctx, 200, lang, Layout.text(lang, "questionnaire.page.thanks_title"), null,
        "<section class=\"panel q-thanks\"><h1>" + Layout.t(lang, "questionnaire.page.thanks_title") + "</h1><p>"
            + Layout.t(lang, "questionnaire.page.thanks") + "</p></section>", List.of("questionnaire.css"));
  }

  private static void form(Context ctx, int status, Language lang, Questionnaire q, Map<String, List<String>> given,
      List<Problem> problems) {
    String token = ctx.pathParam("token");
    StringBuilder main = new StringBuilder(8192);
    main.append("<h1>").append(Html.escape(q.title())).append("</h1><p class=\"meta\">")
        .append(Html.escape(Message.of("questionnaire.page.respondent_intro", q.scaleMin(), q.scaleMax()).in(lang)))
        .append("</p>");
    if (!problems.isEmpty()) {
      main.append("<div class=\"panel q-errors\" role=\"alert\" id=\"q-errors\"><p>")
          .append(Layout.t(lang, "questionnaire.page.fix")).append("</p><ul>");
      problems.forEach(p -> main.append("<li>").append(Html.escape(p.message().in(lang))).append("</li>"));
      main.append("</ul></div>");
    }
    main.append("<form method=\"post\" class=\"q-answer\" action=\"/q/").append(Html.escape(token)).append("?lang=")
        .append(lang.code()).append("\">");
    for (int k = 0; k < q.questions().size(); k++) {
      String field = "a" + (k + 1);
      String chosen = given.getOrDefault(field, List.of("")).stream().findFirst().orElse("");
      main.append("<fieldset class=\"panel q-item\"><legend><span class=\"q-no\">").append(k + 1).append(".</span> ")
          .append(Html.escape(q.questions().get(k))).append("</legend><div class=\"q-options\">");
      for (int v = q.scaleMin(); v <= q.scaleMax(); v++) {
        String id = field + "-" + v;
        main.append("<span class=\"q-option\"><input type=\"radio\" name=\"").append(field).append("\" id=\"").append(id)
            .append("\" value=\"").append(v).append("\" required").append(chosen.equals(String.valueOf(v)) ? " checked" : "")
            .append("><label for=\"").append(id).append("\">").append(v).append(scaleWord(lang, q, v)).append("</label></span>");
      }
      main.append("</div></fieldset>");
    }
    main.append("<button type=\"submit\" id=\"q-submit\">").append(Layout.t(lang, "questionnaire.page.submit"))
        .append("</button></form>");
    Layout.render(ctx, status, lang, q.title(), null, main.toString(), List.of("questionnaire.css"));
  }

  /** The ends of the scale in words on a five-point scale (disagree … agree); other scales show the numbers. */
  private static String scaleWord(Language lang, Questionnaire q, int v) {
    if (q.scaleMax() - q.scaleMin() != 4) {
      return "";
    }
    return "<span class=\"q-word\"> " + Layout.t(lang, "questionnaire.scale." + (v - q.scaleMin())) + "</span>";
  }

  private static void unavailable(Context ctx, Language lang, Refused e) {
    int status = e.reason() == Refused.Reason.CONFLICT ? 409 : 404;
    Layout.render(ctx, status, lang, Layout.text(lang, "questionnaire.page.unavailable_title"), null,
        "<section class=\"panel\"><h1>" + Layout.t(lang, "questionnaire.page.unavailable_title") + "</h1><p role=\"alert\""
            + " id=\"q-unavailable\">" + Html.escape(e.message().in(lang)) + "</p></section>", List.of("questionnaire.css"));
  }

  // --- on the dashboard

  /**
   * The dashboard's panel of the scorecard's questionnaires for the period (the survey file's answers and
   * those given through links together): respondents, total, mean, index and class; empty without any.
   */
  static String surveyPanel(Language lang, String id, JsonNode result) {
    StringBuilder rows = new StringBuilder();
    for (Map.Entry<String, JsonNode> field : result.properties()) {
      if (!field.getKey().startsWith("survey_")) {
        continue;
      }
      JsonNode s = field.getValue();
      rows.append("<tr><th scope=\"row\">").append(Html.escape(field.getKey().substring("survey_".length())))
          .append("</th><td class=\"num\">").append(s.path("respondents").asInt()).append("</td><td class=\"num\">")
          .append(Numbers.format(lang, s.path("total").asDouble(), 0, 2)).append("</td><td class=\"num\">")
          .append(Numbers.format(lang, s.path("mean").asDouble(), 2, 2)).append("</td><td class=\"num\">")
          .append(Numbers.format(lang, s.path("index").asDouble(), 2, 2)).append(" %</td><td>")
          .append(Html.escape(s.path("class").asText())).append("</td></tr>");
    }
    if (rows.length() == 0) {
      return "";
    }
    return "<section class=\"panel\" id=\"surveys\" aria-labelledby=\"surveys-h\"><h2 id=\"surveys-h\">"
        + Layout.t(lang, "questionnaire.page.dashboard_title") + "</h2><div class=\"scroll\"><table><thead><tr>"
        + "<th scope=\"col\">" + Layout.t(lang, "questionnaire.page.survey_column") + "</th><th scope=\"col\" class=\"num\">"
        + Layout.t(lang, "questionnaire.page.respondents") + "</th><th scope=\"col\" class=\"num\">"
        + Layout.t(lang, "questionnaire.page.total") + "</th><th scope=\"col\" class=\"num\">"
        + Layout.t(lang, "questionnaire.page.mean") + "</th><th scope=\"col\" class=\"num\">"
        + Layout.t(lang, "questionnaire.page.index") + "</th><th scope=\"col\">" + Layout.t(lang, "questionnaire.page.class")
        + "</th></tr></thead><tbody>" + rows + "</tbody></table></div><p class=\"meta\"><a href=\"/scorecards/"
        + Html.escape(Html.url(id)) + "/questionnaires?lang=" + lang.code() + "\">"
        + Layout.t(lang, "questionnaire.page.title") + "</a></p></section>";
  }

  // --- small helpers

  private boolean canEdit(User user, String id) {
    try {
      s.scorecards().get(user, id, Role.EDITOR);
      return true;
    } catch (Refused e) {
      return false;
    }
  }

  private static String csrf(Sessions.Session session) {
    return "<input type=\"hidden\" name=\"_csrf\" value=\"" + Html.escape(session.csrf()) + "\">";
  }

  private static void back(StringBuilder main, String href, String key, Language lang) {
    main.append("<p class=\"meta\"><a href=\"").append(Html.escape(href)).append("?lang=").append(lang.code()).append("\">")
        .append(Layout.t(lang, key)).append("</a></p>");
  }
}

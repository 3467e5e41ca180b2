package io.kinerja.server.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problem;
import io.kinerja.core.text.Language;
import io.kinerja.server.auth.Role;
import io.kinerja.server.auth.Sessions;
import io.kinerja.server.auth.User;
import io.kinerja.server.error.Refused;
import io.kinerja.server.scorecards.Drafts;
import io.kinerja.server.scorecards.Library;
import io.kinerja.server.scorecards.Scorecards;
import io.kinerja.server.scorecards.Upload;
import io.kinerja.server.scorecards.VersionDiff;
import io.kinerja.data.yaml.FieldSpans;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The scorecard editor: the scorecard file edited as text, checked as it is typed (the whole document,
 * every formula against the measures the scorecard knows, each problem at its line and column), saved as
 * a new version; the file downloaded and uploaded; and the versions listed with a line diff of any two.
 * Editing the text itself keeps every version byte for byte what its author wrote (comments, layout,
 * flow style), which the server promises to give back. Only a unit's editors and admins may edit;
 * viewers may read the versions and their diffs.
 */
final class Editor {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final Scorecards scorecards;
  private final Drafts drafts;
  private final Callers callers;

  Editor(Scorecards scorecards, Drafts drafts, Callers callers) {
    this.scorecards = scorecards;
    this.drafts = drafts;
    this.callers = callers;
  }

  void register(Routes r) {
    r.post(Api.V1 + "/scorecards/{id}/check", this::check);
    r.get(Api.V1 + "/scorecards/{id}/diff", this::diff);
    r.get("/scorecards/{id}/edit", ctx -> SignedIn.page(callers, ctx, this::editPage));
    r.post("/scorecards/{id}/edit", ctx -> SignedIn.page(callers, ctx, this::save));
    r.post("/scorecards/{id}/upload", ctx -> SignedIn.page(callers, ctx, this::upload));
    r.get("/scorecards/{id}/download", ctx -> SignedIn.page(callers, ctx, this::download));
    r.get("/scorecards/{id}/versions", ctx -> SignedIn.page(callers, ctx, this::versionsPage));
  }

  /** The dashboard's links to the map, the versions and (for editors) the editor. */
  static String links(Scorecards scorecards, User user, String id, String period, Language lang) {
    String base = "/scorecards/" + Html.url(id);
    String q = "?lang=" + lang.code();
    StringBuilder out = new StringBuilder("<nav class=\"scorecard-links\" aria-label=\"")
        .append(Layout.t(lang, "editor.links")).append("\"><a href=\"")
        .append(Html.escape(base + "/map?period=" + Html.url(period) + "&lang=" + lang.code())).append("\">")
        .append(Layout.t(lang, "map.title")).append("</a> · <a href=\"").append(Html.escape(base + "/versions" + q))
        .append("\">").append(Layout.t(lang, "editor.versions")).append("</a>");
    if (mayEdit(scorecards, user, id)) {
      out.append(" · <a href=\"").append(Html.escape(base + "/edit" + q)).append("\">").append(Layout.t(lang, "editor.edit"))
          .append("</a>");
    }
    return out.append("</nav>").toString();
  }

  private static boolean mayEdit(Scorecards scorecards, User user, String id) {
    try {
      scorecards.get(user, id, Role.EDITOR);
      return true;
    } catch (Refused e) {
      return false;
    }
  }

  // --- API

  /** Checks a draft of the scorecard file (the body, YAML) as its next version; stores nothing. */
  private void check(Context ctx) {
    User caller = callers.require(ctx);
    String id = ctx.pathParam("id");
    scorecards.get(caller, id, Role.EDITOR); // refused before the body is read
    Upload draft = Uploads.of(ctx);
    if (!draft.files().isEmpty()) {
      throw InvalidInputException.of(Location.field("body"), "editor.check_yaml_only");
    }
    Drafts.Checked checked = drafts.check(caller, id, draft.yaml());
    Language lang = Languages.forMessages(ctx);
    ObjectNode out = JsonIn.MAPPER.createObjectNode().put("ok", checked.ok());
    ArrayNode problems = out.putArray("problems");
    for (Problem p : checked.problems()) {
      ObjectNode o = problems.addObject().put("level", p.isError() ? "error" : "warning");
      if (p.location().line() > 0) {
        o.put("line", p.location().line()).put("column", Math.max(1, p.location().column()));
      } else {
        o.putNull("line").putNull("column");
      }
      o.put("message", p.message().in(lang)).put("text", p.describe(lang));
    }
    if (checked.scorecard() != null) {
      outline(out.putArray("outline"), checked.scorecard(), draft.yaml());
    }
    ctx.json(out);
  }

  /** The draft's perspectives, objectives (with their causes) and indicators (with their formulas), and where each is. */
  private static void outline(ArrayNode out, io.kinerja.core.model.Scorecard sc, String yaml) {
    Map<String, Map<String, FieldSpans.Span>> spans = FieldSpans.of(yaml);
    for (io.kinerja.core.model.Perspective p : sc.perspectives()) {
      place(out.addObject().put("level", "perspective").put("id", p.id()).put("name", p.name()), p.location());
      for (io.kinerja.core.model.Objective o : p.objectives()) {
        ObjectNode on = out.addObject().put("level", "objective").put("id", o.id()).put("name", o.name());
        o.causes().forEach(on.putArray("causes")::add);
        place(on, o.location());
        o.indicators().forEach(i -> indicator(out, i, spans.getOrDefault(i.id(), Map.of()), yaml));
      }
      p.indicators().forEach(i -> indicator(out, i, spans.getOrDefault(i.id(), Map.of()), yaml));
    }
  }

  /**
   * An indicator with, for the form beside the text, where each of its simple fields is written (offsets
   * in UTF-16 units, as a browser counts; the reader counts code points).
   */
  private static void indicator(ArrayNode out, io.kinerja.core.model.Indicator i, Map<String, FieldSpans.Span> fields,
      String yaml) {
    ObjectNode o = out.addObject().put("level", "indicator").put("id", i.id()).put("name", i.name())
        .put("formula", i.formulaText());
    place(o, i.formulaAt().line() > 0 ? i.formulaAt() : i.location());
    ObjectNode f = o.putObject("fields");
    fields.forEach((key, span) -> f.putObject(key).put("start", yaml.offsetByCodePoints(0, span.start()))
        .put("end", yaml.offsetByCodePoints(0, span.end())).put("value", span.value()).put("plain", span.plain()));
  }

  private static void place(ObjectNode o, Location at) {
    o.put("line", at.line()).put("column", Math.max(1, at.column()));
  }

  /** The line diff of two versions' YAML ({@code from} defaults to the one before {@code to}, {@code to} to the current). */
  private void diff(Context ctx) {
    User caller = callers.require(ctx);
    String id = ctx.pathParam("id");
    Library.Row row = scorecards.get(caller, id, Role.VIEWER);
    int to = intParam(ctx, "to", row.version());
    int from = intParam(ctx, "from", Math.max(1, to - 1));
    Library.Prepared a = scorecards.version(caller, id, from);
    Library.Prepared b = scorecards.version(caller, id, to);
    ObjectNode out = JsonIn.MAPPER.createObjectNode().put("scorecard", id).put("from", from).put("to", to);
    ArrayNode lines = out.putArray("lines");
    int added = 0;
    int removed = 0;
    for (VersionDiff.Line l : VersionDiff.of(a.yaml(), b.yaml())) {
      ObjectNode o = lines.addObject().put("kind", l.kind().name().toLowerCase(java.util.Locale.ROOT));
      if (l.oldNumber() > 0) {
        o.put("old", l.oldNumber());
      }
      if (l.newNumber() > 0) {
        o.put("new", l.newNumber());
      }
      o.put("text", l.text());
      added += l.kind() == VersionDiff.Kind.ADDED ? 1 : 0;
      removed += l.kind() == VersionDiff.Kind.REMOVED ? 1 : 0;
    }
    out.put("added", added).put("removed", removed);
    ctx.json(out);
  }

  private static int intParam(Context ctx, String name, int fallback) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw InvalidInputException.of(Location.field(name), "server.not_whole_number", text);
    }
  }

  // --- the editor page

  private void editPage(Context ctx, Sessions.Session session) {
    String id = ctx.pathParam("id");
    Library.Row row = scorecards.get(session.user(), id, Role.EDITOR);
    Library.Prepared current = scorecards.version(session.user(), id, null);
    render(ctx, session, row, current, current.yaml(), List.of(), null, 200);
  }

  /** The form's text as the next version; the editor's text comes back with CRLF line ends, stored as the file had them. */
  private void save(Context ctx, Sessions.Session session) {
    User caller = callers.require(ctx); // checks the CSRF token
    String id = ctx.pathParam("id");
    Library.Row row = scorecards.get(caller, id, Role.EDITOR);
    Library.Prepared current = scorecards.version(caller, id, null);
    String yaml = ctx.formParam("yaml");
    if (yaml == null) {
      throw InvalidInputException.of(Location.field("yaml"), "server.field_required", "yaml");
    }
    if (!current.yaml().contains("\r")) {
      yaml = yaml.replace("\r\n", "\n");
    }
    Language lang = Languages.forPage(ctx, current.document().scorecard().language());
    String base = ctx.formParam("base");
    if (base != null && !base.equals(String.valueOf(row.version()))) {
      render(ctx, session, row, current, yaml, List.of(), Layout.text(lang, "editor.conflict")
          .replace("{0}", String.valueOf(row.version())), 409);
      return;
    }
    if (yaml.equals(current.yaml())) {
      render(ctx, session, row, current, yaml, List.of(), Layout.text(lang, "editor.unchanged"), 422);
      return;
    }
    saved(ctx, session, row, current, new Upload(current.fileName(), yaml, Map.of()), lang);
  }

  /** A scorecard file (and data files, if any) uploaded from the page as the next version. */
  private void upload(Context ctx, Sessions.Session session) {
    User caller = callers.require(ctx);
    String id = ctx.pathParam("id");
    Library.Row row = scorecards.get(caller, id, Role.EDITOR);
    Library.Prepared current = scorecards.version(caller, id, null);
    Language lang = Languages.forPage(ctx, current.document().scorecard().language());
    saved(ctx, session, row, current, Uploads.of(ctx), lang);
  }

  private void saved(Context ctx, Sessions.Session session, Library.Row row, Library.Prepared current, Upload upload,
      Language lang) {
    if (upload.files().isEmpty()) {
      // A save must not store what the check refuses: every formula's names are known (the upload itself checks less).
      Drafts.Checked checked = drafts.check(session.user(), row.id(), upload.yaml());
      if (!checked.ok()) {
        render(ctx, session, row, current, upload.yaml(), checked.problems().stream().filter(Problem::isError).toList(),
            Layout.text(lang, "editor.not_saved"), 422);
        return;
      }
    }
    try {
      Library.Row now = scorecards.update(session.user(), row.id(), upload);
      ctx.redirect("/scorecards/" + Html.url(row.id()) + "/versions?from=" + row.version() + "&to=" + now.version()
          + "&saved=1&lang=" + lang.code(), io.javalin.http.HttpStatus.SEE_OTHER);
    } catch (InvalidInputException e) {
      render(ctx, session, row, current, upload.yaml(), e.problems(), Layout.text(lang, "editor.not_saved"), 422);
    }
  }

  private void download(Context ctx, Sessions.Session session) {
    String id = ctx.pathParam("id");
    String v = ctx.queryParam("version");
    Integer version = v == null || v.isBlank() ? null : intParam(ctx, "version", 0);
    Library.Prepared prepared = scorecards.version(session.user(), id, version);
    ctx.contentType("application/yaml; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"" + prepared.fileName() + "\"")
        .result(prepared.yaml().getBytes(StandardCharsets.UTF_8));
  }

  private void render(Context ctx, Sessions.Session session, Library.Row row, Library.Prepared current, String yaml,
      List<Problem> problems, String notice, int status) {
    Language lang = Languages.forPage(ctx, current.document().scorecard().language());
    String id = row.id();
    String base = "/scorecards/" + Html.url(id);
    StringBuilder main = new StringBuilder(yaml.length() * 2 + 8192);
    main.append(SignedIn.crumbs(lang, id, row.name(), null))
        .append("<h1>").append(Layout.t(lang, "editor.title")).append(": ").append(Html.escape(row.name())).append("</h1>")
        .append("<p class=\"meta\">").append(Layout.t(lang, "editor.version")).append(' ').append(row.version())
        .append(" · <a href=\"").append(Html.escape(base + "/download?lang=" + lang.code())).append("\" download>")
        .append(Layout.t(lang, "editor.download")).append("</a> · <a href=\"")
        .append(Html.escape(base + "/versions?lang=" + lang.code())).append("\">").append(Layout.t(lang, "editor.versions"))
        .append("</a></p>");
    if (notice != null) {
      main.append("<div class=\"error editor-notice\" role=\"alert\" data-testid=\"editor-notice\"><p>").append(Html.escape(notice))
          .append("</p>");
      if (!problems.isEmpty()) {
        main.append("<ul class=\"saved-problems\">");
        for (Problem p : problems) {
          main.append("<li>").append(Html.escape(p.describe(lang))).append("</li>");
        }
        main.append("</ul>");
      }
      main.append("</div>");
    }
    main.append("<div class=\"editor-grid\"><form class=\"panel editor-form\" method=\"post\" action=\"")
        .append(Html.escape(base + "/edit?lang=" + lang.code())).append("\">")
        .append("<input type=\"hidden\" name=\"_csrf\" value=\"").append(Html.escape(session.csrf())).append("\">")
        .append("<input type=\"hidden\" name=\"base\" value=\"").append(row.version()).append("\">")
        .append("<label for=\"yaml\">").append(Layout.t(lang, "editor.file")).append(" <span class=\"meta\">")
        .append(Html.escape(current.fileName())).append("</span></label>")
        .append("<p id=\"yaml-help\" class=\"meta\">").append(Layout.t(lang, "editor.help")).append("</p>")
        .append("<textarea id=\"yaml\" name=\"yaml\" class=\"code\" spellcheck=\"false\" autocapitalize=\"off\"")
        .append(" autocomplete=\"off\" wrap=\"off\" rows=\"28\" aria-describedby=\"yaml-help check-status\"")
        .append(" data-check-url=\"").append(Html.escape(Api.V1 + "/scorecards/" + Html.url(id) + "/check?lang=" + lang.code()))
        .append("\" data-csrf=\"").append(Html.escape(session.csrf())).append("\">\n").append(Html.escape(yaml))
        .append("</textarea>")
        .append("<p class=\"meta cursor\" id=\"cursor\" aria-live=\"off\"></p>")
        .append("<div class=\"editor-actions\"><button type=\"submit\" data-testid=\"save\">").append(Layout.t(lang, "editor.save"))
        .append("</button></div></form>")
        .append("<aside class=\"panel check-panel\" aria-labelledby=\"check-h\"><h2 id=\"check-h\">")
        .append(Layout.t(lang, "editor.check")).append("</h2><p id=\"check-status\" role=\"status\" aria-live=\"polite\"")
        .append(" data-checking=\"").append(Layout.t(lang, "editor.checking")).append("\" data-ok=\"")
        .append(Layout.t(lang, "editor.ok")).append("\" data-problems=\"").append(Layout.t(lang, "editor.problems"))
        .append("\" data-failed=\"").append(Layout.t(lang, "editor.check_failed")).append("\" data-line=\"")
        .append(Layout.t(lang, "editor.line")).append("\" data-column=\"").append(Layout.t(lang, "editor.column"))
        .append("\" data-error=\"").append(Layout.t(lang, "level.error")).append("\" data-warning=\"")
        .append(Layout.t(lang, "level.warning")).append("\">").append(Layout.t(lang, "editor.check_hint")).append("</p>")
        .append("<ol id=\"problems\" class=\"problems\" data-testid=\"problems\"></ol>")
        .append(fieldForm(lang))
        .append("<h2 id=\"outline-h\">").append(Layout.t(lang, "editor.outline")).append("</h2><p class=\"meta\">")
        .append(Layout.t(lang, "editor.outline_hint")).append("</p><ul id=\"outline\" class=\"outline\" aria-labelledby=\"outline-h\"")
        .append(" data-testid=\"outline\" data-drives=\"").append(Layout.t(lang, "map.drives")).append("\" data-fields=\"")
        .append(Layout.t(lang, "editor.edit_fields")).append("\"></ul></aside></div>")
        .append("<form class=\"panel upload-form\" method=\"post\" enctype=\"multipart/form-data\" action=\"")
        .append(Html.escape(base + "/upload?lang=" + lang.code())).append("\"><h2>").append(Layout.t(lang, "editor.upload"))
        .append("</h2><input type=\"hidden\" name=\"_csrf\" value=\"").append(Html.escape(session.csrf())).append("\">")
        .append("<label for=\"scorecard-file\">").append(Layout.t(lang, "editor.upload_file")).append("</label> ")
        .append("<input id=\"scorecard-file\" type=\"file\" name=\"scorecard\" accept=\".yaml,.yml,application/yaml\" required>")
        .append(" <button type=\"submit\">").append(Layout.t(lang, "editor.upload_button")).append("</button>")
        .append("<p class=\"meta\">").append(Layout.t(lang, "editor.upload_help")).append("</p></form>");
    Layout.render(ctx, status, lang, Layout.text(lang, "editor.title") + ": " + row.name(), session, main.toString(),
        List.of("editor.js", "editor.css"));
  }

  /**
   * The form beside the text for one indicator's simple fields: what is typed is written into the value's
   * own characters in the file (quoted when it must be), the result checked as it is typed, and the
   * formula's problem marked under the formula; "Apply" puts it into the text.
   */
  private static String fieldForm(Language lang) {
    StringBuilder out = new StringBuilder("<section id=\"field-form\" class=\"field-form\" hidden aria-labelledby=\"ff-h\"")
        .append(" data-changed=\"").append(Layout.t(lang, "editor.text_changed")).append("\" data-elsewhere=\"")
        .append(Layout.t(lang, "editor.elsewhere")).append("\"><h2 id=\"ff-h\">")
        .append(Layout.t(lang, "editor.indicator")).append(": <span id=\"ff-title\"></span></h2><p class=\"meta\">")
        .append(Layout.t(lang, "editor.fields_hint")).append("</p>");
    for (String field : List.of("name", "formula", "target", "weight", "unit")) {
      out.append("<div class=\"ff-row\" data-field=\"").append(field).append("\"><label for=\"ff-").append(field).append("\">")
          .append(Layout.t(lang, "editor.field_" + field)).append("</label><input id=\"ff-").append(field)
          .append("\" type=\"text\" autocomplete=\"off\" spellcheck=\"false\"")
          .append(field.equals("formula") ? " class=\"code\" aria-describedby=\"ff-formula-problem\"" : "").append("></div>");
      if (field.equals("formula")) {
        out.append("<div id=\"ff-formula-problem\" class=\"field-problem\" aria-live=\"polite\" data-testid=\"formula-problem\"></div>");
      }
    }
    return out.append("<p id=\"ff-status\" class=\"meta\" aria-live=\"polite\"></p><div class=\"editor-actions\">")
        .append("<button type=\"button\" id=\"ff-apply\">").append(Layout.t(lang, "editor.apply")).append("</button>")
        .append("<button type=\"button\" id=\"ff-cancel\" class=\"secondary\">").append(Layout.t(lang, "editor.cancel"))
        .append("</button></div></section>").toString();
  }

  // --- versions and their diff

  private void versionsPage(Context ctx, Sessions.Session session) {
    String id = ctx.pathParam("id");
    Library.Row row = scorecards.get(session.user(), id, Role.VIEWER);
    Library.Prepared current = scorecards.version(session.user(), id, null);
    Language lang = Languages.forPage(ctx, current.document().scorecard().language());
    List<Scorecards.VersionInfo> versions = scorecards.versions(session.user(), id);
    int to = intParam(ctx, "to", row.version());
    int from = intParam(ctx, "from", Math.max(1, to - 1));
    String base = "/scorecards/" + Html.url(id);
    StringBuilder main = new StringBuilder(16_384);
    main.append(SignedIn.crumbs(lang, id, row.name(), null)).append("<h1>").append(Layout.t(lang, "editor.versions"))
        .append(": ").append(Html.escape(row.name())).append("</h1>");
    if ("1".equals(ctx.queryParam("saved"))) {
      main.append("<p class=\"panel saved\" role=\"status\" data-testid=\"saved\">")
          .append(Html.escape(Layout.text(lang, "editor.saved").replace("{0}", String.valueOf(row.version())))).append("</p>");
    }
    if (mayEdit(scorecards, session.user(), id)) {
      main.append("<p><a href=\"").append(Html.escape(base + "/edit?lang=" + lang.code())).append("\">")
          .append(Layout.t(lang, "editor.edit")).append("</a></p>");
    }
    main.append("<section class=\"panel\" aria-labelledby=\"ver-h\"><h2 id=\"ver-h\">").append(Layout.t(lang, "editor.versions"))
        .append("</h2><div class=\"scroll\"><table class=\"versions\" data-testid=\"versions\"><thead><tr><th scope=\"col\">")
        .append(Layout.t(lang, "editor.version")).append("</th><th scope=\"col\">").append(Layout.t(lang, "editor.file_name"))
        .append("</th><th scope=\"col\">").append(Layout.t(lang, "editor.by")).append("</th><th scope=\"col\">")
        .append(Layout.t(lang, "editor.when")).append("</th><th scope=\"col\">").append(Layout.t(lang, "editor.download"))
        .append("</th></tr></thead><tbody>");
    for (int k = versions.size() - 1; k >= 0; k--) {
      Scorecards.VersionInfo v = versions.get(k);
      main.append("<tr><th scope=\"row\">").append(v.version()).append("</th><td>").append(Html.escape(v.fileName()))
          .append("</td><td>").append(Html.escape(v.createdBy())).append("</td><td>")
          .append(WHEN.format(Instant.ofEpochMilli(v.createdAt()))).append("</td><td><a href=\"")
          .append(Html.escape(base + "/download?version=" + v.version())).append("\" download>YAML</a></td></tr>");
    }
    main.append("</tbody></table></div></section>");
    main.append(compareForm(lang, id, versions.size(), from, to));
    if (versions.size() > 1) {
      Library.Prepared a = scorecards.version(session.user(), id, from);
      Library.Prepared b = scorecards.version(session.user(), id, to);
      main.append(diffTable(lang, from, to, VersionDiff.of(a.yaml(), b.yaml())));
    }
    Layout.render(ctx, 200, lang, Layout.text(lang, "editor.versions") + ": " + row.name(), session, main.toString(),
        List.of("editor.css"));
  }

  private static String compareForm(Language lang, String id, int count, int from, int to) {
    if (count < 2) {
      return "<p class=\"panel\">" + Layout.t(lang, "editor.one_version") + "</p>";
    }
    StringBuilder out = new StringBuilder("<form class=\"pickers panel\" method=\"get\" action=\"/scorecards/")
        .append(Html.escape(Html.url(id))).append("/versions\"><input type=\"hidden\" name=\"lang\" value=\"")
        .append(lang.code()).append("\">");
    for (String[] field : new String[][] {{"from", "editor.from"}, {"to", "editor.to"}}) {
      int chosen = field[0].equals("from") ? from : to;
      out.append("<label for=\"").append(field[0]).append("\">").append(Layout.t(lang, field[1])).append("</label><select id=\"")
          .append(field[0]).append("\" name=\"").append(field[0]).append("\">");
      for (int v = count; v >= 1; v--) {
        out.append("<option value=\"").append(v).append('"').append(v == chosen ? " selected" : "").append('>').append(v)
            .append("</option>");
      }
      out.append("</select>");
    }
    return out.append("<button type=\"submit\">").append(Layout.t(lang, "editor.compare")).append("</button></form>").toString();
  }

  /** The changed lines with three lines of context around each change; longer unchanged runs are folded. */
  private static String diffTable(Language lang, int from, int to, List<VersionDiff.Line> lines) {
    long added = lines.stream().filter(l -> l.kind() == VersionDiff.Kind.ADDED).count();
    long removed = lines.stream().filter(l -> l.kind() == VersionDiff.Kind.REMOVED).count();
    StringBuilder out = new StringBuilder("<section class=\"panel\" aria-labelledby=\"diff-h\"><h2 id=\"diff-h\">")
        .append(Html.escape(Layout.text(lang, "editor.diff_title").replace("{0}", String.valueOf(from))
            .replace("{1}", String.valueOf(to)))).append("</h2><p class=\"meta\" data-testid=\"diff-summary\">+")
        .append(added).append(" / −").append(removed).append(' ').append(Layout.t(lang, "editor.lines")).append("</p>");
    if (added == 0 && removed == 0) {
      return out.append("<p>").append(Layout.t(lang, "editor.no_changes")).append("</p></section>").toString();
    }
    boolean[] shown = new boolean[lines.size()];
    for (int k = 0; k < lines.size(); k++) {
      if (lines.get(k).kind() != VersionDiff.Kind.SAME) {
        for (int c = Math.max(0, k - 3); c <= Math.min(lines.size() - 1, k + 3); c++) {
          shown[c] = true;
        }
      }
    }
    out.append("<div class=\"scroll\"><table class=\"diff\" data-testid=\"diff\"><thead><tr><th scope=\"col\">v").append(from)
        .append("</th><th scope=\"col\">v").append(to).append("</th><th scope=\"col\"><span class=\"sr\">")
        .append(Layout.t(lang, "editor.change")).append("</span></th><th scope=\"col\">").append(Layout.t(lang, "editor.line_text"))
        .append("</th></tr></thead><tbody>");
    int folded = 0;
    for (int k = 0; k < lines.size(); k++) {
      if (!shown[k]) {
        folded++;
        continue;
      }
      if (folded > 0) {
        out.append("<tr class=\"fold\"><td colspan=\"4\">").append(Html.escape(Layout.text(lang, "editor.folded")
            .replace("{0}", String.valueOf(folded)))).append("</td></tr>");
        folded = 0;
      }
      VersionDiff.Line l = lines.get(k);
      String kind = l.kind().name().toLowerCase(java.util.Locale.ROOT);
      String sign = switch (l.kind()) {
        case ADDED -> "+";
        case REMOVED -> "−";
        case SAME -> "";
      };
      out.append("<tr class=\"").append(kind).append("\"><td class=\"num\">").append(l.oldNumber() > 0 ? l.oldNumber() : "")
          .append("</td><td class=\"num\">").append(l.newNumber() > 0 ? l.newNumber() : "").append("</td><td class=\"sign\">")
          .append(sign).append(l.kind() == VersionDiff.Kind.SAME ? "" : "<span class=\"sr\"> "
              + Layout.t(lang, "editor." + kind) + "</span>").append("</td><td><code>").append(Html.escape(l.text()))
          .append("</code></td></tr>");
    }
    if (folded > 0) {
      out.append("<tr class=\"fold\"><td colspan=\"4\">").append(Html.escape(Layout.text(lang, "editor.folded")
          .replace("{0}", String.valueOf(folded)))).append("</td></tr>");
    }
    return out.append("</tbody></table></div></section>").toString();
  }
}

package io.kinerja.server.web;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import io.kinerja.core.text.Language;
import io.kinerja.data.template.Templates;
import io.kinerja.server.auth.Access;
import io.kinerja.server.auth.Role;
import io.kinerja.server.auth.Sessions;
import io.kinerja.server.auth.User;
import io.kinerja.server.error.Refused;
import io.kinerja.server.scorecards.Library;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.util.List;
import java.util.Map;

/**
 * Scorecards for the editors of their units ({@code /admin/scorecards}): a new one from a template of the
 * catalogue or from an uploaded YAML file, and renaming or archiving one. The same services and checks as
 * {@code POST /api/v1/units/{unit}/scorecards} and {@code PATCH}/{@code DELETE /api/v1/scorecards/{id}}.
 */
final class ScorecardPages {

  private final Services s;
  private final Managed managed;

  ScorecardPages(Services services, Callers callers) {
    this.s = services;
    this.managed = new Managed(callers);
  }

  void register(Routes r) {
    r.get("/admin/scorecards", ctx -> managed.get(ctx, this::page));
    r.post("/admin/scorecards", ctx -> managed.post(ctx, "from-template", "id", this::page, "/",
        (caller, lang) -> fromTemplate(ctx, caller)));
    r.post("/admin/scorecards/upload", ctx -> managed.post(ctx, "upload", "scorecard", this::page, "/",
        (caller, lang) -> upload(ctx, caller)));
    r.post("/admin/scorecards/{id}/rename", ctx -> managed.post(ctx, "rename-" + ctx.pathParam("id"), "name", this::page,
        "/admin/scorecards", (caller, lang) -> rename(ctx, caller)));
    r.post("/admin/scorecards/{id}/archive", ctx -> managed.post(ctx, "archive-" + ctx.pathParam("id"), "", this::page,
        "/admin/scorecards", (caller, lang) -> s.scorecards().archive(caller, ctx.pathParam("id"))));
  }

  /** The unit asked for, once the caller is known to edit it (refused before the rest is read, as the API). */
  private String editableUnit(Context ctx, User caller) {
    String unit = Managed.field(ctx, "unit");
    if (unit == null) {
      throw InvalidInputException.of(Location.field("unit"), "server.field_required", "unit");
    }
    s.store().read(c -> {
      Access.require(c, caller, unit, Role.EDITOR);
      return null;
    });
    return unit;
  }

  private void fromTemplate(Context ctx, User caller) {
    String unit = editableUnit(ctx, caller);
    String template = Managed.field(ctx, "template");
    String id = Managed.field(ctx, "id");
    String name = Managed.field(ctx, "name");
    Problems problems = new Problems();
    if (template == null) {
      problems.error(Location.field("template"), "server.field_required", "template");
    }
    Templating.check(template, id, name, problems);
    problems.throwIfErrors();
    Templating.FromJson made = Templating.made(template, id, name);
    s.scorecards().create(caller, unit, made.upload(), "template " + made.template());
  }

  private void upload(Context ctx, User caller) {
    String unit = editableUnit(ctx, caller);
    UploadedFile file = ctx.uploadedFile("scorecard");
    if (file == null || file.size() == 0) {
      throw InvalidInputException.of(Location.field("scorecard"), "server.field_required", "scorecard");
    }
    s.scorecards().create(caller, unit, Uploads.of(ctx));
  }

  private void rename(Context ctx, User caller) {
    String name = Managed.field(ctx, "name");
    Problems problems = new Problems();
    if (name == null) {
      problems.error(Location.field("name"), "server.field_required", "name");
    }
    Templating.check(null, null, name, problems);
    problems.throwIfErrors();
    s.scorecards().rename(caller, ctx.pathParam("id"), name);
  }

  private void page(Context ctx, Sessions.Session session, Language lang, int status, Forms.Failed failed) {
    Reach reach = Reach.of(s.store(), s.units(), session.user());
    if (!reach.anywhere(Role.EDITOR)) {
      throw Refused.forbidden();
    }
    Map<String, String> units = reach.choices(Role.EDITOR);
    StringBuilder main = new StringBuilder(8192).append("<h1>").append(Layout.t(lang, "admin.scorecards_title"))
        .append("</h1>").append(reach.nav(lang, "/admin/scorecards"));
    Forms t = new Forms("from-template", failed, lang);
    main.append("<section class=\"panel\" aria-labelledby=\"from-template-h\"><h2 id=\"from-template-h\">")
        .append(Layout.t(lang, "admin.from_template")).append("</h2>")
        .append(t.open("/admin/scorecards", session.csrf(), "stack"))
        .append(t.select("unit", Layout.text(lang, "page.unit"), units, ""))
        .append("<fieldset class=\"templates\"").append(t.described("template")).append("><legend>")
        .append(Layout.t(lang, "admin.template")).append("</legend>");
    String chosen = t.value("template", Templates.all().isEmpty() ? "" : Templates.all().get(0).id());
    for (Templates.Template template : Templates.all()) {
      String id = "template-" + template.id();
      main.append("<div class=\"choice\"><input type=\"radio\" name=\"template\" id=\"").append(Html.escape(id))
          .append("\" value=\"").append(Html.escape(template.id())).append("\"")
          .append(template.id().equals(chosen) ? " checked" : "").append("><label for=\"").append(Html.escape(id))
          .append("\"><b>").append(Html.escape(template.name(lang))).append("</b> <span class=\"meta\">")
          .append(Html.escape(template.id())).append("</span><br><span class=\"description\">")
          .append(Html.escape(template.description(lang))).append("</span></label></div>");
    }
    main.append("</fieldset>").append(t.error("template"))
        .append(t.input("id", Layout.text(lang, "admin.scorecard_id"), "text", "", " pattern=\"[a-z0-9_\\-]{1,64}\""))
        .append("<p class=\"hint\">").append(Layout.t(lang, "admin.scorecard_id_hint")).append("</p>")
        .append(t.input("name", Layout.text(lang, "admin.name"), "text", "", " maxlength=\"200\""))
        .append("<button type=\"submit\">").append(Layout.t(lang, "admin.create")).append("</button></form></section>");
    Forms u = new Forms("upload", failed, lang);
    main.append("<section class=\"panel\" aria-labelledby=\"upload-h\"><h2 id=\"upload-h\">")
        .append(Layout.t(lang, "admin.from_file")).append("</h2>")
        .append(u.openMultipart("/admin/scorecards/upload", session.csrf(), "stack"))
        .append(u.select("unit", Layout.text(lang, "page.unit"), units, ""))
        .append("<label for=\"upload-scorecard\">").append(Layout.t(lang, "admin.yaml_file")).append("</label>")
        .append("<input id=\"upload-scorecard\" name=\"scorecard\" type=\"file\" accept=\".yaml,.yml\" required")
        .append(u.described("scorecard")).append(">").append(u.error("scorecard"))
        .append("<label for=\"upload-data\">").append(Layout.t(lang, "admin.data_files")).append("</label>")
        .append("<input id=\"upload-data\" name=\"data\" type=\"file\" multiple accept=\".csv,.xlsx\">")
        .append("<button type=\"submit\">").append(Layout.t(lang, "admin.upload")).append("</button></form></section>");
    List<Library.Row> rows = s.scorecards().list(session.user());
    main.append("<section class=\"panel\" aria-labelledby=\"cards-h\"><h2 id=\"cards-h\">")
        .append(Layout.t(lang, "admin.existing")).append("</h2><ul class=\"cards-admin\">");
    for (Library.Row row : rows) {
      if (!reach.may(row.unit(), Role.EDITOR)) {
        continue;
      }
      String path = "/admin/scorecards/" + Html.url(row.id());
      main.append("<li data-scorecard=\"").append(Html.escape(row.id())).append("\"><a href=\"/scorecards/")
          .append(Html.escape(Html.url(row.id()))).append("?lang=").append(lang.code()).append("\">")
          .append(Html.escape(row.name())).append("</a> <span class=\"meta\">").append(Html.escape(row.unit()))
          .append(" · ").append(Html.escape(row.id())).append("</span>");
      Forms rename = new Forms("rename-" + row.id(), failed, lang);
      main.append(rename.open(path + "/rename", session.csrf(), "inline"))
          .append(rename.input("name", Layout.text(lang, "admin.new_name"), "text", row.name(), " required maxlength=\"200\""))
          .append("<button type=\"submit\">").append(Layout.t(lang, "admin.rename")).append("</button></form>");
      Forms archive = new Forms("archive-" + row.id(), failed, lang);
      main.append(archive.open(path + "/archive", session.csrf(), "inline"))
          .append("<button type=\"submit\" class=\"danger\">").append(Layout.t(lang, "admin.archive"))
          .append("<span class=\"sr\"> ").append(Html.escape(row.name())).append("</span></button></form></li>");
    }
    main.append("</ul></section>");
    Layout.render(ctx, status, lang, Layout.text(lang, "admin.scorecards_title"), session, main.toString(), Managed.ASSETS);
  }
}

package io.kinerja.server.web;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import io.kinerja.core.text.Language;
import io.kinerja.server.audit.Audit;
import io.kinerja.server.auth.Access;
import io.kinerja.server.auth.Role;
import io.kinerja.server.auth.Sessions;
import io.kinerja.server.auth.User;
import io.kinerja.server.error.Refused;
import io.kinerja.server.units.UnitChanges;
import io.kinerja.server.units.Units;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The organisation's management pages: the unit tree ({@code /admin/units}), users and their grants
 * ({@code /admin/users}) and the audit log ({@code /admin/audit}). Plain forms that work without a script;
 * every change goes through the same service the API calls, so the rules (and the audit) are the API's.
 */
final class AdminPages {

  private static final int AUDIT_PAGE = 50;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
      .withZone(ZoneOffset.UTC);

  private final Services s;
  private final Managed managed;
  private final UnitChanges changes;

  AdminPages(Services services, Callers callers) {
    this.s = services;
    this.managed = new Managed(callers);
    this.changes = new UnitChanges(services.store(), Clock.systemUTC());
  }

  void register(Routes r) {
    r.get("/admin", ctx -> managed.get(ctx, this::hub));
    r.get("/admin/units", ctx -> managed.get(ctx, this::units));
    r.post("/admin/units", ctx -> managed.post(ctx, "new-unit", "id", this::units, "/admin/units", (caller, lang) ->
        s.units().create(caller, Managed.field(ctx, "id"), Managed.field(ctx, "name"), Managed.field(ctx, "kind"),
            Managed.field(ctx, "parent"))));
    r.post("/admin/units/{unit}/rename", ctx -> managed.post(ctx, "rename-" + ctx.pathParam("unit"), "name", this::units,
        "/admin/units", (caller, lang) -> rename(caller, ctx.pathParam("unit"), Managed.field(ctx, "name"))));
    r.post("/admin/units/{unit}/move", ctx -> managed.post(ctx, "move-" + ctx.pathParam("unit"), "parent", this::units,
        "/admin/units", (caller, lang) -> changes.change(caller, ctx.pathParam("unit"),
            new UnitChanges.Change(null, true, Managed.field(ctx, "parent")))));
    r.post("/admin/units/{unit}/archive", ctx -> managed.post(ctx, "archive-" + ctx.pathParam("unit"), "", this::units,
        "/admin/units", (caller, lang) -> changes.archive(caller, ctx.pathParam("unit"))));
    r.post("/admin/units/{unit}/grants", ctx -> managed.post(ctx, "grant-" + ctx.pathParam("unit"), "username",
        this::units, "/admin/units", (caller, lang) -> grant(caller, ctx.pathParam("unit"), Managed.field(ctx, "username"),
            Managed.field(ctx, "role"))));
    r.post("/admin/units/{unit}/grants/revoke", ctx -> managed.post(ctx, "ungrant-" + ctx.pathParam("unit"), "",
        this::units, "/admin/units", (caller, lang) -> s.access().revoke(caller, ctx.pathParam("unit"),
            required(ctx, "username"))));
    r.get("/admin/users", ctx -> managed.get(ctx, this::users));
    r.post("/admin/users", ctx -> managed.post(ctx, "new-user", "username", this::users, "/admin/users",
        (caller, lang) -> s.users().create(caller, Managed.field(ctx, "username"), ctx.formParam("password"),
            ctx.formParam("admin") != null)));
    r.post("/admin/grants", ctx -> managed.post(ctx, "grant", "username", this::users, "/admin/users",
        (caller, lang) -> grant(caller, Managed.field(ctx, "unit"), Managed.field(ctx, "username"),
            Managed.field(ctx, "role"))));
    r.post("/admin/grants/revoke", ctx -> managed.post(ctx, "revoke", "", this::users, "/admin/users",
        (caller, lang) -> s.access().revoke(caller, required(ctx, "unit"), required(ctx, "username"))));
    r.get("/admin/audit", ctx -> managed.get(ctx, this::audit));
  }

  private static String required(Context ctx, String field) {
    String v = Managed.field(ctx, field);
    if (v == null) {
      throw InvalidInputException.of(Location.field(field), "server.field_required", field);
    }
    return v;
  }

  private void rename(User caller, String unit, String name) {
    if (name == null) {
      throw InvalidInputException.of(Location.field("name"), "server.field_required", "name");
    }
    Problems problems = new Problems();
    Units.check(null, name, null, problems);
    problems.throwIfErrors();
    changes.change(caller, unit, new UnitChanges.Change(name, false, null));
  }

  private void grant(User caller, String unit, String username, String role) {
    Problems problems = new Problems();
    for (String[] f : new String[][] {{"unit", unit}, {"username", username}, {"role", role}}) {
      if (f[1] == null) {
        problems.error(Location.field(f[0]), "server.field_required", f[0]);
      }
    }
    if (role != null && Role.byKey(role).isEmpty()) {
      problems.error(Location.field("role"), "server.bad_role", role, "viewer, contributor, editor, admin");
    }
    problems.throwIfErrors();
    s.access().grant(caller, unit, username, Role.byKey(role).orElseThrow());
  }

  // --- the hub

  private void hub(Context ctx, Sessions.Session session, Language lang, int status, Forms.Failed failed) {
    Reach reach = Reach.of(s.store(), s.units(), session.user());
    Layout.render(ctx, status, lang, Layout.text(lang, "admin.title"), session, "<h1>" + Layout.t(lang, "admin.title")
        + "</h1>" + reach.nav(lang, "/admin") + "<p class=\"meta\">" + Layout.t(lang, "admin.hub_intro") + "</p>",
        Managed.ASSETS);
  }

  // --- units

  private void units(Context ctx, Sessions.Session session, Language lang, int status, Forms.Failed failed) {
    Reach reach = Reach.of(s.store(), s.units(), session.user());
    if (!reach.anywhere(Role.ADMIN)) {
      throw Refused.forbidden();
    }
    Map<String, List<Units.Unit>> below = new HashMap<>();
    List<Units.Unit> roots = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    reach.units().forEach(u -> seen.add(u.id()));
    for (Units.Unit u : reach.units()) {
      if (u.parent() == null || !seen.contains(u.parent())) {
        roots.add(u);
      } else {
        below.computeIfAbsent(u.parent(), k -> new ArrayList<>()).add(u);
      }
    }
    StringBuilder main = new StringBuilder(8192).append("<h1>").append(Layout.t(lang, "admin.units_title")).append("</h1>")
        .append(reach.nav(lang, "/admin/units"));
    main.append("<section class=\"panel\" aria-labelledby=\"tree-h\"><h2 id=\"tree-h\">")
        .append(Layout.t(lang, "admin.tree")).append("</h2>");
    if (roots.isEmpty()) {
      main.append("<p>").append(Layout.t(lang, "admin.no_units")).append("</p>");
    } else {
      main.append("<ul class=\"tree\">");
      roots.forEach(u -> tree(main, u, below, reach, session, lang, failed));
      main.append("</ul>");
    }
    main.append("</section>");
    Map<String, String> parents = new LinkedHashMap<>();
    if (reach.user().admin()) {
      parents.put("", Layout.text(lang, "admin.top"));
    }
    reach.units().stream().filter(u -> reach.may(u.id(), Role.ADMIN) && u.kind() != Units.Kind.PERSON)
        .forEach(u -> parents.put(u.id(), u.name() + " (" + u.id() + ")"));
    Forms f = new Forms("new-unit", failed, lang);
    main.append("<section class=\"panel\" aria-labelledby=\"new-unit-h\"><h2 id=\"new-unit-h\">")
        .append(Layout.t(lang, "admin.new_unit")).append("</h2>").append(f.open("/admin/units", session.csrf(), "stack"))
        .append(f.select("parent", Layout.text(lang, "admin.parent"), parents, ""))
        .append(f.select("kind", Layout.text(lang, "admin.kind"), kinds(lang), "unit"))
        .append(f.input("id", Layout.text(lang, "admin.unit_id"), "text", "", " required pattern=\"[a-z0-9][a-z0-9_\\-]{0,63}\""))
        .append("<p class=\"hint\">").append(Layout.t(lang, "admin.id_hint")).append("</p>")
        .append(f.input("name", Layout.text(lang, "admin.name"), "text", "", " required maxlength=\"200\""))
        .append("<button type=\"submit\">").append(Layout.t(lang, "admin.create")).append("</button></form></section>");
    Layout.render(ctx, status, lang, Layout.text(lang, "admin.units_title"), session, main.toString(), Managed.ASSETS);
  }

  private static Map<String, String> kinds(Language lang) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Units.Kind k : Units.Kind.values()) {
      out.put(k.key(), Layout.text(lang, "admin.kind." + k.key()));
    }
    return out;
  }

  /** The roles given on the unit itself, each with its revoke button, and a form to give one. */
  private void grants(StringBuilder out, Reach reach, Units.Unit u, Sessions.Session session, Language lang,
      Forms.Failed failed) {
    String path = "/admin/units/" + Html.url(u.id()) + "/grants";
    Forms revoke = new Forms("ungrant-" + u.id(), failed, lang);
    out.append("<h3>").append(Layout.t(lang, "admin.grants")).append("</h3>").append(revoke.error(""))
        .append("<ul class=\"grants\">");
    for (Access.Grant g : s.access().grants(reach.user(), u.id())) {
      out.append("<li>").append(Html.escape(g.username())).append(" · ").append(Layout.t(lang, "admin.role." + g.role().key()))
          .append(revoke.open(path + "/revoke", session.csrf(), "inline"))
          .append("<input type=\"hidden\" name=\"username\" value=\"").append(Html.escape(g.username())).append("\">")
          .append("<button type=\"submit\" class=\"link\">").append(Layout.t(lang, "admin.revoke"))
          .append("<span class=\"sr\"> ").append(Html.escape(g.username() + " · " + u.name())).append("</span></button></form></li>");
    }
    out.append("</ul>");
    Forms grant = new Forms("grant-" + u.id(), failed, lang);
    out.append(grant.open(path, session.csrf(), "inline"))
        .append(grant.input("username", Layout.text(lang, "admin.username"), "text", "", " required autocomplete=\"off\""))
        .append(grant.select("role", Layout.text(lang, "admin.role"), roles(lang), "viewer"))
        .append("<button type=\"submit\">").append(Layout.t(lang, "admin.grant")).append("</button></form>");
  }

  private static Map<String, String> roles(Language lang) {
    Map<String, String> roles = new LinkedHashMap<>();
    for (Role r : Role.values()) {
      roles.put(r.key(), Layout.text(lang, "admin.role." + r.key()));
    }
    return roles;
  }

  private void tree(StringBuilder out, Units.Unit u, Map<String, List<Units.Unit>> below, Reach reach,
      Sessions.Session session, Language lang, Forms.Failed failed) {
    out.append("<li data-unit=\"").append(Html.escape(u.id())).append("\"><span class=\"unit-name\">")
        .append(Html.escape(u.name())).append("</span> <span class=\"meta\">")
        .append(Layout.t(lang, "admin.kind." + u.kind().key())).append(" · ").append(Html.escape(u.id())).append("</span>");
    if (reach.may(u.id(), Role.ADMIN)) {
      String id = u.id();
      boolean open = failed != null && List.of("rename-", "move-", "archive-", "grant-", "ungrant-").stream()
          .anyMatch(prefix -> failed.form().equals(prefix + id));
      out.append("<details class=\"manage\"").append(open ? " open" : "").append("><summary>")
          .append(Layout.t(lang, "admin.manage")).append("<span class=\"sr\"> ").append(Html.escape(u.name()))
          .append("</span></summary>");
      String path = "/admin/units/" + Html.url(id);
      Forms rename = new Forms("rename-" + id, failed, lang);
      out.append(rename.open(path + "/rename", session.csrf(), "inline"))
          .append(rename.input("name", Layout.text(lang, "admin.new_name"), "text", u.name(), " required maxlength=\"200\""))
          .append("<button type=\"submit\">").append(Layout.t(lang, "admin.rename")).append("</button></form>");
      Map<String, String> parents = new LinkedHashMap<>();
      if (reach.user().admin()) {
        parents.put("", Layout.text(lang, "admin.top"));
      }
      reach.units().stream().filter(p -> !p.id().equals(id) && reach.may(p.id(), Role.ADMIN) && p.kind() != Units.Kind.PERSON)
          .forEach(p -> parents.put(p.id(), p.name() + " (" + p.id() + ")"));
      Forms move = new Forms("move-" + id, failed, lang);
      out.append(move.open(path + "/move", session.csrf(), "inline"))
          .append(move.select("parent", Layout.text(lang, "admin.move_to"), parents, u.parent() == null ? "" : u.parent()))
          .append("<button type=\"submit\">").append(Layout.t(lang, "admin.move")).append("</button></form>");
      Forms archive = new Forms("archive-" + id, failed, lang);
      out.append(archive.open(path + "/archive", session.csrf(), "inline danger"))
          .append("<button type=\"submit\" class=\"danger\">").append(Layout.t(lang, "admin.archive"))
          .append("<span class=\"sr\"> ").append(Html.escape(u.name())).append("</span></button></form>");
      grants(out, reach, u, session, lang, failed);
      out.append("</details>");
    }
    List<Units.Unit> children = below.get(u.id());
    if (children != null) {
      out.append("<ul>");
      children.forEach(child -> tree(out, child, below, reach, session, lang, failed));
      out.append("</ul>");
    }
    out.append("</li>");
  }

  // --- users and grants

  private void users(Context ctx, Sessions.Session session, Language lang, int status, Forms.Failed failed) {
    List<User> users = s.users().list(session.user()); // organisation admins only, as the API
    Reach reach = Reach.of(s.store(), s.units(), session.user());
    StringBuilder main = new StringBuilder(8192).append("<h1>").append(Layout.t(lang, "admin.users_title")).append("</h1>")
        .append(reach.nav(lang, "/admin/users"));
    Forms revoke = new Forms("revoke", failed, lang);
    main.append("<section class=\"panel\" aria-labelledby=\"users-h\"><h2 id=\"users-h\">")
        .append(Layout.t(lang, "admin.users")).append("</h2>").append(revoke.error(""))
        .append("<table class=\"admin-table\"><thead><tr><th scope=\"col\">")
        .append(Layout.t(lang, "admin.username")).append("</th><th scope=\"col\">").append(Layout.t(lang, "admin.grants"))
        .append("</th></tr></thead><tbody>");
    for (User u : users) {
      main.append("<tr data-user=\"").append(Html.escape(u.username())).append("\"><th scope=\"row\">")
          .append(Html.escape(u.username()));
      if (u.admin()) {
        main.append(" <span class=\"badge\">").append(Layout.t(lang, "admin.org_admin")).append("</span>");
      }
      main.append("</th><td><ul class=\"grants\">");
      for (Access.Grant g : s.access().grantsOf(u)) {
        main.append("<li>").append(Layout.t(lang, "admin.role." + g.role().key())).append(" · ")
            .append(Html.escape(g.unit())).append(revoke.open("/admin/grants/revoke", session.csrf(), "inline"))
            .append("<input type=\"hidden\" name=\"unit\" value=\"").append(Html.escape(g.unit())).append("\">")
            .append("<input type=\"hidden\" name=\"username\" value=\"").append(Html.escape(u.username())).append("\">")
            .append("<button type=\"submit\" class=\"link\">").append(Layout.t(lang, "admin.revoke"))
            .append("<span class=\"sr\"> ").append(Html.escape(g.role().key() + " · " + g.unit() + " · " + u.username()))
            .append("</span></button></form></li>");
      }
      main.append("</ul></td></tr>");
    }
    main.append("</tbody></table></section>");
    Map<String, String> names = new LinkedHashMap<>();
    users.forEach(u -> names.put(u.username(), u.username()));
    Map<String, String> roles = roles(lang);
    Forms grant = new Forms("grant", failed, lang);
    main.append("<section class=\"panel\" aria-labelledby=\"grant-h\"><h2 id=\"grant-h\">")
        .append(Layout.t(lang, "admin.grant_title")).append("</h2>").append(grant.open("/admin/grants", session.csrf(), "stack"))
        .append(grant.select("username", Layout.text(lang, "admin.username"), names, ""))
        .append(grant.select("unit", Layout.text(lang, "page.unit"), reach.choices(Role.ADMIN), ""))
        .append(grant.select("role", Layout.text(lang, "admin.role"), roles, "viewer"))
        .append("<button type=\"submit\">").append(Layout.t(lang, "admin.grant")).append("</button></form></section>");
    Forms made = new Forms("new-user", failed, lang);
    main.append("<section class=\"panel\" aria-labelledby=\"new-user-h\"><h2 id=\"new-user-h\">")
        .append(Layout.t(lang, "admin.new_user")).append("</h2>").append(made.open("/admin/users", session.csrf(), "stack"))
        .append(made.input("username", Layout.text(lang, "admin.username"), "text", "",
            " required autocomplete=\"off\" pattern=\"[a-z0-9][a-z0-9._\\-]{0,63}\""))
        .append(made.input("password", Layout.text(lang, "page.password"), "password", "",
            " required minlength=\"10\" autocomplete=\"new-password\""))
        .append("<p class=\"hint\">").append(Layout.t(lang, "admin.password_hint")).append("</p>")
        .append("<label class=\"check\"><input type=\"checkbox\" name=\"admin\" value=\"true\"")
        .append("true".equals(made.value("admin", "")) ? " checked" : "").append("> ")
        .append(Layout.t(lang, "admin.org_admin")).append("</label>")
        .append("<button type=\"submit\">").append(Layout.t(lang, "admin.create")).append("</button></form></section>");
    Layout.render(ctx, status, lang, Layout.text(lang, "admin.users_title"), session, main.toString(), Managed.ASSETS);
  }

  // --- audit

  private void audit(Context ctx, Sessions.Session session, Language lang, int status, Forms.Failed failed) {
    User caller = session.user();
    String user = blank(ctx.queryParam("user"));
    String action = blank(ctx.queryParam("action"));
    String unit = blank(ctx.queryParam("unit"));
    Long before = number(ctx.queryParam("before"));
    List<Audit.Entry> shown = new ArrayList<>();
    boolean more = s.store().read(c -> {
      Set<String> units = caller.admin() ? null : Api.adminUnits(c, caller); // the API's rule for GET /api/v1/audit
      if (units != null && units.isEmpty()) {
        throw Refused.forbidden();
      }
      Long cursor = before;
      for (int round = 0; round < 100; round++) {
        List<Audit.Entry> batch = Audit.list(c, units, cursor, 500);
        for (Audit.Entry e : batch) {
          if ((user == null || user.equals(e.username())) && (action == null || e.action().startsWith(action))
              && (unit == null || unit.equals(e.unit()))) {
            if (shown.size() == AUDIT_PAGE) {
              return true;
            }
            shown.add(e);
          }
        }
        if (batch.size() < 500) {
          return false;
        }
        cursor = batch.get(batch.size() - 1).id();
      }
      return true;
    });
    Reach reach = Reach.of(s.store(), s.units(), caller);
    StringBuilder main = new StringBuilder(8192).append("<h1>").append(Layout.t(lang, "admin.audit_title")).append("</h1>")
        .append(reach.nav(lang, "/admin/audit"));
    main.append("<form method=\"get\" action=\"/admin/audit\" class=\"filters panel\">")
        .append("<input type=\"hidden\" name=\"lang\" value=\"").append(lang.code()).append("\">")
        .append(filter("audit-user", "user", Layout.text(lang, "admin.username"), user))
        .append(filter("audit-action", "action", Layout.text(lang, "admin.action"), action))
        .append(filter("audit-unit", "unit", Layout.text(lang, "page.unit"), unit))
        .append("<button type=\"submit\">").append(Layout.t(lang, "admin.filter")).append("</button></form>");
    main.append("<div class=\"table-wrap\"><table class=\"admin-table audit\"><caption>")
        .append(Layout.t(lang, "admin.audit_caption")).append("</caption><thead><tr>");
    for (String k : List.of("admin.when", "admin.username", "admin.action", "page.unit", "admin.target", "admin.detail")) {
      main.append("<th scope=\"col\">").append(Layout.t(lang, k)).append("</th>");
    }
    main.append("</tr></thead><tbody>");
    for (Audit.Entry e : shown) {
      main.append("<tr><td>").append(WHEN.format(Instant.ofEpochMilli(e.at()))).append("</td><td>")
          .append(Html.escape(e.username())).append("</td><td>").append(Html.escape(e.action())).append("</td><td>")
          .append(Html.escape(nullToEmpty(e.unit()))).append("</td><td>").append(Html.escape(nullToEmpty(e.target())))
          .append("</td><td>").append(Html.escape(nullToEmpty(e.detail()))).append("</td></tr>");
    }
    if (shown.isEmpty()) {
      main.append("<tr><td colspan=\"6\">").append(Layout.t(lang, "admin.no_entries")).append("</td></tr>");
    }
    main.append("</tbody></table></div>");
    if (more) {
      StringBuilder next = new StringBuilder("/admin/audit?lang=").append(lang.code()).append("&before=")
          .append(shown.get(shown.size() - 1).id());
      if (user != null) {
        next.append("&user=").append(Html.url(user));
      }
      if (action != null) {
        next.append("&action=").append(Html.url(action));
      }
      if (unit != null) {
        next.append("&unit=").append(Html.url(unit));
      }
      main.append("<p><a rel=\"next\" href=\"").append(Html.escape(next.toString())).append("\">")
          .append(Layout.t(lang, "admin.older")).append("</a></p>");
    }
    Layout.render(ctx, status, lang, Layout.text(lang, "admin.audit_title"), session, main.toString(), Managed.ASSETS);
  }

  private static String filter(String id, String name, String label, String value) {
    return "<span class=\"filter\"><label for=\"" + id + "\">" + Html.escape(label) + "</label><input id=\"" + id
        + "\" name=\"" + name + "\" value=\"" + Html.escape(nullToEmpty(value)) + "\"></span>";
  }

  private static String blank(String v) {
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static String nullToEmpty(String v) {
    return v == null ? "" : v;
  }

  private static Long number(String v) {
    try {
      return v == null || v.isBlank() ? null : Long.valueOf(v.strip());
    } catch (NumberFormatException e) {
      return null; // a mangled cursor: the newest entries
    }
  }
}

package io.kinerja.server.web;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.text.Language;
import io.kinerja.server.auth.Sessions;
import io.kinerja.server.auth.User;
import io.kinerja.server.error.Refused;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the management pages answer: a page needs a session (else the login form); a post needs the session's
 * CSRF token and is refused as a whole or done whole (the services write in one transaction). A refused form
 * is shown again with the server's messages beside its fields; a refusal for lack of rights is one 403 page,
 * the same whether or not the thing exists.
 */
final class Managed {

  static final List<String> ASSETS = List.of("admin.css");

  /** A page, shown fresh ({@code failed} null) or again after a refused form. */
  interface Page {
    void render(Context ctx, Sessions.Session session, Language lang, int status, Forms.Failed failed);
  }

  /** A change; it may render its own answer (a token shown once), else the caller is sent back. */
  interface Change {
    void run(User caller, Language lang);
  }

  private final Callers callers;

  Managed(Callers callers) {
    this.callers = callers;
  }

  void get(Context ctx, Page page) {
    Optional<Sessions.Session> session = callers.session(ctx);
    Language lang = Languages.forMessages(ctx);
    if (session.isEmpty()) {
      ctx.redirect("/login?lang=" + lang.code());
      return;
    }
    try {
      page.render(ctx, session.get(), lang, 200, null);
    } catch (Refused e) {
      refusal(ctx, session.get(), lang, e);
    }
  }

  /**
   * A form's post: {@code form} names the form to show again on bad input; a conflict (409) is shown
   * next to {@code conflictField}; on success the caller is sent to {@code back}.
   */
  void post(Context ctx, String form, String conflictField, Page page, String back, Change change) {
    Optional<Sessions.Session> session = callers.session(ctx);
    Language lang = Languages.forMessages(ctx);
    if (session.isEmpty()) {
      ctx.redirect("/login?lang=" + lang.code());
      return;
    }
    User caller;
    try {
      caller = callers.require(ctx); // the CSRF token
    } catch (Refused e) {
      // the one refusal that says why: the page was open too long, or another site posted
      Layout.render(ctx, 403, lang, Layout.text(lang, "page.forbidden_title"), session.get(), "<section class=\"panel\"><h1>"
          + Layout.t(lang, "page.forbidden_title") + "</h1><p role=\"alert\">" + Html.escape(e.message().in(lang))
          + "</p></section>", ASSETS);
      return;
    }
    try {
      try {
        change.run(caller, lang);
      } catch (InvalidInputException e) {
        page.render(ctx, session.get(), lang, 422, Forms.Failed.of(form, e, lang, sent(ctx)));
        return;
      } catch (Refused e) {
        if (e.reason() != Refused.Reason.CONFLICT && e.reason() != Refused.Reason.UNAUTHENTICATED) {
          throw e;
        }
        // a wrong current password is the password form's problem, not the session's
        page.render(ctx, session.get(), lang, e.reason() == Refused.Reason.CONFLICT ? 409 : 422,
            Forms.Failed.of(form, e, conflictField, lang, sent(ctx)));
        return;
      }
      if (ctx.result() == null) {
        ctx.redirect(back + (back.contains("?") ? "&" : "?") + "lang=" + lang.code(), HttpStatus.SEE_OTHER);
      }
    } catch (Refused e) {
      refusal(ctx, session.get(), lang, e);
    }
  }

  /** The fields sent, passwords and the token left out, to fill the form again. */
  private static Map<String, String> sent(Context ctx) {
    Map<String, String> values = new LinkedHashMap<>();
    ctx.formParamMap().forEach((k, v) -> {
      if (!v.isEmpty() && !k.equals(Callers.CSRF_FIELD) && !k.contains("password")) {
        values.put(k, v.get(0));
      }
    });
    return values;
  }

  static void refusal(Context ctx, Sessions.Session session, Language lang, Refused e) {
    boolean forbidden = e.reason() == Refused.Reason.FORBIDDEN || e.reason() == Refused.Reason.NOT_FOUND;
    String title = forbidden ? "page.forbidden_title" : "page.error_title";
    String text = forbidden ? Layout.t(lang, "page.forbidden") : Html.escape(e.message().in(lang));
    Layout.render(ctx, forbidden ? 403 : 400, lang, Layout.text(lang, title), session,
        "<section class=\"panel\"><h1>" + Layout.t(lang, title) + "</h1><p>" + text + "</p><p><a href=\"/?lang="
            + lang.code() + "\">" + Layout.t(lang, "page.home") + "</a></p></section>", ASSETS);
  }

  /** A form field's text, blank as null. */
  static String field(Context ctx, String name) {
    String v = ctx.formParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** The management sections' navigation, the current one marked. */
  static String nav(Language lang, String current, boolean orgAdmin, boolean unitAdmin, boolean editor) {
    StringBuilder out = new StringBuilder("<nav class=\"admin-nav\" aria-label=\"").append(Layout.t(lang, "admin.nav"))
        .append("\"><ul>");
    link(out, lang, current, "/admin/units", "admin.units_title", unitAdmin);
    link(out, lang, current, "/admin/users", "admin.users_title", orgAdmin);
    link(out, lang, current, "/admin/audit", "admin.audit_title", unitAdmin);
    link(out, lang, current, "/admin/scorecards", "admin.scorecards_title", editor);
    link(out, lang, current, "/account", "admin.account_title", true);
    return out.append("</ul></nav>").toString();
  }

  private static void link(StringBuilder out, Language lang, String current, String path, String key, boolean shown) {
    if (shown) {
      out.append("<li><a href=\"").append(path).append("?lang=").append(lang.code()).append("\"")
          .append(path.equals(current) ? " aria-current=\"page\"" : "").append(">").append(Layout.t(lang, key))
          .append("</a></li>");
    }
  }
}

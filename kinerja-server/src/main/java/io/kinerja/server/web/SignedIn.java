package io.kinerja.server.web;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.text.Language;
import io.kinerja.server.auth.Sessions;
import io.kinerja.server.error.Refused;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * The guard of the editor's and the strategy map's pages, as the dashboard's: no session sends to the
 * login form; a refusal shows one 403 page whether or not the scorecard exists (a viewer must not learn
 * which ids are taken); a bad parameter shows the problem in the page's language.
 */
final class SignedIn {

  interface Body {
    void render(Context ctx, Sessions.Session session);
  }

  private SignedIn() {}

  static void page(Callers callers, Context ctx, Body body) {
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
      String title = forbidden ? "page.forbidden_title" : "page.error_title";
      Layout.render(ctx, forbidden ? 403 : 400, lang, Layout.text(lang, title), session.get(),
          "<section class=\"panel\"><h1>" + Layout.t(lang, title) + "</h1><p>"
              + (forbidden ? Layout.t(lang, "page.forbidden") : Html.escape(e.message().in(lang))) + "</p><p><a href=\"/?lang="
              + lang.code() + "\">" + Layout.t(lang, "page.home") + "</a></p></section>");
    } catch (InvalidInputException e) {
      Language lang = Languages.forMessages(ctx);
      Layout.render(ctx, 400, lang, Layout.text(lang, "page.error_title"), session.get(),
          "<section class=\"panel\"><h1>" + Layout.t(lang, "page.error_title") + "</h1><p role=\"alert\">"
              + Html.escape(e.describe(lang)) + "</p><p><a href=\"" + Html.escape(ctx.path()) + "?lang=" + lang.code()
              + "\">" + Layout.t(lang, "page.back") + "</a></p></section>");
    }
  }

  /** The breadcrumbs to a scorecard's dashboard. */
  static String crumbs(Language lang, String id, String name, String period) {
    return "<nav class=\"crumbs\" aria-label=\"" + Layout.t(lang, "page.breadcrumbs") + "\"><a href=\"/?lang=" + lang.code()
        + "\">" + Layout.t(lang, "page.home") + "</a> › <a href=\"/scorecards/" + Html.escape(Html.url(id))
        + (period == null ? "?" : "?period=" + Html.escape(Html.url(period)) + "&amp;") + "lang=" + lang.code() + "\">"
        + Html.escape(name) + "</a></nav>";
  }
}

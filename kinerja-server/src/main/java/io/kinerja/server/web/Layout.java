package io.kinerja.server.web;

import io.kinerja.core.text.Language;
import io.kinerja.core.text.Messages;
import io.kinerja.server.auth.Sessions;
import io.javalin.http.Context;
import java.util.List;

/**
 * The frame every signed-in page shares: the header (home, the language switch, logging out with the
 * session's CSRF token), the style sheet and the scripts, all served from this jar and its WebJars (no CDN).
 * Pages put text in only through {@link Html#escape}; scripts come only from files (the CSP forbids inline).
 */
final class Layout {

  static final String HTMX = "/webjars/htmx.org/2.0.10/dist/htmx.min.js";
  static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";
  private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
      + " frame-ancestors 'none'; form-action 'self'";

  private Layout() {}

  /** A message, escaped for HTML. */
  static String t(Language lang, String key) {
    return Html.escape(text(lang, key));
  }

  static String text(Language lang, String key) {
    return Messages.text(lang, key);
  }

  /** A whole page; {@code session} may be null (the login form, errors before sign-in). */
  static void render(Context ctx, int status, Language lang, String title, Sessions.Session session, String main) {
    render(ctx, status, lang, title, session, main, List.of());
  }

  /**
   * A whole page with its own assets besides the shared ones: names of files under {@code assets/} ending
   * in {@code .js} (loaded deferred, after the shared script) or {@code .css}.
   */
  static void render(Context ctx, int status, Language lang, String title, Sessions.Session session, String main,
      List<String> assets) {
    StringBuilder page = new StringBuilder(8192);
    page.append("<!doctype html><html lang=\"").append(lang.code()).append("\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<meta name=\"htmx-config\" content='{\"includeIndicatorStyles\":false}'>")
        .append("<title>").append(Html.escape(title)).append(" — Kinerja</title>")
        .append("<link rel=\"stylesheet\" href=\"/assets/kinerja.css\">")
        .append("<script src=\"").append(HTMX).append("\" defer></script>")
        .append("<script src=\"").append(ECHARTS).append("\" defer></script>")
        .append("<script src=\"/assets/kinerja.js\" defer></script>");
    for (String asset : assets) {
      page.append(asset.endsWith(".css") ? "<link rel=\"stylesheet\" href=\"/assets/" + Html.escape(asset) + "\">"
          : "<script src=\"/assets/" + Html.escape(asset) + "\" defer></script>");
    }
    page.append("</head><body>")
        .append("<a class=\"skip\" href=\"#main\">").append(t(lang, "page.skip")).append("</a>")
        .append("<header class=\"top\"><a class=\"brand\" href=\"/?lang=").append(lang.code()).append("\">Kinerja</a>")
        .append("<nav aria-label=\"").append(t(lang, "page.language")).append("\" class=\"langs\">")
        .append(langLink(ctx, lang, Language.ID)).append(langLink(ctx, lang, Language.EN)).append("</nav>");
    if (session != null) {
      page.append("<a class=\"manage-link\" href=\"/admin?lang=").append(lang.code()).append("\">")
          .append(t(lang, "admin.title")).append("</a>");
      page.append("<span class=\"who\">").append(t(lang, "page.signed_in_as")).append(" <b>")
          .append(Html.escape(session.user().username())).append("</b></span>")
          .append("<form method=\"post\" action=\"/logout\" class=\"logout\"><input type=\"hidden\" name=\"_csrf\" value=\"")
          .append(Html.escape(session.csrf())).append("\"><button type=\"submit\">").append(t(lang, "page.logout"))
          .append("</button></form>");
    }
    page.append("</header><main id=\"main\" tabindex=\"-1\">").append(main).append("</main></body></html>");
    Languages.remember(ctx);
    ctx.status(status).header("Content-Security-Policy", CSP).header("Content-Language", lang.code())
        .contentType("text/html; charset=utf-8").result(page.toString());
  }

  /** The same page in another language: the path and query kept, {@code lang} replaced. */
  private static String langLink(Context ctx, Language current, Language other) {
    StringBuilder query = new StringBuilder();
    ctx.queryParamMap().forEach((name, values) -> {
      if (!name.equals("lang")) {
        values.forEach(v -> query.append(Html.url(name)).append('=').append(Html.url(v)).append('&'));
      }
    });
    query.append("lang=").append(other.code());
    String label = other == Language.ID ? "Bahasa Indonesia" : "English";
    return "<a href=\"" + Html.escape(ctx.path() + "?" + query) + "\" hreflang=\"" + other.code() + "\" lang=\""
        + other.code() + "\"" + (other == current ? " aria-current=\"true\"" : "") + ">" + other.code().toUpperCase(
            java.util.Locale.ROOT) + "<span class=\"sr\"> " + label + "</span></a>";
  }
}

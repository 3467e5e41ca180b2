package io.kinerja.server.web;

import io.kinerja.core.text.Language;
import io.kinerja.core.text.Messages;
import io.kinerja.server.auth.Secrets;
import io.kinerja.server.auth.Sessions;
import io.kinerja.server.auth.User;
import io.kinerja.server.auth.Users;
import io.kinerja.server.error.Refused;
import io.kinerja.server.scorecards.Scorecards;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * The few pages this module serves itself: the login form (fields {@code username}, {@code password}),
 * logging out, and a plain start page. The login form is protected from cross-site posting by a
 * double-submit token (a cookie and a hidden field that must match), since there is no session yet.
 */
final class Pages {

  private static final String LOGIN_CSRF_COOKIE = "kinerja_login_csrf";

  private final Users users;
  private final Sessions sessions;
  private final Scorecards scorecards;
  private final Callers callers;

  Pages(Users users, Sessions sessions, Scorecards scorecards, Callers callers) {
    this.users = users;
    this.sessions = sessions;
    this.scorecards = scorecards;
    this.callers = callers;
  }

  void register(Routes r) {
    r.get("/", this::start);
    r.get("/login", this::loginForm);
    r.post("/login", this::login);
    r.post("/logout", this::logout);
  }

  private void start(Context ctx) {
    var session = callers.session(ctx);
    if (session.isEmpty()) {
      ctx.redirect("/login");
      return;
    }
    Language lang = Languages.forMessages(ctx);
    User user = session.get().user();
    StringBuilder list = new StringBuilder();
    scorecards.list(user).forEach(s -> list.append("<li><a href=\"/api/v1/scorecards/").append(Html.escape(s.id()))
        .append("/results\">").append(Html.escape(s.name())).append("</a></li>"));
    html(ctx, 200, Messages.text(lang, "page.start_title"), "<p>" + Html.escape(Messages.text(lang, "page.signed_in_as"))
        + " <b>" + Html.escape(user.username()) + "</b></p><ul>" + list + "</ul>"
        + "<form method=\"post\" action=\"/logout\"><input type=\"hidden\" name=\"_csrf\" value=\""
        + Html.escape(session.get().csrf()) + "\"><button>" + Html.escape(Messages.text(lang, "page.logout"))
        + "</button></form><p><a href=\"/api/docs\">API</a></p>");
  }

  private void loginForm(Context ctx) {
    showForm(ctx, 200, null);
  }

  private void showForm(Context ctx, int status, String problem) {
    Language lang = Languages.forMessages(ctx);
    String token = Secrets.random(24);
    ctx.cookie(cookie(ctx, LOGIN_CSRF_COOKIE, token, 3600));
    String error = problem == null ? "" : "<p role=\"alert\">" + Html.escape(problem) + "</p>";
    html(ctx, status, Messages.text(lang, "page.login_title"), error
        + "<form method=\"post\" action=\"/login\">"
        + "<input type=\"hidden\" name=\"_csrf\" value=\"" + token + "\">"
        + "<p><label>" + Html.escape(Messages.text(lang, "page.username"))
        + " <input name=\"username\" autocomplete=\"username\" required></label></p>"
        + "<p><label>" + Html.escape(Messages.text(lang, "page.password"))
        + " <input name=\"password\" type=\"password\" autocomplete=\"current-password\" required></label></p>"
        + "<p><button>" + Html.escape(Messages.text(lang, "page.login")) + "</button></p></form>");
  }

  private void login(Context ctx) {
    Language lang = Languages.forMessages(ctx);
    if (!Secrets.same(ctx.cookie(LOGIN_CSRF_COOKIE), ctx.formParam("_csrf"))) {
      showForm(ctx, 403, Messages.text(lang, "page.form_expired"));
      return;
    }
    String username = ctx.formParam("username");
    String password = ctx.formParam("password");
    try {
      Users.requireCredentials(username, password);
      User user = users.login(username.strip(), password, ctx.ip());
      Sessions.Started started = sessions.start(user);
      ctx.cookie(cookie(ctx, Callers.SESSION_COOKIE, started.cookie(), (int) Sessions.LIFETIME.toSeconds()));
      ctx.removeCookie(LOGIN_CSRF_COOKIE, "/");
      ctx.redirect("/", io.javalin.http.HttpStatus.SEE_OTHER);
    } catch (Refused e) {
      showForm(ctx, e.reason() == Refused.Reason.THROTTLED ? 429 : 401, e.message().in(lang));
    } catch (io.kinerja.core.problem.InvalidInputException e) {
      showForm(ctx, 422, e.describe(lang));
    }
  }

  private void logout(Context ctx) {
    callers.require(ctx); // a session with its CSRF token: another site cannot log a user out
    sessions.end(ctx.cookie(Callers.SESSION_COOKIE));
    ctx.removeCookie(Callers.SESSION_COOKIE, "/");
    ctx.redirect("/login", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  /** HttpOnly, SameSite=Lax (links from elsewhere still open a page; changes need the CSRF token), Secure over TLS. */
  private static Cookie cookie(Context ctx, String name, String value, int maxAge) {
    boolean tls = "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    return new Cookie(name, value, "/", maxAge, tls, true, null, SameSite.LAX);
  }

  private static void html(Context ctx, int status, String title, String body) {
    ctx.status(status).header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'")
        .contentType("text/html; charset=utf-8").result("<!doctype html><html><head><meta charset=\"utf-8\"><title>"
            + Html.escape(title) + " — Kinerja</title></head><body><h1>" + Html.escape(title) + "</h1>" + body
            + "</body></html>");
  }
}

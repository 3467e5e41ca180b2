package io.kinerja.server.web;

import io.kinerja.core.text.Language;
import io.kinerja.core.text.Messages;
import io.kinerja.server.auth.Secrets;
import io.kinerja.server.auth.Sessions;
import io.kinerja.server.auth.User;
import io.kinerja.server.auth.Users;
import io.kinerja.server.error.Refused;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * Signing in and out: the login form (fields {@code username}, {@code password}) and logging out; the
 * pages behind them are {@link Dashboards}. The login form is protected from cross-site posting by a
 * double-submit token (a cookie and a hidden field that must match), since there is no session yet.
 */
final class Pages {

  private static final String LOGIN_CSRF_COOKIE = "kinerja_login_csrf";

  private final Users users;
  private final Sessions sessions;
  private final Callers callers;

  Pages(Users users, Sessions sessions, Callers callers) {
    this.users = users;
    this.sessions = sessions;
    this.callers = callers;
  }

  void register(Routes r) {
    r.get("/login", this::loginForm);
    r.post("/login", this::login);
    r.post("/logout", this::logout);
  }

  private void loginForm(Context ctx) {
    if (callers.session(ctx).isPresent()) {
      ctx.redirect(home(ctx));
      return;
    }
    showForm(ctx, 200, null);
  }

  private static String home(Context ctx) {
    String lang = Languages.asCode(ctx);
    return lang == null ? "/" : "/?lang=" + lang;
  }

  private void showForm(Context ctx, int status, String problem) {
    Language lang = Languages.forMessages(ctx);
    String token = Secrets.random(24);
    ctx.cookie(cookie(ctx, LOGIN_CSRF_COOKIE, token, 3600));
    String error = problem == null ? ""
        : "<p class=\"error\" role=\"alert\" id=\"login-error\">" + Html.escape(problem) + "</p>";
    String described = problem == null ? "" : " aria-describedby=\"login-error\"";
    String action = "/login" + (Languages.asCode(ctx) == null ? "" : "?lang=" + lang.code());
    Layout.render(ctx, status, lang, Messages.text(lang, "page.login_title"), null,
        "<section class=\"panel login\"><h1>" + Layout.t(lang, "page.login_title") + "</h1>"
        + "<p class=\"meta\">" + Layout.t(lang, "page.login_intro") + "</p>" + error
        + "<form method=\"post\" action=\"" + Html.escape(action) + "\">"
        + "<input type=\"hidden\" name=\"_csrf\" value=\"" + token + "\">"
        + "<label for=\"username\">" + Layout.t(lang, "page.username") + "</label>"
        + "<input id=\"username\" name=\"username\" autocomplete=\"username\" required autofocus" + described + ">"
        + "<label for=\"password\">" + Layout.t(lang, "page.password") + "</label>"
        + "<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required"
        + described + ">"
        + "<button type=\"submit\">" + Layout.t(lang, "page.login") + "</button></form></section>");
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
      ctx.redirect(home(ctx), io.javalin.http.HttpStatus.SEE_OTHER);
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

}

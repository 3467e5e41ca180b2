package io.kinerja.server.web;

import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import io.kinerja.core.text.Language;
import io.kinerja.server.auth.Sessions;
import io.kinerja.server.auth.Tokens;
import io.kinerja.server.auth.User;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The caller's own account ({@code /account}): their API tokens (a new one is shown once, then only its id)
 * and their password. Anyone signed in; an organisation admin sees only their own tokens here too.
 */
final class AccountPages {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
      .withZone(ZoneOffset.UTC);

  private final Services s;
  private final Managed managed;

  AccountPages(Services services, Callers callers) {
    this.s = services;
    this.managed = new Managed(callers);
  }

  void register(Routes r) {
    r.get("/account", ctx -> managed.get(ctx, (c, session, lang, status, failed) -> page(c, session, lang, status, failed, null)));
    r.post("/account/tokens", ctx -> managed.post(ctx, "token", "", this::page, "/account", (caller, lang) -> {
      Tokens.Issued issued = s.tokens().issue(caller);
      page(ctx, callersSession(ctx), lang, 201, null, issued);
    }));
    r.post("/account/tokens/{token}/revoke", ctx -> managed.post(ctx, "revoke-token", "", this::page, "/account",
        (caller, lang) -> s.tokens().revoke(caller, ctx.pathParam("token"))));
    r.post("/account/password", ctx -> managed.post(ctx, "password", "old_password", this::page, "/login",
        (caller, lang) -> changePassword(ctx, caller)));
  }

  private Sessions.Session callersSession(Context ctx) {
    return s.sessions().find(ctx.cookie(Callers.SESSION_COOKIE)).orElseThrow();
  }

  private void changePassword(Context ctx, User caller) {
    String old = ctx.formParam("old_password");
    String password = ctx.formParam("password");
    Problems problems = new Problems();
    if (old == null || old.isEmpty()) {
      problems.error(Location.field("old_password"), "server.field_required", "old_password");
    }
    if (password == null || password.isEmpty()) {
      problems.error(Location.field("password"), "server.field_required", "password");
    } else if (!password.equals(ctx.formParam("repeat_password"))) {
      problems.error(Location.field("repeat_password"), "admin.passwords_differ");
    }
    problems.throwIfErrors();
    s.users().changePassword(caller, old, password, ctx.ip()); // ends every session: the caller signs in again
  }

  private void page(Context ctx, Sessions.Session session, Language lang, int status, Forms.Failed failed) {
    page(ctx, session, lang, status, failed, null);
  }

  private void page(Context ctx, Sessions.Session session, Language lang, int status, Forms.Failed failed,
      Tokens.Issued issued) {
    User me = session.user();
    Reach reach = Reach.of(s.store(), s.units(), me);
    StringBuilder main = new StringBuilder(4096).append("<h1>").append(Layout.t(lang, "admin.account_title"))
        .append("</h1>").append(reach.nav(lang, "/account"));
    if (issued != null) {
      main.append("<section class=\"panel issued\" role=\"status\" aria-labelledby=\"issued-h\"><h2 id=\"issued-h\">")
          .append(Layout.t(lang, "admin.token_issued")).append(" <code data-testid=\"new-token-id\">")
          .append(Html.escape(issued.id())).append("</code></h2><p>").append(Layout.t(lang, "admin.token_once"))
          .append("</p><p><label for=\"new-token\">").append(Layout.t(lang, "admin.token")).append("</label>")
          .append("<input id=\"new-token\" class=\"token\" readonly value=\"").append(Html.escape(issued.token()))
          .append("\" data-testid=\"new-token\"></p></section>");
    }
    List<Tokens.Info> mine = s.tokens().list(me).stream().filter(t -> t.username().equals(me.username())).toList();
    Forms revoke = new Forms("revoke-token", failed, lang);
    main.append("<section class=\"panel\" aria-labelledby=\"tokens-h\"><h2 id=\"tokens-h\">")
        .append(Layout.t(lang, "admin.tokens")).append("</h2><p class=\"meta\">").append(Layout.t(lang, "admin.tokens_intro"))
        .append("</p>").append(revoke.error(""));
    if (mine.isEmpty()) {
      main.append("<p>").append(Layout.t(lang, "admin.no_tokens")).append("</p>");
    } else {
      main.append("<table class=\"admin-table\"><thead><tr><th scope=\"col\">").append(Layout.t(lang, "admin.token_id"))
          .append("</th><th scope=\"col\">").append(Layout.t(lang, "admin.created")).append("</th><th scope=\"col\">")
          .append(Layout.t(lang, "admin.state")).append("</th></tr></thead><tbody>");
      for (Tokens.Info t : mine) {
        main.append("<tr data-token=\"").append(Html.escape(t.id())).append("\"><td><code>").append(Html.escape(t.id()))
            .append("</code></td><td>").append(WHEN.format(Instant.ofEpochMilli(t.createdAt()))).append("</td><td>");
        if (t.revokedAt() != null) {
          main.append(Layout.t(lang, "admin.revoked")).append(" ").append(WHEN.format(Instant.ofEpochMilli(t.revokedAt())));
        } else {
          main.append(revoke.open("/account/tokens/" + Html.url(t.id()) + "/revoke", session.csrf(), "inline"))
              .append("<button type=\"submit\" class=\"danger\">").append(Layout.t(lang, "admin.revoke"))
              .append("<span class=\"sr\"> ").append(Html.escape(t.id())).append("</span></button></form>");
        }
        main.append("</td></tr>");
      }
      main.append("</tbody></table>");
    }
    Forms token = new Forms("token", failed, lang);
    main.append(token.open("/account/tokens", session.csrf(), "inline")).append("<button type=\"submit\">")
        .append(Layout.t(lang, "admin.new_token")).append("</button></form></section>");
    Forms password = new Forms("password", failed, lang);
    main.append("<section class=\"panel\" aria-labelledby=\"password-h\"><h2 id=\"password-h\">")
        .append(Layout.t(lang, "admin.change_password")).append("</h2>")
        .append(password.open("/account/password", session.csrf(), "stack"))
        .append("<input type=\"text\" name=\"username\" value=\"").append(Html.escape(me.username()))
        .append("\" autocomplete=\"username\" hidden>")
        .append(password.input("old_password", Layout.text(lang, "admin.old_password"), "password", "",
            " required autocomplete=\"current-password\""))
        .append(password.input("password", Layout.text(lang, "admin.new_password"), "password", "",
            " required minlength=\"10\" autocomplete=\"new-password\""))
        .append(password.input("repeat_password", Layout.text(lang, "admin.repeat_password"), "password", "",
            " required minlength=\"10\" autocomplete=\"new-password\""))
        .append("<p class=\"hint\">").append(Layout.t(lang, "admin.password_hint")).append(" ")
        .append(Layout.t(lang, "admin.password_signout")).append("</p>")
        .append("<button type=\"submit\">").append(Layout.t(lang, "admin.change_password")).append("</button></form></section>");
    Layout.render(ctx, status, lang, Layout.text(lang, "admin.account_title"), session, main.toString(), Managed.ASSETS);
  }

}

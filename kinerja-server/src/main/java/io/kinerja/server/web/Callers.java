package io.kinerja.server.web;

import io.kinerja.server.auth.Secrets;
import io.kinerja.server.auth.Sessions;
import io.kinerja.server.auth.Tokens;
import io.kinerja.server.auth.User;
import io.kinerja.server.error.Refused;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: a program with {@code Authorization: Bearer TOKEN}, or a page with the session cookie.
 * A request made with the cookie that changes anything must also carry the session's CSRF token (header
 * {@code X-CSRF-Token}, or form field {@code _csrf}): a cookie alone could have been sent by another site.
 */
final class Callers {

  static final String SESSION_COOKIE = "kinerja_session";
  static final String CSRF_HEADER = "X-CSRF-Token";
  static final String CSRF_FIELD = "_csrf";
  private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

  private final Tokens tokens;
  private final Sessions sessions;

  Callers(Tokens tokens, Sessions sessions) {
    this.tokens = tokens;
    this.sessions = sessions;
  }

  User require(Context ctx) {
    String authorization = ctx.header("Authorization");
    if (authorization != null) {
      if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
        throw Refused.of(Refused.Reason.UNAUTHENTICATED, "server.bearer_only");
      }
      return tokens.authenticate(authorization.substring(7).strip())
          .orElseThrow(() -> Refused.of(Refused.Reason.UNAUTHENTICATED, "server.bad_token"));
    }
    String cookie = ctx.cookie(SESSION_COOKIE);
    if (cookie == null) {
      throw Refused.of(Refused.Reason.UNAUTHENTICATED, "server.sign_in");
    }
    Sessions.Session session = sessions.find(cookie)
        .orElseThrow(() -> Refused.of(Refused.Reason.UNAUTHENTICATED, "server.session_over"));
    if (!SAFE.contains(ctx.method()) && !Secrets.same(session.csrf(), csrfOf(ctx))) {
      throw Refused.of(Refused.Reason.FORBIDDEN, "server.csrf");
    }
    return session.user();
  }

  Optional<Sessions.Session> session(Context ctx) {
    String cookie = ctx.cookie(SESSION_COOKIE);
    return cookie == null ? Optional.empty() : sessions.find(cookie);
  }

  private static String csrfOf(Context ctx) {
    String header = ctx.header(CSRF_HEADER);
    if (header != null) {
      return header;
    }
    return ctx.isFormUrlencoded() || ctx.isMultipartFormData() ? ctx.formParam(CSRF_FIELD) : null;
  }
}

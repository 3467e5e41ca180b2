package io.kinerja.server.web;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.text.Language;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * The language of a request: {@code ?lang=id|en}, else the one last chosen with the switch (a cookie), else
 * the browser's Accept-Language, else English (or the scorecard's own language on its pages).
 */
final class Languages {

  /** Remembers the switch's choice across pages, so that a link without {@code ?lang=} keeps the language. */
  static final String COOKIE = "kinerja_lang";

  private Languages() {}

  /** Sets the cookie when the request chose a language with {@code ?lang=} that the cookie does not hold yet. */
  static void remember(Context ctx) {
    String code = asCode(ctx);
    if (code != null && !code.equals(ctx.cookie(COOKIE))) {
      boolean tls = "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
      ctx.cookie(new io.javalin.http.Cookie(COOKIE, code, "/", 365 * 24 * 3600, tls, true, null,
          io.javalin.http.SameSite.LAX));
    }
  }

  /** The language of the cookie set by the switch, or null. */
  private static Language chosen(Context ctx) {
    String code = ctx.cookie(COOKIE);
    return code == null ? null : Language.byCode(code.strip().toLowerCase(Locale.ROOT));
  }

  /** The language asked for with {@code ?lang=}, or null (the scorecard's own is then used for results). */
  static Language asked(Context ctx) {
    String code = ctx.queryParam("lang");
    if (code == null || code.isBlank()) {
      return null;
    }
    Language language = Language.byCode(code.strip().toLowerCase(Locale.ROOT));
    if (language == null) {
      throw InvalidInputException.of(Location.field("lang"), "cli.unknown_language", code);
    }
    return language;
  }

  /** The language of messages: never fails, since it is also used to report failures. */
  static Language forMessages(Context ctx) {
    String code = ctx.queryParam("lang");
    if (code != null && Language.byCode(code.strip().toLowerCase(Locale.ROOT)) != null) {
      return Language.byCode(code.strip().toLowerCase(Locale.ROOT));
    }
    if (chosen(ctx) != null) {
      return chosen(ctx);
    }
    String accept = ctx.header("Accept-Language");
    return accept != null && accept.toLowerCase(Locale.ROOT).startsWith("id") ? Language.ID : Language.EN;
  }

  /** A page's language: {@code ?lang=}, else the browser's Accept-Language when it names id or en, else {@code fallback}. */
  static Language forPage(Context ctx, Language fallback) {
    String code = asCode(ctx);
    if (code != null) {
      return Language.byCode(code);
    }
    if (chosen(ctx) != null) {
      return chosen(ctx);
    }
    String accept = ctx.header("Accept-Language");
    if (accept != null) {
      for (String part : accept.split(",")) {
        String tag = part.strip().toLowerCase(Locale.ROOT);
        if (tag.startsWith("id") || tag.startsWith("in")) {
          return Language.ID;
        }
        if (tag.startsWith("en")) {
          return Language.EN;
        }
      }
    }
    return fallback;
  }

  /** The code of a valid {@code ?lang=}, or null. */
  static String asCode(Context ctx) {
    String code = ctx.queryParam("lang");
    if (code == null) {
      return null;
    }
    Language language = Language.byCode(code.strip().toLowerCase(Locale.ROOT));
    return language == null ? null : language.code();
  }
}

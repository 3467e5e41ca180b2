package io.kinerja.server.web;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.text.Language;
import io.javalin.http.Context;
import java.util.Locale;

/** The language of a request: {@code ?lang=id|en}, else the browser's Accept-Language, else English. */
final class Languages {

  private Languages() {}

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
    String accept = ctx.header("Accept-Language");
    return accept != null && accept.toLowerCase(Locale.ROOT).startsWith("id") ? Language.ID : Language.EN;
  }

  /** A page's language: {@code ?lang=}, else the browser's Accept-Language when it names id or en, else {@code fallback}. */
  static Language forPage(Context ctx, Language fallback) {
    String code = asCode(ctx);
    if (code != null) {
      return Language.byCode(code);
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

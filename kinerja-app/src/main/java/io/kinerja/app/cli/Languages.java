package io.kinerja.app.cli;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.text.Language;

/** The language of output: {@code --lang}, else the scorecard's; messages before a scorecard is read: the environment's. */
public final class Languages {

  private Languages() {}

  static Language forMessages(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String code = args[i].startsWith("--lang=") ? args[i].substring(7)
          : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
      if (code != null && Language.byCode(code) != null) {
        return Language.byCode(code);
      }
    }
    return fromEnvironment();
  }

  static Language fromEnvironment() {
    String kinerja = System.getenv("KINERJA_LANG");
    if (kinerja != null && Language.byCode(kinerja) != null) {
      return Language.byCode(kinerja);
    }
    String lang = System.getenv("LANG");
    return lang != null && lang.startsWith("id") ? Language.ID : Language.EN;
  }

  /** The language named by {@code --lang}, or {@code fallback} when it is not given. */
  public static Language chosen(String code, Language fallback) {
    if (code == null) {
      return fallback;
    }
    Language language = Language.byCode(code);
    if (language == null) {
      throw InvalidInputException.of(Location.field("--lang"), "cli.unknown_language", code);
    }
    return language;
  }
}

package io.kinerja.core.problem;

import io.kinerja.core.text.Language;
import io.kinerja.core.text.Message;
import io.kinerja.core.text.Messages;

/** One thing wrong (an error) or doubtful (a warning) in what a user gave us, and where it is. */
public record Problem(Level level, Location location, Message message) {

  public enum Level {
    ERROR,
    WARNING
  }

  public static Problem error(Location location, String key, Object... args) {
    return new Problem(Level.ERROR, location, Message.of(key, args));
  }

  public static Problem warning(Location location, String key, Object... args) {
    return new Problem(Level.WARNING, location, Message.of(key, args));
  }

  public boolean isError() {
    return level == Level.ERROR;
  }

  /** The problem as one line: {@code file:line:column: error: message}. */
  public String describe(Language language) {
    String where = location.toString();
    String word = Messages.text(language, "level." + level.name().toLowerCase());
    return (where.isEmpty() ? "" : where + ": ") + word + ": " + message.in(language);
  }

  @Override
  public String toString() {
    return describe(Language.EN);
  }
}

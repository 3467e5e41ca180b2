package io.kinerja.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A sentence for a person, kept as a key and its arguments so that it can be said in either language.
 * Arguments are already plain text or numbers; {@link Messages} formats numbers per language.
 */
public record Message(String key, List<Object> args) {

  /** Arguments may be null (a name the user left out): {@link Messages} renders null as nothing. */
  public Message {
    args = Collections.unmodifiableList(new ArrayList<>(args));
  }

  public static Message of(String key, Object... args) {
    return new Message(key, Arrays.asList(args));
  }

  public String in(Language language) {
    return Messages.render(language, this);
  }

  @Override
  public String toString() {
    return in(Language.EN);
  }
}

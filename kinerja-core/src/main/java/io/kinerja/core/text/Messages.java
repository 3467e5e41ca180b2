package io.kinerja.core.text;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Renders {@link Message}s from the bundles {@code messages_en} and {@code messages_id}. */
public final class Messages {

  private static final Map<Language, ResourceBundle> BUNDLES = new EnumMap<>(Language.class);

  private Messages() {}

  public static String render(Language language, Message message) {
    String pattern = pattern(language, message.key());
    Object[] args = message.args().stream().map(arg -> formatArg(language, arg)).toArray();
    return new MessageFormat(pattern.replace("'", "''"), language.locale()).format(args);
  }

  /** The bare text of a key (a label, a category word) in a language. */
  public static String text(Language language, String key) {
    return pattern(language, key);
  }

  public static boolean has(String key) {
    return bundle(Language.EN).containsKey(key);
  }

  private static String pattern(Language language, String key) {
    try {
      return bundle(language).getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no message '" + key + "' in language " + language.code(), e);
    }
  }

  private static Object formatArg(Language language, Object arg) {
    if (arg instanceof Double || arg instanceof Float) {
      return Numbers.format(language, ((Number) arg).doubleValue(), 4);
    }
    if (arg instanceof Message nested) {
      return render(language, nested);
    }
    return arg == null ? "" : arg.toString();
  }

  private static synchronized ResourceBundle bundle(Language language) {
    return BUNDLES.computeIfAbsent(
        language,
        l ->
            ResourceBundle.getBundle(
                "io.kinerja.core.text.messages",
                l.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }
}

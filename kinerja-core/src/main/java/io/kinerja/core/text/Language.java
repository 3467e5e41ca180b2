package io.kinerja.core.text;

import java.util.Locale;

/** The two languages Kinerja speaks: labels, category words, messages and number formats follow it. */
public enum Language {
  EN("en", '.', ','),
  ID("id", ',', '.');

  private final String code;
  private final char decimalSeparator;
  private final char groupingSeparator;

  Language(String code, char decimalSeparator, char groupingSeparator) {
    this.code = code;
    this.decimalSeparator = decimalSeparator;
    this.groupingSeparator = groupingSeparator;
  }

  public String code() {
    return code;
  }

  public char decimalSeparator() {
    return decimalSeparator;
  }

  public char groupingSeparator() {
    return groupingSeparator;
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  /** The language named by {@code code} ("en", "id", any case), or {@code null} if it is neither. */
  public static Language byCode(String code) {
    for (Language language : values()) {
      if (language.code.equalsIgnoreCase(code)) {
        return language;
      }
    }
    return null;
  }
}

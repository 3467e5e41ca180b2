package io.kinerja.data.csv;

import java.util.regex.Pattern;

/**
 * How a data file writes numbers: plain ({@code 1234.5}) or Indonesian ({@code 1.234,5}). Never
 * guessed: a file is plain unless its declaration says {@code numbers: id}.
 */
public enum NumberStyle {
  PLAIN(Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")),
  ID(Pattern.compile("[-+]?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?"));

  private final Pattern form;

  NumberStyle(Pattern form) {
    this.form = form;
  }

  /** The number written as {@code text}, or null if it is not written in this style. */
  public Double parse(String text) {
    String t = text.strip();
    if (!form.matcher(t).matches()) {
      return null;
    }
    String plain = this == ID ? t.replace(".", "").replace(',', '.') : t;
    return Double.parseDouble(plain);
  }

  public static NumberStyle byName(String name) {
    if ("id".equalsIgnoreCase(name)) {
      return ID;
    }
    return "en".equalsIgnoreCase(name) || "plain".equalsIgnoreCase(name) ? PLAIN : null;
  }

  public String example() {
    return this == ID ? "1.234,5" : "1234.5";
  }
}

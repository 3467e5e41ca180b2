package io.kinerja.core.text;

import io.kinerja.core.formula.Value;

/** Values as people read them, with their unit, in a language: {@code 56,82 %}, {@code Rp 1.234.500}. */
public final class Show {

  private Show() {}

  public static String value(Language language, Value value, String unit, int decimals) {
    if (value instanceof Value.Number n) {
      return number(language, n.value(), unit, decimals);
    }
    if (value instanceof Value.Class c) {
      return c.label();
    }
    return "—";
  }

  public static String number(Language language, double x, String unit, int decimals) {
    String digits = Numbers.format(language, x, decimals);
    if (unit == null || unit.isBlank() || unit.equals("count") || unit.equals("score")) {
      return digits;
    }
    if (unit.equals("IDR")) {
      return (language == Language.ID ? "Rp " : "IDR ") + digits;
    }
    if (unit.equals("%")) {
      return digits + " %";
    }
    if (unit.equals("days")) {
      return digits + " " + Messages.text(language, "unit.days");
    }
    return digits + " " + unit;
  }

  /** A target as people read it, numbers in the language's format: {@code >= 3.000.000.000}. */
  public static String target(Language language, io.kinerja.core.target.Target target) {
    if (target instanceof io.kinerja.core.target.Target.AtLeast t) {
      return (t.strict() ? "> " : ">= ") + Numbers.format(language, t.standard(), 4);
    }
    if (target instanceof io.kinerja.core.target.Target.AtMost t) {
      return (t.strict() ? "< " : "<= ") + Numbers.format(language, t.standard(), 4);
    }
    if (target instanceof io.kinerja.core.target.Target.Between t) {
      return Numbers.format(language, t.low(), 4) + " – " + Numbers.format(language, t.high(), 4);
    }
    return target.text();
  }

  /** A score: whole numbers without decimals, others to four. */
  public static String score(Language language, Double score) {
    if (score == null) {
      return "—";
    }
    return Numbers.format(language, score, 4);
  }
}

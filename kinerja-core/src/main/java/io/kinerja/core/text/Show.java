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
  /**
   * A day as people read it, the same order in both languages with the month's name in the language:
   * {@code 26 November 2026}, {@code 3 Januari 2026} (Indonesian) or {@code 3 January 2026} (English).
   */
  public static String date(Language language, java.time.LocalDate day) {
    return day.getDayOfMonth() + " " + month(language, day.getMonthValue()) + " " + day.getYear();
  }

  /**
   * A period's name as people read it: {@code Januari 2025} / {@code January 2025}, {@code Triwulan 1 2025} /
   * {@code Q1 2025}, {@code 2025}; weeks and days keep their ISO names. Text that is not a period is kept.
   */
  public static String period(Language language, String name) {
    java.util.Optional<io.kinerja.core.period.Period> parsed = io.kinerja.core.period.Period.parse(name);
    if (parsed.isEmpty()) {
      return name;
    }
    io.kinerja.core.period.Period p = parsed.get();
    java.time.LocalDate start = p.start();
    return switch (p.grain()) {
      case MONTH -> month(language, start.getMonthValue()) + " " + start.getYear();
      case QUARTER -> Messages.text(language, "period.quarter_name")
          .replace("{0}", Integer.toString((start.getMonthValue() - 1) / 3 + 1))
          .replace("{1}", Integer.toString(start.getYear()));
      case DAY -> date(language, start);
      default -> p.name();
    };
  }

  private static String month(Language language, int month) {
    return Messages.text(language, "period.month_" + month);
  }
}

package io.kinerja.server.web;

import io.kinerja.core.text.Language;
import io.kinerja.core.text.Numbers;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Money and dates as each language writes them: {@code Rp 1.234.567}, {@code 26 November 2026} / {@code 26 Nov 2026}. */
final class PlanFormats {

  private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter INDONESIAN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

  private PlanFormats() {}

  static String rupiah(Language lang, Long amount) {
    return amount == null ? "—" : "Rp " + Numbers.format(lang, amount, 0);
  }

  static String date(Language lang, LocalDate date) {
    return date.format(lang == Language.ID ? INDONESIAN : ENGLISH);
  }

  static String percent(Language lang, double value) {
    return Numbers.format(lang, value, 2) + " %";
  }
}

package io.kinerja.report;

import io.kinerja.core.evaluation.IndicatorResult;
import io.kinerja.core.evaluation.ScorecardResult;
import io.kinerja.core.model.Method;
import io.kinerja.core.scoring.Aggregate;
import io.kinerja.core.text.Language;
import io.kinerja.core.text.Message;
import io.kinerja.core.text.Messages;
import io.kinerja.core.text.Numbers;
import io.kinerja.core.text.Show;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The report's words and numbers in one language: labels, category words, scores, dates. */
final class Words {

  private final Language language;

  Words(Language language) {
    this.language = language;
  }

  Language language() {
    return language;
  }

  /** A report label: {@code report.KEY}. */
  String label(String key, Object... args) {
    return args.length == 0 ? Messages.text(language, "report." + key)
        : Messages.render(language, Message.of("report." + key, args));
  }

  String text(Message message) {
    return message == null ? "—" : message.in(language);
  }

  String method(Method method) {
    return Messages.text(language, "method." + method.key());
  }

  String number(double x, int decimals) {
    return Numbers.format(language, x, decimals);
  }

  String score(Double score) {
    return Show.score(language, score);
  }

  String value(IndicatorResult r) {
    return Show.value(language, r.value(), r.indicator().unit(), 2);
  }

  String date(LocalDate date) {
    return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()));
  }

  /** Mulyadi: {@code T / B = F}; the weighted methods: the final score; nothing scored: a dash. */
  String aggregate(Method method, Aggregate a) {
    if (a.fin() == null) {
      return "—";
    }
    if (method == Method.MULYADI) {
      return number(a.score(), 4) + " / " + number(a.max(), 0) + " = " + number(a.fin(), 4);
    }
    return number(a.fin(), 2);
  }

  String finalScore(ScorecardResult r) {
    return r.overall().fin() == null ? "—" : number(r.overall().fin(), 4);
  }
}

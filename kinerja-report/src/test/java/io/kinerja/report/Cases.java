package io.kinerja.report;

import io.kinerja.core.evaluation.Evaluator;
import io.kinerja.core.evaluation.ScorecardResult;
import io.kinerja.core.period.Period;
import io.kinerja.core.period.Span;
import io.kinerja.data.load.LoadedScorecard;
import io.kinerja.data.load.ScorecardLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The reference cases as report inputs, evaluated through the real loader. */
final class Cases {

  static final LocalDate DATA_DATE = LocalDate.of(2015, 1, 31);

  private Cases() {}

  static Path shared() {
    return Path.of(System.getProperty("kinerja.shared", "../../shared"));
  }

  static Path root() {
    return Path.of(System.getProperty("kinerja.root", ".."));
  }

  static ScorecardResult evaluate(Path file, String period) {
    try (LoadedScorecard loaded = ScorecardLoader.load(file)) {
      Span span = period == null ? Span.of(loaded.scorecard().current()) : Span.of(Period.parse(period).orElseThrow());
      return Evaluator.evaluate(loaded.scorecard(), loaded.data(), span);
    }
  }

  /** RSI Unisma 2014, scored strictly: −5 / 14 = −0.3571, Kurang. */
  static ReportInput rsiUnisma2014() {
    return ReportInput.of(evaluate(shared().resolve("cases/rsi-unisma-2014/scorecard.yaml"), null), DATA_DATE);
  }

  /** RSI Unisma 2014 with the paper's published scores as overrides: 3 / 14 = 0.2143, Cukup. */
  static ReportInput rsiUnismaPublished() {
    return ReportInput.of(evaluate(root().resolve("examples/rsi-unisma-2014/published.yaml"), null), DATA_DATE);
  }

  /** The funnel case for 2025, per channel and as a whole. */
  static ReportInput funnelByChannel() {
    try (LoadedScorecard loaded = ScorecardLoader.load(shared().resolve("cases/funnel-2025/scorecard.yaml"))) {
      Span span = Span.of(Period.parse("2025").orElseThrow());
      List<ScorecardResult> segments = new ArrayList<>();
      for (String channel : loaded.segmentValues("channel")) {
        segments.add(Evaluator.evaluate(loaded.scorecard(), loaded.data(), span, Map.of("channel", channel)));
      }
      ScorecardResult whole = Evaluator.evaluate(loaded.scorecard(), loaded.data(), span);
      return ReportInput.segments(whole, "channel", segments, DATA_DATE);
    }
  }

  /** The funnel case month by month through 2025: a trend. */
  static ReportInput funnelMonths() {
    try (LoadedScorecard loaded = ScorecardLoader.load(shared().resolve("cases/funnel-2025/scorecard.yaml"))) {
      List<ScorecardResult> months = new ArrayList<>();
      for (Period p : Period.parse("2025-01").orElseThrow().through(Period.parse("2025-12").orElseThrow())) {
        months.add(Evaluator.evaluate(loaded.scorecard(), loaded.data(), Span.of(p)));
      }
      return ReportInput.trend(months, DATA_DATE);
    }
  }
}

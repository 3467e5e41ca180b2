package io.kinerja.app.bench;

import io.kinerja.app.cli.Progress;
import io.kinerja.core.evaluation.Evaluator;
import io.kinerja.core.evaluation.ScorecardResult;
import io.kinerja.core.measure.MeasureValue;
import io.kinerja.core.period.Grain;
import io.kinerja.core.period.Period;
import io.kinerja.core.period.Span;
import io.kinerja.core.text.Message;
import io.kinerja.data.load.LoadedScorecard;
import io.kinerja.data.load.ScorecardLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One timed comparison: Kinerja loads the funnel scorecard and evaluates it for every month of its year,
 * for every channel and for all channels; the hand-written query computes the same measures. Both run
 * in this process on an in-process DuckDB of their own, each timed from opening its database to having
 * every value in the JVM. Runs alternate which goes first, so neither always profits from a warm cache.
 * After each Kinerja run (untimed) every measure value is checked against the hand-written one. Warm-up
 * runs first (untimed) let the JIT compile Kinerja's code and the OS cache the files for both sides.
 */
final class BenchRun {

  static final String DIMENSION = "channel";

  /** One run's times in seconds. */
  record Times(double kinerja, double handWritten) {}

  /** What the runs did and how long they took. */
  record Report(long records, int months, int segments, int evaluations, int indicators, int values,
      List<Times> runs) {}

  private final Path scorecard;
  private final Path leads;
  private final Path spend;
  private final Progress progress;

  BenchRun(Path scorecard, Path leads, Path spend, Progress progress) {
    this.scorecard = scorecard;
    this.leads = leads;
    this.spend = spend;
    this.progress = progress;
  }

  Report run(int warmups, int runs) throws SQLException {
    long records = count(leads) + count(spend);
    for (int i = 0; i < warmups; i++) {
      progress.phase(Message.of("bench.progress.warmup", i + 1, warmups), 0);
      timeHandWritten();
      timeKinerja();
    }
    List<Times> times = new ArrayList<>();
    Outcome last = null;
    for (int i = 0; i < runs; i++) {
      progress.phase(Message.of("bench.progress.run", i + 1, runs), 0);
      double hand;
      if (i % 2 == 0) {
        hand = timeHandWritten();
        last = timeKinerja();
      } else {
        last = timeKinerja();
        hand = timeHandWritten();
      }
      times.add(new Times(last.seconds, hand));
    }
    return new Report(records, last.months, last.segments, last.evaluations, last.indicators, last.checked, times);
  }

  private Map<HandWritten.Key, Double[]> expected;

  private double timeHandWritten() throws SQLException {
    long start = System.nanoTime();
    expected = HandWritten.run(leads, spend);
    return (System.nanoTime() - start) / 1e9;
  }

  private record Outcome(double seconds, int months, int segments, int evaluations, int indicators, int checked) {}

  private Outcome timeKinerja() {
    long start = System.nanoTime();
    try (LoadedScorecard loaded = ScorecardLoader.load(scorecard, List.of(DIMENSION))) {
      Period current = loaded.scorecard().current();
      List<Period> months = Period.containing(Grain.YEAR, current.start()).split(Grain.MONTH);
      List<String> channels = loaded.segmentValues(DIMENSION, Grain.MONTH);
      List<ScorecardResult> results = new ArrayList<>();
      for (Period month : months) {
        for (String channel : channels) {
          results.add(Evaluator.evaluate(loaded.scorecard(), loaded.data(), Span.of(month), Map.of(DIMENSION, channel)));
        }
        results.add(Evaluator.evaluate(loaded.scorecard(), loaded.data(), Span.of(month)));
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      int checked = check(loaded, months, channels);
      return new Outcome(seconds, months.size(), channels.size(), results.size(),
          loaded.scorecard().indicators().size(), checked);
    }
  }

  /** Every measure for every month and segment as Kinerja has it equals the hand-written query's value. */
  private int check(LoadedScorecard loaded, List<Period> months, List<String> channels) {
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    List<String> segments = new ArrayList<>(channels);
    segments.add(null);
    for (Period month : months) {
      for (String channel : segments) {
        Double[] row = expected.get(new HandWritten.Key(month.start(), channel));
        for (int m = 0; m < HandWritten.MEASURES.size(); m++) {
          String measure = HandWritten.MEASURES.get(m);
          Map<String, String> segment = channel == null ? Map.of() : Map.of(DIMENSION, channel);
          MeasureValue value = loaded.data().measures().value(measure, month, segment, loaded.scorecard().rollupOf(measure));
          Double want = row == null ? null : row[m];
          if (!agrees(value.value(), want)) {
            mismatches.add(measure + " " + month.name() + " " + segment + ": Kinerja " + value.value() + ", SQL " + want);
          }
          checked++;
        }
      }
    }
    if (!mismatches.isEmpty()) {
      throw new IllegalStateException("Kinerja and the hand-written query disagree on " + mismatches.size()
          + " values, first: " + mismatches.subList(0, Math.min(5, mismatches.size())));
    }
    return checked;
  }

  /** Equal to 1e-9 relative; a period without records is no value in Kinerja and NULL or 0 in the query. */
  private static boolean agrees(Double kinerja, Double sql) {
    double a = kinerja == null ? 0 : kinerja;
    double b = sql == null ? 0 : sql;
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }

  private static long count(Path file) throws SQLException {
    String scan = file.getFileName().toString().endsWith(".parquet") ? "read_parquet(?)"
        : "read_csv(?, header = true, auto_detect = true)";
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement query = db.prepareStatement("SELECT count(*) FROM " + scan)) {
      query.setString(1, file.toAbsolutePath().toString());
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

}

package io.kinerja.spark.bench;

import io.kinerja.core.evaluation.Evaluator;
import io.kinerja.core.evaluation.ScorecardResult;
import io.kinerja.core.period.Grain;
import io.kinerja.core.period.Period;
import io.kinerja.core.period.Span;
import io.kinerja.data.load.LoadedScorecard;
import io.kinerja.data.load.ScorecardLoader;
import io.kinerja.spark.SparkConnectorProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * {@code bench [--leads N] [--dir DIR] [--master local[2]] [--rounds 2]}: the funnel scorecard on N
 * synthetic leads in Parquet (10 million unless told), on Spark and on DuckDB, alternately, each round
 * timing what {@code kinerja score} does: load the scorecard (the engine reads the sources' columns and
 * computes every measure per month), then score the year, each month, and the year per channel. The
 * Spark session is started once before the rounds and its start is reported apart.
 */
public final class Bench {

  private Bench() {}

  public static void main(String[] args) throws Exception {
    long leads = 10_000_000L;
    Path dir = Path.of("target", "bench");
    String master = "local[2]";
    int rounds = 2;
    for (int i = 0; i < args.length; i += 2) {
      String value = i + 1 < args.length ? args[i + 1] : usage("a value after " + args[i]);
      switch (args[i]) {
        case "--leads" -> leads = Long.parseLong(value.replace("_", ""));
        case "--dir" -> dir = Path.of(value);
        case "--master" -> master = value;
        case "--rounds" -> rounds = Integer.parseInt(value);
        default -> usage("unknown option " + args[i]);
      }
    }
    Path folder = Generator.ensure(dir.resolve("funnel-" + leads), leads);
    Path onDuck = Files.writeString(folder.resolve("scorecard-duckdb.yaml"), Generator.scorecard(null));
    Path onSpark = Files.writeString(folder.resolve("scorecard-spark.yaml"),
        Generator.scorecard("engine: { kind: spark, master: \"" + master + "\" }"));
    long start = System.nanoTime();
    SparkSession session = SparkConnectorProvider.session(master);
    double sessionStart = seconds(start);
    System.out.printf(Locale.ROOT, "spark session (%s) started in %.1f s%n", master, sessionStart);
    List<double[]> times = new ArrayList<>();
    String duckResult = null;
    String sparkResult = null;
    for (int round = 1; round <= rounds; round++) {
      long t = System.nanoTime();
      duckResult = score(onDuck);
      double duck = seconds(t);
      t = System.nanoTime();
      sparkResult = score(onSpark);
      double spark = seconds(t);
      times.add(new double[] {duck, spark});
      System.out.printf(Locale.ROOT, "round %d: duckdb %.2f s, spark %.2f s, spark / duckdb = %.1f%n", round, duck,
          spark, spark / duck);
    }
    session.stop();
    System.out.println("same results on both engines: " + duckResult.equals(sparkResult));
    System.out.println("year 2025 overall (duckdb): " + duckResult.lines().findFirst().orElse(""));
    double[] last = times.get(times.size() - 1);
    System.out.printf(Locale.ROOT, "%,d leads: duckdb %.2f s, spark %s %.2f s (+ %.1f s to start the session), "
        + "ratio spark / duckdb %.1f%n", leads, last[0], master, last[1], sessionStart, last[1] / last[0]);
    if (!duckResult.equals(sparkResult)) {
      System.exit(1);
    }
  }

  /** What {@code kinerja score} does for the year, each month and each channel; the scores as text. */
  static String score(Path scorecard) {
    StringBuilder out = new StringBuilder();
    try (LoadedScorecard loaded = ScorecardLoader.load(scorecard)) {
      Period year = Period.parse("2025").orElseThrow();
      out.append(overall(Evaluator.evaluate(loaded.scorecard(), loaded.data(), Span.of(year)))).append('\n');
      for (Period month : year.split(Grain.MONTH)) {
        out.append(month.name()).append(' ')
            .append(overall(Evaluator.evaluate(loaded.scorecard(), loaded.data(), Span.of(month)))).append('\n');
      }
      for (String channel : loaded.segmentValues("channel")) {
        out.append(channel).append(' ').append(overall(Evaluator.evaluate(loaded.scorecard(), loaded.data(),
            Span.of(year), Map.of("channel", channel)))).append('\n');
      }
    }
    return out.toString();
  }

  /** The overall result rounded to 9 significant digits: engines may differ in the last bits of a double. */
  private static String overall(ScorecardResult result) {
    return result.overall().fin() == null ? "no value"
        : String.format(Locale.ROOT, "%.9g (%d of %d scored)", result.overall().fin(), result.overall().scored(),
            result.overall().total());
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static String usage(String problem) {
    System.err.println("bench: " + problem + "\nusage: bench [--leads N] [--dir DIR] [--master local[2]] [--rounds 2]");
    System.exit(2);
    return null;
  }
}

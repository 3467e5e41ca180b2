package io.kinerja.app.bench;

import io.kinerja.app.cli.Args;
import io.kinerja.app.cli.Command;
import io.kinerja.app.cli.Languages;
import io.kinerja.app.cli.Progress;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import io.kinerja.core.text.Language;
import io.kinerja.core.text.Message;
import io.kinerja.core.text.Numbers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * {@code kinerja bench generate --leads N [--seed S] DIR} writes a synthetic CRM export;
 * {@code kinerja bench run DIR} times Kinerja against the hand-written query on it.
 */
public final class BenchCommand implements Command {

  @Override
  public String name() {
    return "bench";
  }

  @Override
  public String summary() {
    return "Generates a synthetic CRM export, and times the funnel scorecard on it against hand-written SQL.";
  }

  @Override
  public String usage() {
    return """
        Usage: kinerja bench generate --leads N [--seed S] [--no-csv] DIR
               kinerja bench run DIR [--source parquet|csv] [--runs N] [--warmup N] [--progress]
                                 [--lang en|id]
          generate     writes leads and spend (Parquet, and CSV unless --no-csv) with the schema of
                       cases/funnel-2025, and the funnel scorecard over them (scorecard.yaml reads the
                       Parquet files, scorecard-csv.yaml the CSV files); the same seed gives the same rows
          run          evaluates the funnel scorecard for every month and channel and for all channels,
                       and the same aggregations written by hand as one SQL query, in this process;
                       prints the time and rows per second of both and their ratio
          --leads N    how many leads (1 to 1,000,000,000)
          --seed S     the random seed (default 1)
          --source F   which files to read: parquet (default) or csv
          --runs N     how many timed runs (default 3)
          --warmup N   untimed runs of both first (default 1), so the JIT and the file cache are warm
          --progress   show a progress bar even when the terminal is not interactive
        """;
  }

  @Override
  public int run(List<String> argv, PrintWriter out, PrintWriter err) {
    Args args = Args.parse(argv, Set.of("--leads", "--seed", "--source", "--runs", "--warmup", "--lang"),
        Set.of("--no-csv", "--progress"), Set.of());
    List<String> positional = args.positional(2, 2, "generate|run DIR");
    Language language = Languages.chosen(args.option("--lang").orElse(null), Language.EN);
    Path dir = Path.of(positional.get(1));
    try (Progress progress = Progress.start(err, language, args.flag("--progress"))) {
      switch (positional.get(0)) {
        case "generate" -> generate(args, dir, progress, out, language);
        case "run" -> run(args, dir, progress, out, language);
        default -> throw InvalidInputException.of(Location.field("generate|run"), "bench.unknown_action",
            positional.get(0));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return 0;
  }

  private static void generate(Args args, Path dir, Progress progress, PrintWriter out, Language language)
      throws SQLException, IOException {
    Problems problems = new Problems();
    long leads = number(args, "--leads", null, 1, 1_000_000_000L, problems);
    long seed = number(args, "--seed", 1L, Long.MIN_VALUE, Long.MAX_VALUE, problems);
    problems.throwIfErrors();
    progress.phase(Message.of("bench.progress.generate", Numbers.format(language, leads, 0)), 0);
    long start = System.nanoTime();
    Generator.Written written = Generator.generate(leads, seed, dir, !args.flag("--no-csv"));
    double seconds = (System.nanoTime() - start) / 1e9;
    progress.close();
    say(out, language, "bench.generated", Numbers.format(language, written.leads(), 0),
        Numbers.format(language, written.spendRows(), 0), dir.toString(), Numbers.format(language, seconds, 1));
  }

  private static long number(Args args, String option, Long fallback, long min, long max, Problems problems) {
    String text = args.option(option).orElse(null);
    if (text == null) {
      if (fallback == null) {
        problems.error(Location.field(option), "bench.option_needed", option);
        return 0;
      }
      return fallback;
    }
    try {
      long value = Long.parseLong(text.strip().replace("_", ""));
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below, with the allowed range
    }
    if (min == Long.MIN_VALUE) {
      problems.error(Location.field(option), "bench.bad_whole_number", option, text);
    } else {
      problems.error(Location.field(option), "bench.bad_number", option, text, String.valueOf(min), String.valueOf(max));
    }
    return 0;
  }

  private static void run(Args args, Path dir, Progress progress, PrintWriter out, Language language)
      throws SQLException {
    Problems problems = new Problems();
    String source = args.option("--source").orElse("parquet");
    if (!source.equals("parquet") && !source.equals("csv")) {
      problems.error(Location.field("--source"), "bench.unknown_source", source);
    }
    int runs = (int) number(args, "--runs", 3L, 1, 100, problems);
    int warmups = (int) number(args, "--warmup", 1L, 0, 100, problems);
    problems.throwIfErrors();
    boolean csv = source.equals("csv");
    Path scorecard = dir.resolve(csv ? Generator.SCORECARD_CSV : Generator.SCORECARD);
    Path leads = dir.resolve(csv ? Generator.LEADS_CSV : Generator.LEADS_PARQUET);
    Path spend = dir.resolve(csv ? Generator.SPEND_CSV : Generator.SPEND_PARQUET);
    for (Path file : List.of(scorecard, leads, spend)) {
      if (!Files.isRegularFile(file)) {
        problems.error(Location.file(file.toString()), "bench.missing_file", file.toString(), dir.toString());
      }
    }
    problems.throwIfErrors();
    resetPeakHeap();
    BenchRun.Report report = new BenchRun(scorecard, leads, spend, progress).run(warmups, runs);
    progress.close();
    print(out, language, report, source, dir);
  }

  private static void print(PrintWriter out, Language language, BenchRun.Report r, String source, Path dir) {
    say(out, language, "bench.header", dir.toString(), source, Numbers.format(language, r.records(), 0), r.months(),
        r.segments(), r.evaluations(), r.indicators());
    int i = 1;
    for (BenchRun.Times t : r.runs()) {
      say(out, language, "bench.run", i++, seconds(language, t.kinerja()), rate(language, r.records(), t.kinerja()),
          seconds(language, t.handWritten()), rate(language, r.records(), t.handWritten()),
          Numbers.format(language, t.kinerja() / t.handWritten(), 3));
    }
    double kinerja = best(r.runs(), BenchRun.Times::kinerja);
    double hand = best(r.runs(), BenchRun.Times::handWritten);
    say(out, language, "bench.best", seconds(language, kinerja), rate(language, r.records(), kinerja),
        seconds(language, hand), rate(language, r.records(), hand), Numbers.format(language, kinerja / hand, 3));
    say(out, language, "bench.median", Numbers.format(language, median(r.runs()), 3));
    say(out, language, "bench.agree", Numbers.format(language, r.values(), 0), HandWritten.MEASURES.size());
    say(out, language, "bench.heap", mebibytes(peakHeap()), mebibytes(Runtime.getRuntime().maxMemory()));
  }

  private static double best(List<BenchRun.Times> runs, ToDoubleFunction<BenchRun.Times> time) {
    List<BenchRun.Times> sorted = new ArrayList<>(runs);
    sorted.sort(Comparator.comparingDouble(time));
    return time.applyAsDouble(sorted.get(0));
  }

  /** The median of the runs' ratios: a run where the machine was busy for one side only weighs little. */
  private static double median(List<BenchRun.Times> runs) {
    double[] ratios = runs.stream().mapToDouble(t -> t.kinerja() / t.handWritten()).sorted().toArray();
    int middle = ratios.length / 2;
    return ratios.length % 2 == 1 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2;
  }

  private static String seconds(Language language, double seconds) {
    return Numbers.format(language, seconds, 3, 3);
  }

  private static String rate(Language language, long records, double seconds) {
    return Numbers.format(language, records / seconds / 1e6, 2, 2);
  }

  private static String mebibytes(long bytes) {
    return String.valueOf(bytes / (1024 * 1024));
  }

  private static void resetPeakHeap() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peaks: an upper bound of the heap ever in use at once. */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static void say(PrintWriter out, Language language, String key, Object... args) {
    out.println(Message.of(key, args).in(language));
  }
}

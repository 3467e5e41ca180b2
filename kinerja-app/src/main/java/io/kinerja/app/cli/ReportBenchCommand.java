package io.kinerja.app.cli;

import io.kinerja.core.evaluation.Evaluator;
import io.kinerja.core.evaluation.ScorecardResult;
import io.kinerja.core.period.Span;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.text.Language;
import io.kinerja.data.load.LoadedScorecard;
import io.kinerja.data.load.ScorecardLoader;
import io.kinerja.report.Organisation;
import io.kinerja.report.OrganisationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * {@code kinerja bench-report --units N --format pdf|xlsx -o OUT}: an organisation report over N
 * generated units (a fixed seed), the summary first and a section per unit, to measure time and memory
 * (run it with {@code -Xmx256m}). The units are one generated scorecard evaluated per value of its
 * {@code unit} segment, each when the report asks for it.
 */
public final class ReportBenchCommand implements Command {

  @Override
  public String name() {
    return "bench-report";
  }

  @Override
  public String summary() {
    return "Benchmark: an organisation report over N generated units (PDF or XLSX).";
  }

  @Override
  public String usage() {
    return """
        Usage: kinerja bench-report [--units N] --format pdf|xlsx [--lang en|id] -o OUT
          --units N     how many generated units (default 500)
          --format F    pdf or xlsx
          -o OUT        the file to write (atomically)
        Prints the time taken and the peak heap used; run with java -Xmx256m to check bounded memory.
        """;
  }

  @Override
  public int run(List<String> argv, PrintWriter stdout, PrintWriter err) {
    List<String> renamed = argv.stream().map(a -> a.equals("-o") ? "--output" : a).toList();
    Args args = Args.parse(renamed, Set.of("--units", "--format", "--lang", "--output"), Set.of(), Set.of());
    args.positional(0, 0, "");
    int count = units(args.option("--units").orElse("500"));
    String format = args.option("--format").orElseThrow(
        () -> InvalidInputException.of(Location.field("--format"), "report.cli.needs_format"));
    ReportCommand.Kind kind = ReportCommand.Kind.parse(format);
    if (kind == ReportCommand.Kind.HTML) {
      throw InvalidInputException.of(Location.field("--format"), "report.cli.unknown_format", format);
    }
    Language language = Languages.chosen(args.option("--lang").orElse(null), Language.EN);
    Path out = Path.of(args.option("--output").orElseThrow(
        () -> InvalidInputException.of(Location.field("-o"), "cli.option_needs_value", "-o")));
    Path folder = generate(count);
    long start = System.nanoTime();
    try (LoadedScorecard loaded = ScorecardLoader.load(folder.resolve("scorecard.yaml"))) {
      Organisation organisation = organisation(loaded, count);
      Output.atomically(out, stream -> {
        if (kind == ReportCommand.Kind.PDF) {
          OrganisationReport.pdf(organisation, language, stream);
        } else {
          OrganisationReport.xlsx(organisation, language, stream);
        }
      });
    } finally {
      deleteTree(folder);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    stdout.printf(Locale.ROOT, "%d units -> %s (%d bytes) in %.1f s; heap pools peaked at %d MiB together (an upper bound), max heap %d MiB%n", count, out,
        size(out), seconds, peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    return 0;
  }

  private static int units(String text) {
    try {
      int n = Integer.parseInt(text);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw InvalidInputException.of(Location.field("--units"), "report.cli.bad_count", text);
  }

  private static Organisation organisation(LoadedScorecard loaded, int count) {
    Span span = Span.of(loaded.scorecard().current());
    List<String> names = loaded.segmentValues("unit");
    return new Organisation("Generated organisation (" + count + " units)", LocalDate.of(2015, 1, 31), names.size(),
        () -> new Iterator<ScorecardResult>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < names.size();
          }

          @Override
          public ScorecardResult next() {
            return Evaluator.evaluate(loaded.scorecard(), loaded.data(), span, Map.of("unit", names.get(next++)));
          }
        });
  }

  /** Four perspectives of three ratio indicators each (Mulyadi); two measures per indicator per unit. */
  static Path generate(int count) {
    try {
      Path folder = Files.createTempDirectory("kinerja-bench");
      StringBuilder yaml = new StringBuilder("""
          kinerja: 1
          id: bench-organisation
          name: Generated unit
          language: en
          period: { grain: year, current: "2014" }
          scoring: { method: mulyadi, tolerance: 0.02, bands: mulyadi }
          data: { measures: measures.csv }
          perspectives:
          """);
      String[] perspectives = {"Financial", "Customer", "Internal process", "Learning and growth"};
      for (int p = 0; p < perspectives.length; p++) {
        yaml.append("  - id: p").append(p).append("\n    name: ").append(perspectives[p]).append("\n    indicators:\n");
        for (int i = 0; i < 3; i++) {
          String id = "k" + p + i;
          yaml.append("      - { id: ").append(id).append(", name: Indicator ").append(p + 1).append('.').append(i + 1)
              .append(", formula: ").append(id).append("_done / ").append(id).append("_plan * 100, unit: \"%\", target: \">= ")
              .append(60 + 10 * i).append("\" }\n");
        }
      }
      Files.writeString(folder.resolve("scorecard.yaml"), yaml);
      Random random = new Random(20140101L);
      StringBuilder csv = new StringBuilder("period,measure,value,unit\n");
      for (int u = 1; u <= count; u++) {
        String unit = String.format(Locale.ROOT, "Unit %04d", u);
        for (int p = 0; p < perspectives.length; p++) {
          for (int i = 0; i < 3; i++) {
            int plan = 50 + random.nextInt(200);
            csv.append("2014,k").append(p).append(i).append("_plan,").append(plan).append(',').append(unit).append('\n');
            csv.append("2014,k").append(p).append(i).append("_done,").append(random.nextInt(plan + 40)).append(',')
                .append(unit).append('\n');
          }
        }
      }
      Files.writeString(folder.resolve("measures.csv"), csv);
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static void deleteTree(Path folder) {
    try (var files = Files.list(folder)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}

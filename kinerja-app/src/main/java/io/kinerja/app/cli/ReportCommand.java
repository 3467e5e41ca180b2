package io.kinerja.app.cli;

import io.kinerja.core.evaluation.Evaluator;
import io.kinerja.core.evaluation.ScorecardResult;
import io.kinerja.core.period.Span;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.text.Language;
import io.kinerja.data.load.LoadedScorecard;
import io.kinerja.data.load.ScorecardLoader;
import io.kinerja.report.HtmlReport;
import io.kinerja.report.PdfReport;
import io.kinerja.report.ReportInput;
import io.kinerja.report.XlsxReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code kinerja report FILE --format pdf|xlsx|html}: the scorecard's result as a document for people.
 * The file is written atomically (to a temporary file beside it, then moved into place), so a report
 * that fails leaves nothing behind.
 */
public final class ReportCommand implements Command {

  /** The report formats, each with its renderer and file extension. */
  enum Kind {
    PDF,
    XLSX,
    HTML;

    static Kind parse(String text) {
      for (Kind kind : values()) {
        if (kind.name().equalsIgnoreCase(text)) {
          return kind;
        }
      }
      throw InvalidInputException.of(Location.field("--format"), "report.cli.unknown_format", text);
    }

    String extension() {
      return name().toLowerCase(Locale.ROOT);
    }

    void write(ReportInput input, Language language, OutputStream out) {
      switch (this) {
        case PDF -> PdfReport.write(input, language, out);
        case XLSX -> XlsxReport.write(input, language, out);
        case HTML -> HtmlReport.write(input, language, out);
      }
    }
  }

  private final Clock clock;

  public ReportCommand() {
    this(Clock.systemDefaultZone());
  }

  public ReportCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String name() {
    return "report";
  }

  @Override
  public String summary() {
    return "Writes a report for people: PDF, a live Excel workbook, or one HTML page.";
  }

  @Override
  public String usage() {
    return """
        Usage: kinerja report FILE --format pdf|xlsx|html [--period P | --period A..B] [--by DIM] [--lang en|id]
                              [--data-date YYYY-MM-DD] [-o OUT]
          FILE             the scorecard file (YAML)
          --format F       pdf (A4), xlsx (scores as Excel formulas over a Data sheet) or html (one file)
          --period P       a period (default: the scorecard's current one), or a range A..B: trends
          --by DIM         also each value of a segment dimension (channel, region…), one period only
          --lang L         en or id (default: the scorecard's language)
          --data-date D    the date of the data on the cover (default: the newest file in FILE's folder)
          -o OUT           the file to write (default: ID-PERIOD.FORMAT here); written atomically
        """;
  }

  @Override
  public int run(List<String> argv, PrintWriter stdout, PrintWriter err) {
    List<String> renamed = argv.stream().map(a -> a.equals("-o") ? "--output" : a).toList();
    Args args = Args.parse(renamed, Set.of("--format", "--period", "--lang", "--by", "--output", "--data-date"),
        Set.of(), Set.of());
    Path file = Path.of(args.positional(1, 1, "FILE").get(0));
    Kind kind = Kind.parse(args.option("--format").orElseThrow(
        () -> InvalidInputException.of(Location.field("--format"), "report.cli.needs_format")));
    Language requested = Languages.chosen(args.option("--lang").orElse(null), null);
    String period = args.option("--period").orElse(null);
    String by = args.option("--by").orElse(null);
    LocalDate dataDate = args.option("--data-date").map(ReportCommand::date).orElse(null);
    try (LoadedScorecard loaded = ScorecardLoader.load(file)) {
      Language language = requested != null ? requested : loaded.scorecard().language();
      List<Span> spans = Periods.chosen(period, loaded);
      ReportInput input = input(loaded, spans, by, dataDate != null ? dataDate : dataDate(file));
      Path out = args.option("--output").map(Path::of)
          .orElse(Path.of(loaded.scorecard().id() + "-" + spanName(spans) + "." + kind.extension()));
      Output.atomically(out, stream -> kind.write(input, language, stream));
      stdout.println(out);
    }
    return 0;
  }

  private static String spanName(List<Span> spans) {
    return spans.size() == 1 ? spans.get(0).name() : spans.get(0).name() + "_" + spans.get(spans.size() - 1).name();
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(Location.field("--data-date"), "report.cli.bad_date", text);
    }
  }

  private static ReportInput input(LoadedScorecard loaded, List<Span> spans, String by, LocalDate dataDate) {
    if (by != null) {
      if (spans.size() != 1) {
        throw InvalidInputException.of(Location.field("--by"), "cli.by_one_period");
      }
      List<String> values = loaded.segmentValues(by);
      if (values.isEmpty()) {
        throw InvalidInputException.of(Location.field("--by"), "cli.unknown_dimension", by);
      }
      List<ScorecardResult> segments = new ArrayList<>();
      for (String value : values) {
        segments.add(Evaluator.evaluate(loaded.scorecard(), loaded.data(), spans.get(0), Map.of(by, value)));
      }
      return ReportInput.segments(Evaluator.evaluate(loaded.scorecard(), loaded.data(), spans.get(0)), by, segments,
          dataDate);
    }
    List<ScorecardResult> results = new ArrayList<>();
    for (Span span : spans) {
      results.add(Evaluator.evaluate(loaded.scorecard(), loaded.data(), span));
    }
    return results.size() == 1 ? ReportInput.of(results.get(0), dataDate) : ReportInput.trend(results, dataDate);
  }

  /** The newest modification date among the scorecard and the files beside it; the clock's date if none. */
  private LocalDate dataDate(Path scorecard) {
    Path folder = scorecard.toAbsolutePath().getParent();
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).map(ReportCommand::modified).max(Long::compare)
          .map(millis -> LocalDate.ofInstant(java.time.Instant.ofEpochMilli(millis), clock.getZone()))
          .orElse(LocalDate.now(clock));
    } catch (IOException e) {
      return LocalDate.now(clock);
    }
  }

  private static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }
}

package io.kinerja.app.cli;

import io.kinerja.data.json.JsonResult;
import io.kinerja.app.output.TableResult;
import io.kinerja.core.evaluation.Evaluator;
import io.kinerja.core.evaluation.ScorecardResult;
import io.kinerja.core.period.Span;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.text.Language;
import io.kinerja.core.text.Message;
import io.kinerja.data.load.LoadedScorecard;
import io.kinerja.data.load.ScorecardLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code kinerja score FILE}: every indicator computed, scored and rolled up, as a table or JSON. */
public final class ScoreCommand implements Command {

  @Override
  public String name() {
    return "score";
  }

  @Override
  public String summary() {
    return "Scores a scorecard for a period (a table, or JSON).";
  }

  @Override
  public String usage() {
    return """
        Usage: kinerja score FILE [--period P | --period A..B] [--by DIM] [--format table|json] [--lang en|id]
                             [--progress]
          FILE           the scorecard file (YAML)
          --period P     a period at the scorecard's grain or coarser (2014, 2025-Q1, 2025-03),
                         or a range A..B (one result per period); default: the scorecard's current one
          --by DIM       also evaluate once per value of a segment dimension (channel, region…)
          --format F     table (default) or json
          --lang L       en or id (default: the scorecard's language)
          --progress     a progress bar on stderr for work that takes over a second (shown anyway
                         when the terminal is interactive)
        """;
  }

  @Override
  public int run(List<String> argv, PrintWriter stdout, PrintWriter err) {
    Args args = Args.parse(argv, Set.of("--period", "--format", "--lang", "--by"), Set.of("--progress"), Set.of());
    Path file = Path.of(args.positional(1, 1, "FILE").get(0));
    String period = args.option("--period").orElse(null);
    Format chosen = Format.parse(args.option("--format").orElse("table"));
    Language requested = Languages.chosen(args.option("--lang").orElse(null), null);
    String by = args.option("--by").orElse(null);
    String text;
    try (Progress progress = Progress.start(err, requested == null ? Language.EN : requested, args.flag("--progress"))) {
      progress.phase(Message.of("progress.reading"), 0);
      try (LoadedScorecard loaded = ScorecardLoader.load(file, by == null ? List.of() : List.of(by))) {
        Language language = requested != null ? requested : loaded.scorecard().language();
        List<Span> spans = Periods.chosen(period, loaded);
        text = by == null ? periods(loaded, spans, Periods.isRange(period), chosen, language, progress)
            : segments(loaded, spans, by, chosen, language, progress);
      }
    }
    stdout.print(text);
    return 0;
  }

  private static String periods(LoadedScorecard loaded, List<Span> spans, boolean range, Format chosen,
      Language language, Progress progress) {
    List<ScorecardResult> results = new ArrayList<>();
    progress.phase(Message.of("progress.evaluating"), spans.size());
    for (Span span : spans) {
      results.add(Evaluator.evaluate(loaded.scorecard(), loaded.data(), span, Map.of(), loaded.warnings()));
      progress.step();
    }
    StringWriter buffer = new StringWriter();
    PrintWriter out = new PrintWriter(buffer);
    if (chosen == Format.JSON) {
      JsonResult.write(out, results, range, language);
    } else if (range) {
      TableResult.trend(out, results, language);
    } else {
      TableResult.write(out, results.get(0), language);
    }
    out.flush();
    return buffer.toString();
  }

  /** The scorecard once per value of a segment dimension, and for the whole unit. */
  private static String segments(LoadedScorecard loaded, List<Span> spans, String dimension, Format chosen,
      Language language, Progress progress) {
    if (spans.size() != 1) {
      throw InvalidInputException.of(Location.field("--by"), "cli.by_one_period");
    }
    List<String> values = loaded.segmentValues(dimension, spans.get(0).first().grain());
    if (values.isEmpty()) {
      throw InvalidInputException.of(Location.field("--by"), "cli.unknown_dimension", dimension);
    }
    List<ScorecardResult> results = new ArrayList<>();
    progress.phase(Message.of("progress.evaluating"), values.size() + 1);
    for (String value : values) {
      results.add(Evaluator.evaluate(loaded.scorecard(), loaded.data(), spans.get(0), Map.of(dimension, value),
          loaded.warnings()));
      progress.step();
    }
    ScorecardResult total = Evaluator.evaluate(loaded.scorecard(), loaded.data(), spans.get(0), Map.of(),
        loaded.warnings());
    progress.step();
    StringWriter buffer = new StringWriter();
    PrintWriter out = new PrintWriter(buffer);
    if (chosen == Format.JSON) {
      JsonResult.segments(out, dimension, results, total, language);
    } else {
      TableResult.segments(out, dimension, results, total, language);
    }
    out.flush();
    return buffer.toString();
  }
}

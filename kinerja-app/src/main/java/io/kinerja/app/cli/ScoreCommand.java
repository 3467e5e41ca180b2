package io.kinerja.app.cli;

import io.kinerja.app.output.JsonResult;
import io.kinerja.app.output.TableResult;
import io.kinerja.core.evaluation.Evaluator;
import io.kinerja.core.evaluation.ScorecardResult;
import io.kinerja.core.period.Span;
import io.kinerja.core.text.Language;
import io.kinerja.data.load.LoadedScorecard;
import io.kinerja.data.load.ScorecardLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        Usage: kinerja score FILE [--period P | --period A..B] [--format table|json] [--lang en|id]
          FILE           the scorecard file (YAML)
          --period P     a period at the scorecard's grain or coarser (2014, 2025-Q1, 2025-03),
                         or a range A..B (one result per period); default: the scorecard's current one
          --format F     table (default) or json
          --lang L       en or id (default: the scorecard's language)
        """;
  }

  @Override
  public int run(List<String> argv, PrintWriter stdout, PrintWriter err) {
    Args args = Args.parse(argv, Set.of("--period", "--format", "--lang"), Set.of(), Set.of());
    Path file = Path.of(args.positional(1, 1, "FILE").get(0));
    String period = args.option("--period").orElse(null);
    Format chosen = Format.parse(args.option("--format").orElse("table"));
    Language requested = Languages.chosen(args.option("--lang").orElse(null), null);
    LoadedScorecard loaded = ScorecardLoader.load(file);
    Language language = requested != null ? requested : loaded.scorecard().language();
    List<ScorecardResult> results = new ArrayList<>();
    for (Span span : Periods.chosen(period, loaded)) {
      results.add(Evaluator.evaluate(loaded.scorecard(), loaded.data(), span));
    }
    StringWriter buffer = new StringWriter();
    PrintWriter out = new PrintWriter(buffer);
    boolean range = Periods.isRange(period);
    if (chosen == Format.JSON) {
      JsonResult.write(out, results, range, language);
    } else if (range) {
      TableResult.trend(out, results, language);
    } else {
      TableResult.write(out, results.get(0), language);
    }
    out.flush();
    stdout.print(buffer);
    return 0;
  }
}

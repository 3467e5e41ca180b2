package io.kinerja.app.cli;

import io.kinerja.core.evaluation.Evaluator;
import io.kinerja.core.evaluation.IndicatorResult;
import io.kinerja.core.evaluation.ScorecardResult;
import io.kinerja.core.explain.Explanation;
import io.kinerja.core.period.Span;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.text.Language;
import io.kinerja.data.load.LoadedScorecard;
import io.kinerja.data.load.ScorecardLoader;
import java.nio.file.Path;
import java.util.List;
import java.io.PrintWriter;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code kinerja explain FILE INDICATOR}: the formula, its inputs and where they came from, the target and the score. */
public final class ExplainCommand implements Command {

  @Override
  public String name() {
    return "explain";
  }

  @Override
  public String summary() {
    return "Explains how an indicator got its value and score.";
  }

  @Override
  public String usage() {
    return """
        Usage: kinerja explain FILE INDICATOR [--period P] [--lang en|id]
          FILE           the scorecard file (YAML)
          INDICATOR      the indicator's id
          --period P     a period (default: the scorecard's current one)
          --lang L       en or id (default: the scorecard's language)
        """;
  }

  @Override
  public int run(List<String> argv, PrintWriter out, PrintWriter err) {
    Args args = Args.parse(argv, Set.of("--period", "--lang"), Set.of(), Set.of());
    List<String> positional = args.positional(2, 2, "FILE INDICATOR");
    Path file = Path.of(positional.get(0));
    String indicator = positional.get(1);
    String period = args.option("--period").orElse(null);
    Language requested = Languages.chosen(args.option("--lang").orElse(null), null);
    try (LoadedScorecard loaded = ScorecardLoader.load(file)) {
      out.print(explain(loaded, indicator, period, requested));
    }
    return 0;
  }

  private static String explain(LoadedScorecard loaded, String indicator, String period, Language requested) {
    Language language = requested != null ? requested : loaded.scorecard().language();
    if (loaded.scorecard().indicator(indicator).isEmpty()) {
      String known = loaded.scorecard().indicators().stream().map(i -> i.id()).collect(Collectors.joining(", "));
      throw InvalidInputException.of(Location.field("INDICATOR"), "cli.unknown_indicator", indicator, known);
    }
    if (Periods.isRange(period)) {
      throw InvalidInputException.of(Location.field("--period"), "cli.explain_one_period", period);
    }
    List<Span> spans = Periods.chosen(period, loaded);
    ScorecardResult result = Evaluator.evaluate(loaded.scorecard(), loaded.data(), spans.get(0));
    IndicatorResult found = result.indicator(indicator).orElseThrow();
    return Explanation.text(result, found, language);
  }
}

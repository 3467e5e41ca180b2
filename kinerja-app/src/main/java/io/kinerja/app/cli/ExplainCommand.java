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
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kinerja explain FILE INDICATOR}: the formula, its inputs and where they came from, the target and the score. */
@Command(name = "explain", description = "Explains how an indicator got its value and score.", mixinStandardHelpOptions = true)
public final class ExplainCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "the scorecard file (YAML)")
  Path file;

  @Parameters(index = "1", paramLabel = "INDICATOR", description = "the indicator's id")
  String indicator;

  @Option(names = "--period", paramLabel = "P", description = "a period (default: the scorecard's current one)")
  String period;

  @Option(names = "--lang", paramLabel = "LANG", description = "en or id (default: the scorecard's language)")
  String lang;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    LoadedScorecard loaded = ScorecardLoader.load(file);
    Language language = Languages.chosen(lang, loaded.scorecard().language());
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
    spec.commandLine().getOut().print(Explanation.text(result, found, language));
    spec.commandLine().getOut().flush();
    return 0;
  }
}

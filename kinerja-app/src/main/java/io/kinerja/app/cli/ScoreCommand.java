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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kinerja score FILE}: every indicator computed, scored and rolled up, as a table or JSON. */
@Command(name = "score", description = "Scores a scorecard for a period.", mixinStandardHelpOptions = true)
public final class ScoreCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "the scorecard file (YAML)")
  Path file;

  @Option(names = "--period", paramLabel = "P", description = "a period (2014, 2025-Q1, 2025-03) or a range A..B")
  String period;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json")
  String format = "table";

  @Option(names = "--lang", paramLabel = "LANG", description = "en or id (default: the scorecard's language)")
  String lang;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Format chosen = Format.parse(format);
    LoadedScorecard loaded = ScorecardLoader.load(file);
    Language language = Languages.chosen(lang, loaded.scorecard().language());
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
    spec.commandLine().getOut().print(buffer);
    spec.commandLine().getOut().flush();
    return 0;
  }
}

package io.kinerja.app.cli;

import io.kinerja.core.evaluation.Validation;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Problem;
import io.kinerja.core.text.Language;
import io.kinerja.core.text.Message;
import io.kinerja.data.load.LoadedScorecard;
import io.kinerja.data.load.ScorecardLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kinerja validate FILE}: checks the scorecard and all its data, and reports every problem. */
@Command(name = "validate", description = "Checks a scorecard file and its data files.", mixinStandardHelpOptions = true)
public final class ValidateCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "the scorecard file (YAML)")
  Path file;

  @Option(names = "--lang", paramLabel = "LANG", description = "en or id (default: the scorecard's language)")
  String lang;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    LoadedScorecard loaded = ScorecardLoader.load(file);
    Language language = Languages.chosen(lang, loaded.scorecard().language());
    List<Problem> problems = new ArrayList<>(loaded.warnings());
    problems.addAll(Validation.check(loaded.scorecard(), loaded.data()));
    if (problems.stream().anyMatch(Problem::isError)) {
      throw new InvalidInputException(problems);
    }
    problems.forEach(p -> spec.commandLine().getErr().println(p.describe(language)));
    spec.commandLine().getOut().println(Message.of("cli.valid", file.toString(),
        loaded.scorecard().indicators().size(), loaded.scorecard().perspectives().size()).in(language));
    return 0;
  }
}

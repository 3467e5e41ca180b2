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
import java.io.PrintWriter;
import java.util.Set;

/** {@code kinerja validate FILE}: checks the scorecard and all its data, and reports every problem. */
public final class ValidateCommand implements Command {

  @Override
  public String name() {
    return "validate";
  }

  @Override
  public String summary() {
    return "Checks a scorecard file and its data files, and reports every problem.";
  }

  @Override
  public String usage() {
    return """
        Usage: kinerja validate FILE [--lang en|id]
          FILE           the scorecard file (YAML)
          --lang L       en or id (default: the scorecard's language)
        """;
  }

  @Override
  public int run(List<String> argv, PrintWriter out, PrintWriter err) {
    Args args = Args.parse(argv, Set.of("--lang"), Set.of(), Set.of());
    Path file = Path.of(args.positional(1, 1, "FILE").get(0));
    Language requested = Languages.chosen(args.option("--lang").orElse(null), null);
    LoadedScorecard loaded = ScorecardLoader.load(file);
    Language language = requested != null ? requested : loaded.scorecard().language();
    List<Problem> problems = new ArrayList<>(loaded.warnings());
    problems.addAll(Validation.check(loaded.scorecard(), loaded.data()));
    if (problems.stream().anyMatch(Problem::isError)) {
      throw new InvalidInputException(problems);
    }
    problems.forEach(p -> err.println(p.describe(language)));
    out.println(Message.of("cli.valid", file.toString(), loaded.scorecard().indicators().size(),
        loaded.scorecard().perspectives().size()).in(language));
    return 0;
  }
}

package io.kinerja.core.problem;

import io.kinerja.core.text.Language;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one family of user errors: something a user gave us (a file, a cell, an argument, a request) is
 * wrong, and each problem says where and what. Edges map it once: exit code 2, or HTTP 422/400.
 */
public final class InvalidInputException extends RuntimeException {

  private final transient List<Problem> problems;

  public InvalidInputException(List<Problem> problems) {
    super(describe(problems, Language.EN));
    this.problems = List.copyOf(problems);
  }

  public InvalidInputException(Problem problem) {
    this(List.of(problem));
  }

  public static InvalidInputException of(Location location, String key, Object... args) {
    return new InvalidInputException(Problem.error(location, key, args));
  }

  public List<Problem> problems() {
    return problems;
  }

  public String describe(Language language) {
    return describe(problems, language);
  }

  private static String describe(List<Problem> problems, Language language) {
    return problems.stream().map(p -> p.describe(language)).collect(Collectors.joining("\n"));
  }
}

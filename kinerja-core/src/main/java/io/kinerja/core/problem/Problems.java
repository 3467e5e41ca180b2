package io.kinerja.core.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem found in a user's definitions and data, so that all of them are reported at
 * once rather than one per attempt.
 */
public final class Problems {

  private final List<Problem> found = new ArrayList<>();

  public void add(Problem problem) {
    found.add(problem);
  }

  public void error(Location location, String key, Object... args) {
    add(Problem.error(location, key, args));
  }

  public void warning(Location location, String key, Object... args) {
    add(Problem.warning(location, key, args));
  }

  public void addAll(List<Problem> problems) {
    found.addAll(problems);
  }

  public boolean hasErrors() {
    return found.stream().anyMatch(Problem::isError);
  }

  public List<Problem> all() {
    return List.copyOf(found);
  }

  /** Throws {@link InvalidInputException} with everything found so far if any of it is an error. */
  public void throwIfErrors() {
    if (hasErrors()) {
      throw new InvalidInputException(all());
    }
  }
}

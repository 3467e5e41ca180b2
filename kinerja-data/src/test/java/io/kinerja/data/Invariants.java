package io.kinerja.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Problem;
import io.kinerja.core.text.Language;
import java.util.List;

/** What the fuzz tests hold every reader to when it refuses an input. */
public final class Invariants {

  private Invariants() {}

  /** Each problem reads in both languages and points at a line of the text, or at none. */
  public static void problemsArePlacedAndReadable(List<Problem> problems, String text) {
    problemsArePlacedAndReadable(problems, text, null);
  }

  public static void problemsArePlacedAndReadable(InvalidInputException e, String text) {
    problemsArePlacedAndReadable(e, text, null);
  }

  /** As above; lines are checked only in {@code file} (null: in every problem), the text's file. */
  public static void problemsArePlacedAndReadable(InvalidInputException e, String text, String file) {
    assertThat(e.problems()).isNotEmpty();
    problemsArePlacedAndReadable(e.problems(), text, file);
  }

  private static void problemsArePlacedAndReadable(List<Problem> problems, String text, String file) {
    long lines = lines(text);
    for (Problem p : problems) {
      assertThat(p.describe(Language.EN)).isNotBlank();
      assertThat(p.describe(Language.ID)).isNotBlank();
      assertThat(p.location().column()).as("column of %s", p).isGreaterThanOrEqualTo(0);
      if (file == null || file.equals(p.location().file())) {
        assertThat((long) p.location().line()).as("line of %s", p).isBetween(0L, lines + 1);
      }
    }
  }

  /** Lines as CSV and YAML count them: a line ends at \n, \r\n or a lone \r (old Mac files). */
  private static long lines(String text) {
    return text.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count() + 1;
  }
}

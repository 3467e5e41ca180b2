package io.kinerja.app.cli;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.text.Language;
import java.io.PrintWriter;

/**
 * The one place where failures become exit codes: bad input → 2 with every problem on its own line;
 * anything else → 1, said to be a fault of Kinerja's rather than of the input.
 */
public final class Outcome {

  public static final int BAD_INPUT = 2;
  public static final int INTERNAL = 1;

  private Outcome() {}

  public static int failed(RuntimeException e, String[] args, PrintWriter err) {
    Language language = Languages.forMessages(args);
    if (e instanceof InvalidInputException invalid) {
      err.println(invalid.describe(language));
      err.flush();
      return BAD_INPUT;
    }
    err.println(language == Language.ID
        ? "kinerja: galat internal (bukan kesalahan masukan Anda): " + e
        : "kinerja: internal error (not a problem with your input): " + e);
    e.printStackTrace(err);
    err.flush();
    return INTERNAL;
  }
}

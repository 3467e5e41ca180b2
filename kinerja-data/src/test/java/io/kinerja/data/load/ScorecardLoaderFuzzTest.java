package io.kinerja.data.load;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kinerja.core.evaluation.Evaluator;
import io.kinerja.core.period.Period;
import io.kinerja.core.period.Span;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.data.Invariants;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Any scorecard file, beside real data files (figures, programmes, questionnaires, an AHP matrix and raw
 * records for DuckDB), loads and scores for its current period, or is refused with problems that read in
 * both languages and name a line of the scorecard; never another exception. The seed corpus in {@code
 * ScorecardLoaderFuzzTestInputs/} replays in every test run; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ScorecardLoaderFuzzTest {

  private static final List<String> DATA = List.of("measures.csv", "measures-bsc.csv", "measures-sales.csv",
      "programs.csv", "survey.csv", "answers.csv", "ahp-perspectives.csv", "leads.csv", "spend.csv");

  private static Path folder;

  @FuzzTest(maxDuration = "2m")
  void loads_and_scores_or_refuses_with_placed_problems(byte[] input) throws IOException {
    String text = new String(input, StandardCharsets.UTF_8);
    Path file = folder().resolve("scorecard.yaml");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    try (LoadedScorecard loaded = ScorecardLoader.load(file)) {
      Period current = loaded.scorecard().current();
      if (current != null) {
        Evaluator.evaluate(loaded.scorecard(), loaded.data(), Span.of(current), Map.of(), loaded.warnings());
      }
    } catch (InvalidInputException e) {
      Invariants.problemsArePlacedAndReadable(e, text, file.toString());
    }
  }

  /** A folder with the data files, made once per run. */
  private static synchronized Path folder() throws IOException {
    if (folder == null) {
      folder = Files.createTempDirectory("kinerja-loader-fuzz");
      folder.toFile().deleteOnExit();
      for (String name : DATA) {
        try (InputStream in = ScorecardLoaderFuzzTest.class.getResourceAsStream("folder/" + name)) {
          if (in == null) {
            throw new UncheckedIOException(new IOException("no test resource folder/" + name));
          }
          Files.copy(in, folder.resolve(name));
        }
        folder.resolve(name).toFile().deleteOnExit();
      }
      folder.resolve("scorecard.yaml").toFile().deleteOnExit();
    }
    return folder;
  }
}

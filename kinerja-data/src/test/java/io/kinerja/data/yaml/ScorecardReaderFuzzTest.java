package io.kinerja.data.yaml;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.data.Invariants;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Any text is a scorecard or problems that name a line of the file and read in both languages; never
 * another exception (a YAML syntax error, an alias bomb, a deep nesting, a formula or target that does
 * not read). The seed corpus in {@code ScorecardReaderFuzzTestInputs/} replays in every test run; {@code
 * JAZZER_FUZZ=1} fuzzes.
 */
class ScorecardReaderFuzzTest {

  private static final Path FOLDER = Path.of(System.getProperty("java.io.tmpdir"));

  @FuzzTest(maxDuration = "2m")
  void reads_a_scorecard_or_refuses_it_with_placed_problems(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    try {
      ScorecardDocument document = ScorecardReader.read("s.yaml", text, FOLDER);
      Invariants.problemsArePlacedAndReadable(document.warnings(), text);
    } catch (InvalidInputException e) {
      Invariants.problemsArePlacedAndReadable(e, text);
    }
  }
}

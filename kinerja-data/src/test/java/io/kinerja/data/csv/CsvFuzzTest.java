package io.kinerja.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kinerja.core.measure.Observation;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import io.kinerja.core.programme.Programme;
import io.kinerja.core.survey.Answers;
import io.kinerja.data.Invariants;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Any text is read by each data-file reader, in both number styles, into figures or into problems that
 * name a line of the file and read in both languages; never another exception, and every figure read is
 * a finite number. Each reader has its own seed corpus in {@code CsvFuzzTestInputs/}, replayed in every
 * test run; {@code JAZZER_FUZZ=1} fuzzes one method at a time.
 */
class CsvFuzzTest {

  @FuzzTest(maxDuration = "2m")
  void measures_are_read_or_refused_with_placed_problems(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    for (NumberStyle style : NumberStyle.values()) {
      CsvTable table = table(text);
      if (table == null) {
        return;
      }
      Problems problems = new Problems();
      List<Observation> observations = MeasuresCsv.read(table, style, problems);
      Invariants.problemsArePlacedAndReadable(problems.all(), text);
      assertThat(observations).allSatisfy(o -> assertThat(Double.isFinite(o.value())).as("%s", o).isTrue());
    }
  }

  @FuzzTest(maxDuration = "2m")
  void programmes_are_read_or_refused_with_placed_problems(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    for (NumberStyle style : NumberStyle.values()) {
      CsvTable table = table(text);
      if (table == null) {
        return;
      }
      Problems problems = new Problems();
      List<Programme> programmes = ProgrammesCsv.read(table, style, problems);
      Invariants.problemsArePlacedAndReadable(problems.all(), text);
      assertThat(programmes).allSatisfy(p -> assertThat(p.completion()).as("%s", p).isBetween(0.0, 1.0));
    }
  }

  @FuzzTest(maxDuration = "2m")
  void surveys_are_read_or_refused_with_placed_problems(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    for (NumberStyle style : NumberStyle.values()) {
      for (Double[] scale : new Double[][] {{null, null}, {1.0, 5.0}}) {
        CsvTable table = table(text);
        if (table == null) {
          return;
        }
        Problems problems = new Problems();
        List<Answers> answers = SurveysCsv.read(table, style, scale[0], scale[1], Location.of("s.yaml", 3, 12),
            problems);
        Invariants.problemsArePlacedAndReadable(problems.all(), text);
        assertThat(answers).allSatisfy(a -> assertThat(Double.isFinite(a.total())).as("%s", a).isTrue());
      }
    }
  }

  /** The table, or null when the file itself is refused (with placed, readable problems). */
  private static CsvTable table(String text) {
    try {
      return CsvTable.parse("data.csv", text);
    } catch (InvalidInputException e) {
      Invariants.problemsArePlacedAndReadable(e, text);
      return null;
    }
  }
}

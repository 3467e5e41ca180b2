package io.kinerja.data.ahp;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.weighting.Ahp;
import io.kinerja.core.weighting.AhpResult;
import io.kinerja.core.weighting.PairwiseMatrix;
import io.kinerja.data.Invariants;
import java.nio.charset.StandardCharsets;

/**
 * Any text is a pairwise matrix or problems that name a line of the file and read in both languages;
 * a matrix that is read gives positive weights summing to 1 and a finite consistency ratio. The seed
 * corpus in {@code AhpMatrixReaderFuzzTestInputs/} replays in every test run; {@code JAZZER_FUZZ=1}
 * fuzzes.
 */
class AhpMatrixReaderFuzzTest {

  @FuzzTest(maxDuration = "2m")
  void reads_a_matrix_or_refuses_it_with_placed_problems(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    PairwiseMatrix matrix;
    AhpResult result;
    try {
      matrix = AhpMatrixReader.read(text, "m.csv");
      result = Ahp.standard().priorities(matrix);
    } catch (InvalidInputException e) {
      Invariants.problemsArePlacedAndReadable(e, text);
      return;
    }
    assertThat(result.weights().values()).allSatisfy(w -> assertThat(w).isPositive());
    assertThat(result.weights().values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(Double.isFinite(result.cr())).isTrue();
  }
}

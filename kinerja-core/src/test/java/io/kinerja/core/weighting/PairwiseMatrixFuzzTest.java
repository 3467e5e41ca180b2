package io.kinerja.core.weighting;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Problem;
import io.kinerja.core.text.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * Any names and cells make a pairwise matrix or an {@link InvalidInputException} whose problems read in
 * both languages; every matrix that is accepted gives, by every priority method, positive weights that
 * sum to 1 and a finite consistency ratio. Cells are drawn mostly from Saaty's scale and its reciprocals
 * so that many inputs are valid; the rest are any double. {@code JAZZER_FUZZ=1} fuzzes.
 */
class PairwiseMatrixFuzzTest {

  private static final double[] SCALE = {1, 2, 3, 4, 5, 6, 7, 8, 9, 1.0 / 2, 1.0 / 3, 1.0 / 4, 1.0 / 5, 1.0 / 6,
      1.0 / 7, 1.0 / 8, 1.0 / 9, 0.33, 0.11};

  @FuzzTest(maxDuration = "2m")
  void gives_positive_weights_summing_to_one_or_a_problem(FuzzedDataProvider data) {
    int n = data.consumeInt(0, Ahp.MAX_ELEMENTS + 2);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add(data.consumeBoolean() ? "e" + i : data.consumeString(8));
    }
    int rows = data.consumeBoolean() ? n : data.consumeInt(0, n + 1);
    double[][] values = new double[rows][];
    for (int i = 0; i < rows; i++) {
      values[i] = new double[data.consumeBoolean() ? n : data.consumeInt(0, n + 1)];
      for (int j = 0; j < values[i].length; j++) {
        values[i][j] = i == j ? 1 : j < i && i < values.length && j < values.length && values[j].length > i
            && data.consumeBoolean() ? 1 / values[j][i] : cell(data);
      }
    }
    PairwiseMatrix matrix;
    try {
      matrix = PairwiseMatrix.of(names, values);
    } catch (InvalidInputException e) {
      rendersInBothLanguages(e);
      return;
    }
    for (PriorityMethod method : PriorityMethod.values()) {
      AhpResult result;
      try {
        result = Ahp.standard().withMethod(method).priorities(matrix);
      } catch (InvalidInputException e) {
        rendersInBothLanguages(e);
        continue;
      }
      assertThat(result.weights().values()).allSatisfy(w -> assertThat(w).isPositive());
      assertThat(result.weights().values().stream().mapToDouble(Double::doubleValue).sum())
          .isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
      assertThat(Double.isFinite(result.cr())).as("CR of %s by %s", matrix, method).isTrue();
    }
  }

  private static double cell(FuzzedDataProvider data) {
    return data.consumeInt(0, 9) > 0 ? SCALE[data.consumeInt(0, SCALE.length - 1)] : data.consumeDouble();
  }

  private static void rendersInBothLanguages(InvalidInputException e) {
    for (Problem p : e.problems()) {
      assertThat(p.describe(Language.EN)).isNotBlank();
      assertThat(p.describe(Language.ID)).isNotBlank();
    }
  }
}

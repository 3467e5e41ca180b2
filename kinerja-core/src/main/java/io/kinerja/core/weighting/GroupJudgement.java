package io.kinerja.core.weighting;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A group's judgement (DESIGN §5.9): the element-wise geometric mean of the included respondents'
 * matrices, which keeps reciprocity (Aczél and Saaty), and that matrix's priorities.
 *
 * @param result the priorities of the group matrix
 * @param matrix the group matrix itself
 * @param respondents every respondent in the order given, with its CR and whether it was included
 */
public record GroupJudgement(AhpResult result, PairwiseMatrix matrix, List<RespondentResult> respondents) {

  public GroupJudgement {
    respondents = List.copyOf(respondents);
  }

  /** The respondents left out for inconsistency, by name. */
  public List<String> leftOut() {
    return respondents.stream().filter(r -> !r.included()).map(RespondentResult::name).toList();
  }

  static GroupJudgement of(Ahp ahp, List<Respondent> respondents, boolean leaveOutInconsistent) {
    requireSameElements(respondents);
    List<RespondentResult> checked = new ArrayList<>();
    List<PairwiseMatrix> included = new ArrayList<>();
    for (Respondent respondent : respondents) {
      AhpResult own = ahp.priorities(respondent.matrix());
      boolean in = own.consistent() || !leaveOutInconsistent;
      checked.add(new RespondentResult(respondent.name(), own.cr(), own.consistent(), in));
      if (in) {
        included.add(respondent.matrix());
      }
    }
    if (included.isEmpty()) {
      throw InvalidInputException.of(
          Location.NOWHERE, "ahp.group.all_inconsistent", ahp.threshold(), names(respondents));
    }
    PairwiseMatrix group = geometricMean(included);
    return new GroupJudgement(ahp.priorities(group), group, checked);
  }

  /** The element-wise geometric mean of matrices naming the same elements in the same order. */
  public static PairwiseMatrix geometricMean(List<PairwiseMatrix> matrices) {
    if (matrices.size() == 1) {
      return matrices.get(0); // exactly, without exp(log x) rounding
    }
    int n = matrices.get(0).size();
    double[][] mean = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        mean[i][j] = i == j ? 1 : cellMean(matrices, i, j);
      }
    }
    return PairwiseMatrix.of(matrices.get(0).elements(), mean);
  }

  private static double cellMean(List<PairwiseMatrix> matrices, int i, int j) {
    double logs = 0;
    for (PairwiseMatrix m : matrices) {
      logs += Math.log(m.value(i, j));
    }
    return Math.exp(logs / matrices.size());
  }

  private static void requireSameElements(List<Respondent> respondents) {
    if (respondents.isEmpty()) {
      throw InvalidInputException.of(Location.NOWHERE, "ahp.group.empty");
    }
    Respondent first = respondents.get(0);
    List<String> expected = first.matrix().elements();
    Problems problems = new Problems();
    for (Respondent other : respondents.subList(1, respondents.size())) {
      List<String> actual = other.matrix().elements();
      if (!actual.equals(expected)) {
        problems.error(
            Location.file(other.name()),
            "ahp.group.elements_differ",
            other.name(),
            String.join(", ", actual),
            first.name(),
            String.join(", ", expected));
      }
    }
    problems.throwIfErrors();
  }

  private static String names(List<Respondent> respondents) {
    return respondents.stream().map(Respondent::name).collect(Collectors.joining(", "));
  }
}

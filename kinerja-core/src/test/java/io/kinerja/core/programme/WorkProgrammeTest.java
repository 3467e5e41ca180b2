package io.kinerja.core.programme;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.core.measure.Origin;
import io.kinerja.core.period.Period;
import io.kinerja.core.period.Span;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class WorkProgrammeTest {

  private static final Period Y = Period.parse("2014").orElseThrow();

  private static Programme programme(String category, double target, Per tp, double achieved, Per ap) {
    return new Programme(Y, category, "p", target, tp, achieved, ap, new Origin("programs.csv", 2, null));
  }

  @Test
  void counts_per_month_are_brought_to_a_year_before_comparing() {
    assertThat(programme("c", 1, Per.MONTH, 1, Per.YEAR).completion()).isCloseTo(1.0 / 12, Offset.offset(1e-12));
  }

  @Test
  void completion_is_capped_at_one_and_not_carried_out_is_zero() {
    assertThat(programme("c", 1, Per.YEAR, 3, Per.YEAR).completion()).isEqualTo(1.0);
    assertThat(programme("c", 4, Per.YEAR, 0, Per.YEAR).completion()).isEqualTo(0.0);
  }

  @Test
  void a_category_completes_by_the_mean_of_its_programmes() {
    WorkProgramme wp = new WorkProgramme(List.of(
        programme("Entertain pihak ke-3", 1, Per.MONTH, 1, Per.YEAR),
        programme("Entertain pihak ke-3", 3, Per.YEAR, 2, Per.YEAR),
        programme("Other", 1, Per.YEAR, 1, Per.YEAR)));
    assertThat(wp.completion("entertain pihak ke-3", Span.of(Y)).percent()).isCloseTo(37.5, Offset.offset(1e-9));
  }

  @Test
  void percentages_compare_as_they_are() {
    assertThat(programme("c", 80, Per.PERCENT, 67, Per.PERCENT).completion()).isCloseTo(0.8375, Offset.offset(1e-12));
  }
}

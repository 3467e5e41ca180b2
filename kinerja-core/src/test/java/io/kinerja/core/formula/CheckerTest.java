package io.kinerja.core.formula;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CheckerTest {

  private static final Checker.Names NAMES = new Checker.Names() {
    @Override
    public Checker.Kind kindOf(String name) {
      return name.equals("k") ? Checker.Kind.INDICATOR : Checker.Kind.MEASURE;
    }

    @Override
    public boolean isQuestionnaire(String name) {
      return name.equals("s");
    }

    @Override
    public boolean isProgrammeCategory(String category) {
      return false;
    }

    @Override
    public Checker.Type typeOfIndicator(String name) {
      return Checker.Type.CLASS;
    }
  };

  /** Found while writing the fuzz harness: each comparison typed its sides twice, so 40 nested comparisons took 2^40 steps. */
  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void nested_comparisons_are_checked_once_each_not_in_exponential_time() {
    String formula = "(".repeat(40) + "a" + " < 1)".repeat(40);
    assertThat(Checker.check(Parser.parse(formula), NAMES).ok()).isTrue();
  }

  @Test
  void a_class_compares_with_a_quoted_class_name_but_arithmetic_on_it_is_an_issue() {
    assertThat(Checker.check(Parser.parse("k >= \"Puas\""), NAMES).ok()).isTrue();
    assertThat(Checker.check(Parser.parse("likert_class(s) = k"), NAMES).ok()).isTrue();
    assertThat(Checker.check(Parser.parse("k + 1"), NAMES).issues())
        .extracting(i -> i.message().key()).containsExactly("formula.class_as_number");
    assertThat(Checker.check(Parser.parse("a = \"Puas\""), NAMES).issues())
        .extracting(i -> i.message().key()).containsExactly("formula.text_out_of_place");
  }
}

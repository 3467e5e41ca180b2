package io.kinerja.core.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParserTest {

  @Test
  void multiplication_binds_tighter_than_addition() {
    assertThat(Printer.print(Parser.parse("a + b * c"))).isEqualTo("a + b * c");
    assertThat(Printer.print(Parser.parse("(a + b) * c"))).isEqualTo("(a + b) * c");
  }

  @Test
  void division_is_left_associative() {
    assertThat(Printer.print(Parser.parse("a / b / c"))).isEqualTo("a / b / c");
    assertThat(Printer.print(Parser.parse("a / (b / c)"))).isEqualTo("a / (b / c)");
  }

  @Test
  void reads_calls_with_text_and_names() {
    Expr e = Parser.parse("completion(\"Promosi Kesehatan\") + likert_index(ikk)");
    assertThat(Printer.print(e)).isEqualTo("completion(\"Promosi Kesehatan\") + likert_index(ikk)");
  }

  @Test
  void reads_comparisons_and_logic_inside_if() {
    Expr e = Parser.parse("if(a > 0 and not b = 1, a, -b)");
    assertThat(Printer.print(e)).isEqualTo("if(a > 0 and not b = 1, a, -b)");
  }

  @Test
  void reads_decimals_and_exponents() {
    assertThat(((Expr.Number) Parser.parse("1.5e3")).value()).isEqualTo(1500.0);
    assertThat(((Expr.Number) Parser.parse(".25")).value()).isEqualTo(0.25);
  }

  @Test
  void names_the_offset_of_an_unexpected_character() {
    assertThatThrownBy(() -> Parser.parse("a + $b"))
        .isInstanceOfSatisfying(FormulaException.class, e -> assertThat(e.offset()).isEqualTo(4));
  }

  @Test
  void names_the_opening_parenthesis_that_is_not_closed() {
    assertThatThrownBy(() -> Parser.parse("x * (a + b"))
        .isInstanceOfSatisfying(FormulaException.class, e -> {
          assertThat(e.offset()).isEqualTo(4);
          assertThat(e.problem().key()).isEqualTo("formula.unclosed_parenthesis");
        });
  }

  @Test
  void a_trailing_operator_is_an_early_end() {
    assertThatThrownBy(() -> Parser.parse("a +"))
        .isInstanceOfSatisfying(FormulaException.class, e -> assertThat(e.problem().key()).isEqualTo("formula.unexpected_end"));
  }

  @Test
  void an_empty_formula_is_an_error() {
    assertThatThrownBy(() -> Parser.parse("  ")).isInstanceOf(FormulaException.class);
  }

  @Test
  void chained_comparisons_are_rejected() {
    assertThatThrownBy(() -> Parser.parse("1 < a < 3"))
        .isInstanceOfSatisfying(FormulaException.class, e -> assertThat(e.problem().key()).isEqualTo("formula.chained_comparison"));
  }

  @Test
  void two_values_side_by_side_are_rejected_at_the_second() {
    assertThatThrownBy(() -> Parser.parse("a b"))
        .isInstanceOfSatisfying(FormulaException.class, e -> assertThat(e.offset()).isEqualTo(2));
  }

  /** Found by fuzzing: Character.isDigit let '٣' start a number that Double.parseDouble cannot read. */
  @Test
  void digits_of_other_scripts_are_an_unexpected_character_not_a_number_format_crash() {
    assertThatThrownBy(() -> Parser.parse("\u0663 + 1"))
        .isInstanceOfSatisfying(FormulaException.class, e -> {
          assertThat(e.offset()).isZero();
          assertThat(e.problem().key()).isEqualTo("formula.unexpected_character");
        });
    assertThat(Printer.print(Parser.parse("a\u0663 + 1"))).isEqualTo("a\u0663 + 1");
  }

  /** Found while writing the fuzz harness: each parenthesis, sign, "not" or call recursed, so 5000 of them (or a chain of 20000 + in the printer) overflowed the stack. */
  @Test
  void deeply_nested_formulas_fail_with_a_positioned_error_not_a_stack_overflow() {
    int n = 5000;
    for (String deep : java.util.List.of("(".repeat(n) + "a" + ")".repeat(n), "-".repeat(n) + "a",
        "not ".repeat(n) + "a", "abs(".repeat(n) + "a" + ")".repeat(n), "a" + " + a".repeat(n))) {
      assertThatThrownBy(() -> Parser.parse(deep))
          .isInstanceOfSatisfying(FormulaException.class, e -> {
            assertThat(e.problem().key()).isEqualTo("formula.too_deep");
            assertThat(e.offset()).isBetween(1, deep.length() - 1);
          });
    }
  }

  @Test
  void formulas_as_deep_as_the_limit_still_read() {
    int n = Parser.MAX_DEPTH;
    assertThat(Printer.print(Parser.parse("(".repeat(n) + "a" + ")".repeat(n)))).isEqualTo("a");
    assertThat(Printer.print(Parser.parse("a" + " + a".repeat(n)))).isEqualTo("a" + " + a".repeat(n));
  }

  /** Found while seeding the fuzzer: 1e999 was read as infinity, which no printer or score can handle. */
  @Test
  void a_number_beyond_the_range_of_a_double_is_refused_where_it_is_written() {
    assertThatThrownBy(() -> Parser.parse("a + 1e999"))
        .isInstanceOfSatisfying(FormulaException.class, e -> {
          assertThat(e.problem().key()).isEqualTo("formula.number_too_large");
          assertThat(e.offset()).isEqualTo(4);
        });
  }

  /** Found by the fuzz test's print-and-reread check: (a < b) < 1 printed as a < b < 1, which does not read back (comparisons do not chain). */
  @Test
  void a_comparison_inside_a_comparison_prints_with_its_parentheses() {
    assertThat(Printer.print(Parser.parse("((k < \"Puas\") < 1) = 0"))).isEqualTo("((k < \"Puas\") < 1) = 0");
    assertThat(Printer.print(Parser.parse("(a < b) = (c > d)"))).isEqualTo("(a < b) = (c > d)");
  }

  /** Found while writing the fuzz test: 'say "hi"' printed as "say "hi"", which does not read back. */
  @Test
  void a_text_holding_double_quotes_prints_in_single_quotes() {
    assertThat(Printer.print(Parser.parse("completion('say \"hi\"')"))).isEqualTo("completion('say \"hi\"')");
  }
}

package io.kinerja.metrics.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParserTest {

  private static String roundTrip(String text) {
    return Printer.print(Parser.parse(text));
  }

  private static Map<String, ValueType> columns() {
    Map<String, ValueType> cols = new LinkedHashMap<>();
    cols.put("Stage", ValueType.TEXT);
    cols.put("amount", ValueType.NUMBER);
    cols.put("created_at", ValueType.TIMESTAMP);
    cols.put("Deal Value", ValueType.NUMBER);
    return cols;
  }

  @Test
  void and_binds_tighter_than_or_and_arithmetic_tighter_than_comparison() {
    assertThat(roundTrip("a = 1 or b = 2 and not c > 1 + 2 * 3"))
        .isEqualTo("(a = 1 or (b = 2 and not c > (1 + (2 * 3))))");
  }

  @Test
  void reads_in_lists_is_null_dates_quoted_names_and_calls() {
    assertThat(roundTrip("stage not in ('WON', 'it''s') and x is not null and d >= DATE '2025-01-31'"))
        .isEqualTo("((stage not in ('WON', 'it''s') and x is not null) and d >= DATE '2025-01-31')");
    assertThat(roundTrip("days_between(\"created at\", coalesce(b, c)) / -2"))
        .isEqualTo("(days_between(\"created at\", coalesce(b, c)) / -2)");
  }

  @Test
  void every_node_knows_its_offset() {
    Expr.Binary or = (Expr.Binary) Parser.parse("a = 1 or b = 2");
    assertThat(or.offset()).isEqualTo(6);
    assertThat(((Expr.Binary) or.right()).left().offset()).isEqualTo(9);
  }

  @Test
  void parse_errors_name_the_offset() {
    assertThatThrownBy(() -> Parser.parse("a in ()")).isInstanceOfSatisfying(ExpressionException.class,
        e -> assertThat(e.offset()).isEqualTo(6));
    assertThatThrownBy(() -> Parser.parse("(a = 1")).isInstanceOfSatisfying(ExpressionException.class,
        e -> assertThat(e.problem().toString()).isEqualTo("the text ends where ')' was expected"));
    assertThatThrownBy(() -> Parser.parse("a; drop table x")).isInstanceOfSatisfying(ExpressionException.class,
        e -> assertThat(e.offset()).isEqualTo(1));
    assertThatThrownBy(() -> Parser.parse("date '2025-02-30'")).isInstanceOf(ExpressionException.class);
  }

  @Test
  void the_checker_resolves_columns_ignoring_case_and_turns_date_text_into_dates() {
    Checker.Checked checked = Checker.check(Parser.parse("stage = 'WON' and created_at < '2025-02-01 08:30'"
        + " and \"deal value\" > 0"), "deals", columns());
    assertThat(checked.issues()).isEmpty();
    assertThat(checked.type()).isEqualTo(ValueType.BOOLEAN);
    assertThat(Printer.print(checked.expr()))
        .isEqualTo("((Stage = 'WON' and created_at < '2025-02-01T08:30') and \"Deal Value\" > 0)");
  }

  @Test
  void the_checker_reports_every_issue_with_its_offset() {
    Checker.Checked checked = Checker.check(Parser.parse("nope = 1 or amount + Stage > 0 or created_at = 'soon'"),
        "deals", columns());
    assertThat(checked.issues()).extracting(Checker.Issue::offset).containsExactly(0, 19, 47);
    assertThat(checked.issues().get(1).message().toString())
        .isEqualTo("'+' needs numbers, but Stage is text");
  }

  /** Found by fuzzing: each parenthesis, "not", sign or list recursed, so thousands of them overflowed the stack. */
  @Test
  void deeply_nested_filters_fail_with_a_positioned_error_not_a_stack_overflow() {
    int n = 5000;
    for (String deep : java.util.List.of("(".repeat(n) + "a" + ")".repeat(n), "not ".repeat(n) + "a",
        "-".repeat(n) + "a", "coalesce(".repeat(n) + "a" + ")".repeat(n), "a" + " + 1".repeat(n))) {
      assertThatThrownBy(() -> Parser.parse(deep))
          .isInstanceOfSatisfying(ExpressionException.class, e -> {
            assertThat(e.problem().key()).isEqualTo("metrics.expr.too_deep");
            assertThat(e.offset()).isBetween(1, deep.length() - 1);
          });
    }
    int limit = Parser.MAX_DEPTH;
    assertThat(roundTrip("(".repeat(limit) + "a" + ")".repeat(limit))).isEqualTo("a");
  }

  /** Found by fuzzing: a - (b >= c) printed as (a - b >= c), which reads back as (a - b) >= c. */
  @Test
  void a_comparison_inside_an_operand_prints_with_its_parentheses() {
    assertThat(roundTrip("days_betweeneo-(crease>=d_on)")).isEqualTo("(days_betweeneo - (crease >= d_on))");
    assertThat(roundTrip(roundTrip("(a = 1) = (b is null)"))).isEqualTo("(a = 1) = (b is null)");
    assertThat(roundTrip("(a in (1, 2)) is null")).isEqualTo("(a in (1, 2)) is null");
  }
}

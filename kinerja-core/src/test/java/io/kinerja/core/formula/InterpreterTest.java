package io.kinerja.core.formula;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.core.period.Period;
import io.kinerja.core.period.Span;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterpreterTest {

  private static final Span Y2014 = Span.of(Period.parse("2014").orElseThrow());

  /** A scope over fixed values per year: name → {year → value}. */
  private static Interpreter.Scope scope(Map<String, Map<String, Double>> values) {
    return new Interpreter.Scope() {
      @Override
      public Value name(String name, Span span) {
        double sum = 0;
        for (Period p : span.periods()) {
          Double v = values.getOrDefault(name, Map.of()).get(p.name());
          if (v == null) {
            return Value.missing("value.no_figure", name, p.name());
          }
          sum += v;
        }
        return Value.of(sum);
      }

      @Override
      public Value completion(String category, Span span) {
        return Value.of(50);
      }

      @Override
      public Value likert(Function function, String questionnaire, Span span) {
        return new Value.Class("Puas", java.util.List.of("A", "B", "C", "Puas", "E"));
      }
    };
  }

  private static Value eval(String formula, Map<String, Map<String, Double>> values) {
    return Interpreter.evaluate(Parser.parse(formula), Y2014, scope(values));
  }

  @Test
  void computes_a_ratio_of_measures() {
    Value v = eval("a / b * 100", Map.of("a", Map.of("2014", 1.0), "b", Map.of("2014", 6.0)));
    assertThat(((Value.Number) v).value()).isCloseTo(16.6667, org.assertj.core.data.Offset.offset(1e-4));
  }

  @Test
  void division_by_zero_gives_no_value_and_names_the_divisor() {
    Value v = eval("a / (b - b)", Map.of("a", Map.of("2014", 1.0), "b", Map.of("2014", 6.0)));
    assertThat(v).isInstanceOf(Value.Missing.class);
    Value.Missing m = (Value.Missing) v;
    assertThat(m.reason().key()).isEqualTo("value.division_by_zero");
    assertThat(m.reason().args().get(0)).isEqualTo("b - b");
  }

  @Test
  void a_missing_input_makes_the_result_missing_never_zero() {
    Value v = eval("a + b", Map.of("a", Map.of("2014", 1.0)));
    assertThat(v).isInstanceOf(Value.Missing.class);
  }

  @Test
  void prev_and_growth_look_at_the_previous_period() {
    Map<String, Map<String, Double>> values = Map.of("x", Map.of("2013", 80.0, "2014", 100.0));
    assertThat(((Value.Number) eval("prev(x)", values)).value()).isEqualTo(80.0);
    assertThat(((Value.Number) eval("growth(x)", values)).value()).isEqualTo(25.0);
  }

  @Test
  void growth_from_zero_has_no_value() {
    Value v = eval("growth(x)", Map.of("x", Map.of("2013", 0.0, "2014", 100.0)));
    assertThat(((Value.Missing) v).reason().key()).isEqualTo("value.growth_from_zero");
  }

  @Test
  void min_max_abs_round_and_if() {
    Map<String, Map<String, Double>> none = Map.of();
    assertThat(((Value.Number) eval("min(3, 1, 2)", none)).value()).isEqualTo(1.0);
    assertThat(((Value.Number) eval("max(3, 1, 2)", none)).value()).isEqualTo(3.0);
    assertThat(((Value.Number) eval("abs(-2.5)", none)).value()).isEqualTo(2.5);
    assertThat(((Value.Number) eval("round(2.345, 2)", none)).value()).isEqualTo(2.35);
    assertThat(((Value.Number) eval("round(2.5)", none)).value()).isEqualTo(3.0);
    assertThat(((Value.Number) eval("if(1 > 2, 10, 20)", none)).value()).isEqualTo(20.0);
  }

  @Test
  void a_class_compares_with_a_quoted_class_of_its_scale() {
    assertThat(((Value.Number) eval("likert_class(s) = \"puas\"", Map.of())).value()).isEqualTo(1.0);
    assertThat(((Value.Number) eval("likert_class(s) > \"C\"", Map.of())).value()).isEqualTo(1.0);
  }

  /** Found while seeding the fuzzer: 1e300 * 1e300 gave Infinity, which the scoring methods cannot score. */
  @Test
  void a_result_beyond_the_range_of_a_double_has_no_value_and_says_why() {
    Value v = eval("a * a", Map.of("a", Map.of("2014", 1e300)));
    assertThat(v).isInstanceOfSatisfying(Value.Missing.class,
        m -> assertThat(m.reason().key()).isEqualTo("value.too_large"));
  }

  /** Found while seeding the fuzzer: BigDecimal cannot scale by 1e10 places and threw ArithmeticException. */
  @Test
  void rounding_to_billions_of_places_leaves_the_number_as_it_is() {
    assertThat(eval("round(a, 1e10)", Map.of("a", Map.of("2014", 2.5)))).isEqualTo(Value.of(2.5));
    assertThat(eval("round(a, -1e10)", Map.of("a", Map.of("2014", 2.5)))).isEqualTo(Value.of(0));
  }
}

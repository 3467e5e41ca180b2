package io.kinerja.core.formula;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kinerja.core.period.Period;
import io.kinerja.core.period.Span;
import io.kinerja.core.text.Language;
import io.kinerja.core.text.Message;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Any text is either a formula or a {@link FormulaException} at an offset inside it, whose message reads
 * in both languages; a formula prints back to text that reads as the same tree, and one that passes the
 * checker computes to a finite number, a class or a missing value with its reason, never an exception.
 * The seed corpus in {@code FormulaFuzzTestInputs/} replays in every test run; {@code JAZZER_FUZZ=1}
 * fuzzes.
 */
class FormulaFuzzTest {

  private static final Span Y2014 = Span.of(Period.parse("2014").orElseThrow());
  private static final List<String> SCALE = List.of("Sangat tidak puas", "Tidak puas", "Ragu-ragu", "Puas",
      "Sangat puas");

  @FuzzTest(maxDuration = "2m")
  void parses_or_fails_at_an_offset_inside_the_text(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Expr expr;
    try {
      expr = Parser.parse(text);
    } catch (FormulaException e) {
      assertThat(e.offset()).isBetween(0, text.length());
      rendersInBothLanguages(e.problem());
      return;
    }
    String printed = Printer.print(expr);
    assertThat(Printer.print(Parser.parse(printed))).isEqualTo(printed);
    Checker.Report report = Checker.check(expr, NAMES);
    for (Checker.Issue issue : report.issues()) {
      assertThat(issue.offset()).isBetween(0, text.length());
      rendersInBothLanguages(issue.message());
    }
    if (report.ok()) {
      Value value = Interpreter.evaluate(expr, Y2014, SCOPE);
      if (value instanceof Value.Number n) {
        assertThat(Double.isFinite(n.value())).as("%s gives %s", text, n.value()).isTrue();
      } else if (value instanceof Value.Missing m) {
        rendersInBothLanguages(m.reason());
      }
    }
  }

  static void rendersInBothLanguages(Message message) {
    assertThat(message.in(Language.EN)).isNotBlank();
    assertThat(message.in(Language.ID)).isNotBlank();
  }

  /** Measures a, b, c, zero; indicators x (a number) and k (a class); questionnaire s; programmes "P". */
  private static final Checker.Names NAMES = new Checker.Names() {
    @Override
    public Checker.Kind kindOf(String name) {
      return switch (name) {
        case "a", "b", "c", "zero", "big" -> Checker.Kind.MEASURE;
        case "x", "k" -> Checker.Kind.INDICATOR;
        default -> Checker.Kind.UNKNOWN;
      };
    }

    @Override
    public boolean isQuestionnaire(String name) {
      return name.equals("s");
    }

    @Override
    public boolean isProgrammeCategory(String category) {
      return category.equals("P");
    }

    @Override
    public Checker.Type typeOfIndicator(String name) {
      return name.equals("k") ? Checker.Type.CLASS : Checker.Type.NUMBER;
    }
  };

  /** Values for the names above; 2013 (the previous year) has no figure for c. */
  private static final Interpreter.Scope SCOPE = new Interpreter.Scope() {
    @Override
    public Value name(String name, Span span) {
      if (name.equals("c") && !span.covers(Y2014.first())) {
        return Value.missing("value.no_figure", name, span.name());
      }
      return switch (name) {
        case "a" -> Value.of(3);
        case "b" -> Value.of(-2.5);
        case "c" -> Value.of(0.1);
        case "big" -> Value.of(1e300);
        case "k" -> new Value.Class("Puas", SCALE);
        case "x" -> Value.of(42);
        default -> Value.of(0);
      };
    }

    @Override
    public Value completion(String category, Span span) {
      return Value.of(75);
    }

    @Override
    public Value likert(Function function, String questionnaire, Span span) {
      return function == Function.LIKERT_CLASS ? new Value.Class("Ragu-ragu", SCALE) : Value.of(3.5);
    }
  };
}

package io.kinerja.metrics.expression;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kinerja.core.text.Language;
import io.kinerja.core.text.Message;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Any text is a filter or expression, or an {@link ExpressionException} at an offset inside it whose
 * message reads in both languages; a tree prints back to text that reads as the same tree, and the
 * checker reports issues at offsets inside the text. The seed corpus in {@code
 * ExpressionFuzzTestInputs/} replays in every test run; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ExpressionFuzzTest {

  private static final Map<String, ValueType> COLUMNS = new LinkedHashMap<>();

  static {
    COLUMNS.put("amount", ValueType.NUMBER);
    COLUMNS.put("Stage", ValueType.TEXT);
    COLUMNS.put("created_at", ValueType.TIMESTAMP);
    COLUMNS.put("closed_on", ValueType.DATE);
    COLUMNS.put("won", ValueType.BOOLEAN);
    COLUMNS.put("tags", ValueType.OTHER);
    COLUMNS.put("Deal Value", ValueType.NUMBER);
  }

  @FuzzTest(maxDuration = "2m")
  void parses_or_fails_at_an_offset_inside_the_text(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Expr expr;
    try {
      expr = Parser.parse(text);
    } catch (ExpressionException e) {
      assertThat(e.offset()).isBetween(0, text.length());
      rendersInBothLanguages(e.problem());
      return;
    }
    String printed = Printer.print(expr);
    Expr again;
    try {
      again = Parser.parse(printed);
    } catch (ExpressionException e) {
      // The printer adds a parenthesis per operator, so a tree near the depth limit prints deeper than it.
      assertThat(e.problem().key()).as(printed).isEqualTo("metrics.expr.too_deep");
      return;
    }
    assertThat(Printer.print(again)).isEqualTo(printed);
    Checker.Checked checked = Checker.check(expr, "leads", COLUMNS);
    for (Checker.Issue issue : checked.issues()) {
      assertThat(issue.offset()).isBetween(0, text.length());
      rendersInBothLanguages(issue.message());
    }
    assertThat(checked.isValid()).isEqualTo(checked.type() != null);
  }

  private static void rendersInBothLanguages(Message message) {
    assertThat(message.in(Language.EN)).isNotBlank();
    assertThat(message.in(Language.ID)).isNotBlank();
  }
}

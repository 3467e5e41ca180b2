package io.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kinerja.core.formula.Checker;
import io.kinerja.core.formula.Expr;
import io.kinerja.core.formula.FormulaException;
import io.kinerja.core.formula.Parser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Any formula that reads and passes the checker becomes an Excel formula that Excel can hold (POI's
 * parser reads it; at most 8,192 characters and 64 levels of nesting, Excel's limits), or is declared
 * untranslatable so that the workbook carries Kinerja's value instead; never another exception. The
 * seed corpus in {@code ExcelFormulaFuzzTestInputs/} replays in every test run; {@code JAZZER_FUZZ=1}
 * fuzzes.
 */
class ExcelFormulaFuzzTest {

  private static final XSSFEvaluationWorkbook BOOK = book();

  @FuzzTest(maxDuration = "2m")
  void translates_to_a_formula_excel_can_hold_or_declares_it_untranslatable(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Expr expr;
    try {
      expr = Parser.parse(text);
    } catch (FormulaException e) {
      return;
    }
    if (!Checker.check(expr, NAMES).ok()) {
      return;
    }
    String excel;
    try {
      excel = ExcelFormula.of(expr, CELLS);
    } catch (ExcelFormula.Untranslatable e) {
      return;
    }
    assertThat(excel.length()).as(excel).isLessThanOrEqualTo(ExcelFormula.MAX_LENGTH);
    assertThat(nesting(excel)).as(excel).isLessThanOrEqualTo(ExcelFormula.MAX_NESTING);
    FormulaParser.parse(excel, BOOK, FormulaType.CELL, 0);
  }

  private static int nesting(String formula) {
    int depth = 0;
    int deepest = 0;
    for (char c : formula.toCharArray()) {
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      deepest = Math.max(deepest, depth);
    }
    return deepest;
  }

  private static XSSFEvaluationWorkbook book() {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet("Scorecard");
      workbook.createSheet("Data");
      return XSSFEvaluationWorkbook.create(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Measures a, b, c on the Data sheet; indicators x and y on the Scorecard sheet; calls on the Data sheet. */
  private static final ExcelFormula.Cells CELLS = new ExcelFormula.Cells() {
    @Override
    public String data(String key) {
      return "Data!$C$" + (Math.abs(key.hashCode() % 1000) + 2);
    }

    @Override
    public boolean isIndicator(String name) {
      return name.equals("x") || name.equals("y");
    }

    @Override
    public String indicator(String id) {
      return id.equals("x") ? "Scorecard!$E$4" : "Scorecard!$E$5";
    }
  };

  private static final Checker.Names NAMES = new Checker.Names() {
    @Override
    public Checker.Kind kindOf(String name) {
      return switch (name) {
        case "a", "b", "c" -> Checker.Kind.MEASURE;
        case "x", "y" -> Checker.Kind.INDICATOR;
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
      return Checker.Type.NUMBER;
    }
  };
}

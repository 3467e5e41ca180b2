package io.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinerja.core.formula.Parser;
import io.kinerja.core.text.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReportTest {

  static XSSFWorkbook workbook(ReportInput input, Language language) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxReport.write(input, language, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void the_scorecard_sheet_computes_values_and_scores_with_formulas_over_the_data_sheet() throws Exception {
    try (XSSFWorkbook book = workbook(Cases.rsiUnisma2014(), Language.EN)) {
      Sheet sheet = book.getSheet("Scorecard");
      Row economy = XlsxRecalculationTest.indicatorRow(sheet, "Rasio Ekonomi");
      assertThat(economy.getCell(ScoreSheet.VALUE).getCellFormula())
          .matches("IF\\(COUNT\\(Data!\\$B\\$\\d+,Data!\\$B\\$\\d+\\)<2,\"\",IFERROR\\(\\(\\(Data!\\$B\\$\\d+/Data!\\$B\\$\\d+\\)\\*100\\),\"\"\\)\\)");
      assertThat(economy.getCell(ScoreSheet.SCORE).getCellFormula())
          .isEqualTo("IF(ISNUMBER($E$8),IF(ROUND(ABS($E$8-$D$8),9)<=ROUND($B$4*ABS($D$8),9),0,IF($E$8<$D$8,1,-1)),\"\")");
      Row overall = XlsxRecalculationTest.overall(sheet, Language.EN);
      assertThat(overall.getCell(ScoreSheet.B_FINAL).getCellType()).isEqualTo(CellType.FORMULA);
      assertThat(book.getSheet("Data").getRow(2).getCell(0).getStringCellValue()).isEqualTo("pengeluaran_pemasaran");
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()).isGreaterThanOrEqualTo(3);
      assertThat(book.getSheet("Scorecard").getDrawingPatriarch().getCharts()).hasSize(1);
    }
  }

  @Test
  void completion_and_likert_values_are_inputs_on_the_data_sheet_with_a_note() throws Exception {
    try (XSSFWorkbook book = workbook(Cases.rsiUnisma2014(), Language.EN)) {
      Map<String, Row> data = new java.util.HashMap<>();
      for (Row row : book.getSheet("Data")) {
        Cell key = row.getCell(0);
        if (key != null && key.getCellType() == CellType.STRING) {
          data.put(key.getStringCellValue(), row);
        }
      }
      Row csr = data.get("completion(\"Corporate Social Responsibility\")");
      assertThat(csr.getCell(1).getNumericCellValue()).isBetween(0.0, 100.0);
      assertThat(csr.getCell(2).getStringCellValue()).startsWith("computed by Kinerja");
      assertThat(data.get("likert_class(kepuasan_karyawan)").getCell(1).getStringCellValue()).isEqualTo("Puas");
      assertThat(data).containsKey("Sangat puas");
    }
  }

  @Test
  void user_text_that_looks_like_a_formula_is_written_as_quoted_text(@TempDir Path dir) throws Exception {
    try (XSSFWorkbook book = workbook(Hostile.report(dir), Language.EN)) {
      List<Cell> texts = new ArrayList<>();
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA) {
              assertThat(cell.getCellFormula()).doesNotContain("HYPERLINK", "cmd", "SUM(1,2)");
            } else if (cell.getCellType() == CellType.STRING) {
              texts.add(cell);
            }
          }
        }
      }
      for (String hostile : List.of("  " + Hostile.HYPERLINK, "  " + Hostile.PLUS, Hostile.MINUS)) {
        assertThat(texts).anyMatch(c -> c.getStringCellValue().equals(hostile));
      }
      assertThat(texts).filteredOn(c -> Book.looksLikeFormula(c.getStringCellValue()))
          .isNotEmpty().allMatch(c -> c.getCellStyle().getQuotePrefixed());
      assertThat(texts).anyMatch(c -> c.getStringCellValue().contains(Hostile.AT));
    }
  }

  @Test
  void a_formula_becomes_an_excel_formula_over_the_cells_of_its_names() {
    ExcelFormula.Cells cells = new ExcelFormula.Cells() {
      @Override
      public String data(String key) {
        return "Data!" + key.toUpperCase();
      }

      @Override
      public boolean isIndicator(String name) {
        return name.equals("other");
      }

      @Override
      public String indicator(String id) {
        return "$E$9";
      }
    };
    assertThat(ExcelFormula.of(Parser.parse("(revenue - spend) / spend * 100"), cells))
        .isEqualTo("(((Data!REVENUE-Data!SPEND)/Data!SPEND)*100)");
    assertThat(ExcelFormula.of(Parser.parse("if(a > 2 and other <= 1, round(a, 2), -abs(a))"), cells))
        .isEqualTo("IF(IF(AND(IF(Data!A>2,1,0)<>0,IF($E$9<=1,1,0)<>0),1,0)<>0,ROUND(Data!A,2),(-ABS(Data!A)))");
    assertThat(ExcelFormula.of(Parser.parse("completion(\"CSR\") / 2"), cells)).isEqualTo("(Data!COMPLETION(\"CSR\")/2)");
    assertThatThrownBy(() -> ExcelFormula.of(Parser.parse("growth(revenue)"), cells))
        .isInstanceOf(ExcelFormula.Untranslatable.class);
  }

  /**
   * Found by the fuzz test's seeds: 70 nested calls, or a sum of 200 terms (one parenthesis per
   * operator), became a formula nested deeper than Excel's 64 levels, and max() of 1,001 names one longer
   * than its 8,192 characters, so Excel would refuse the workbook; such an indicator's value is now an
   * input, as for any formula Excel cannot hold.
   */
  @Test
  void a_formula_deeper_or_longer_than_excel_allows_is_untranslatable_not_a_broken_workbook() {
    ExcelFormula.Cells cells = new ExcelFormula.Cells() {
      @Override
      public String data(String key) {
        return "Data!$C$2";
      }

      @Override
      public boolean isIndicator(String name) {
        return false;
      }

      @Override
      public String indicator(String id) {
        return "$E$9";
      }
    };
    for (String formula : List.of("abs(".repeat(70) + "a" + ")".repeat(70), "a" + " + a".repeat(199),
        "max(" + "a, ".repeat(1000) + "a)")) {
      assertThatThrownBy(() -> ExcelFormula.of(Parser.parse(formula), cells))
          .as(formula).isInstanceOf(ExcelFormula.Untranslatable.class);
    }
    assertThat(ExcelFormula.of(Parser.parse("abs(".repeat(60) + "a" + ")".repeat(60)), cells)).startsWith("ABS(ABS(");
  }
}

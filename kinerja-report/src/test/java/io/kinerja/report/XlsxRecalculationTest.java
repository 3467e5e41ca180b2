package io.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.core.evaluation.GroupResult;
import io.kinerja.core.evaluation.IndicatorResult;
import io.kinerja.core.evaluation.ScorecardResult;
import io.kinerja.core.formula.Value;
import io.kinerja.core.text.Language;
import io.kinerja.core.text.Messages;
import io.kinerja.core.text.Numbers;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook recomputed by a real spreadsheet engine gives Kinerja's numbers: LibreOffice opens each
 * workbook (written without cached values, recalculation forced), saves what it computed, and every
 * value, score, perspective result and final score is compared with Kinerja's to four decimals. One
 * LibreOffice run converts all the workbooks of this class.
 */
class XlsxRecalculationTest {

  @TempDir
  static Path dir;

  static ReportInput strict;
  static ReportInput published;
  static ReportInput funnel;
  static List<Path> recalculated;

  @BeforeAll
  static void recalculate_every_workbook_once() throws Exception {
    strict = Cases.rsiUnisma2014();
    published = Cases.rsiUnismaPublished();
    funnel = Cases.funnelByChannel();
    List<Path> written = new ArrayList<>();
    written.add(write(strict, Language.ID, "rsi-strict.xlsx"));
    written.add(write(published, Language.EN, "rsi-published.xlsx"));
    written.add(write(funnel, Language.EN, "funnel-by-channel.xlsx"));
    written.add(changedFigure(write(strict, Language.ID, "rsi-changed.xlsx")));
    written.add(write(Hostile.report(dir.resolve("hostile")), Language.EN, "hostile.xlsx"));
    recalculated = Tools.recalculate(written, dir.resolve("out"));
  }

  static Path write(ReportInput input, Language language, String name) throws Exception {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      XlsxReport.write(input, language, out);
    }
    return file;
  }

  /** Marketing spend of Rp 250,000,000 against a budget of Rp 213,780,000: the economy ratio goes above 100. */
  static Path changedFigure(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
      Sheet data = book.getSheet("Data");
      for (Row row : data) {
        Cell key = row.getCell(0);
        if (key != null && key.getCellType() == CellType.STRING && key.getStringCellValue().equals("pengeluaran_pemasaran")) {
          row.getCell(1).setCellValue(250_000_000);
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        book.write(out);
      }
    }
    return file;
  }

  @Test
  void libre_office_computes_the_strict_rsi_unisma_scores_and_minus_0_3571() throws Exception {
    try (Workbook book = open(0)) {
      Sheet sheet = book.getSheet(Messages.text(Language.ID, "report.xlsx.scorecard"));
      assertSameNumbers(sheet, strict.result(), Language.ID);
      assertThat(overall(sheet, Language.ID).getCell(ScoreSheet.B_FINAL).getNumericCellValue())
          .isCloseTo(-0.3571, org.assertj.core.data.Offset.offset(0.00005));
      assertThat(overall(sheet, Language.ID).getCell(ScoreSheet.B_CATEGORY).getStringCellValue()).isEqualTo("Kurang");
    }
  }

  @Test
  void libre_office_keeps_the_published_overrides_and_gives_0_2143_fair() throws Exception {
    try (Workbook book = open(1)) {
      Sheet sheet = book.getSheet("Scorecard");
      assertSameNumbers(sheet, published.result(), Language.EN);
      assertThat(round(overall(sheet, Language.EN).getCell(ScoreSheet.B_FINAL).getNumericCellValue())).isEqualTo(0.2143);
      assertThat(overall(sheet, Language.EN).getCell(ScoreSheet.B_CATEGORY).getStringCellValue()).isEqualTo("Fair");
    }
  }

  @Test
  void libre_office_computes_the_funnel_per_channel_and_as_a_whole() throws Exception {
    try (Workbook book = open(2)) {
      assertSameNumbers(book.getSheet("Scorecard Whole unit"), funnel.result(), Language.EN);
      for (ScorecardResult segment : funnel.segments()) {
        assertSameNumbers(book.getSheet("Scorecard " + funnel.segmentName(segment)), segment, Language.EN);
      }
      Sheet summary = book.getSheet("Summary");
      assertThat(round(summary.getRow(4).getCell(1).getNumericCellValue()))
          .isEqualTo(Numbers.round(funnel.result().overall().fin(), 4));
    }
  }

  @Test
  void changing_a_figure_on_the_data_sheet_changes_the_score() throws Exception {
    try (Workbook book = open(3)) {
      Sheet sheet = book.getSheet(Messages.text(Language.ID, "report.xlsx.scorecard"));
      Row economy = indicatorRow(sheet, "Rasio Ekonomi");
      assertThat(round(economy.getCell(ScoreSheet.VALUE).getNumericCellValue())).isEqualTo(round(250_000_000.0 / 213_780_000 * 100));
      assertThat(economy.getCell(ScoreSheet.SCORE).getNumericCellValue()).isEqualTo(-1);
      assertThat(round(overall(sheet, Language.ID).getCell(ScoreSheet.B_FINAL).getNumericCellValue()))
          .isEqualTo(Numbers.round(-7.0 / 14, 4));
    }
  }

  @Test
  void names_and_notes_that_look_like_formulas_stay_text_after_libre_office_opened_them() throws Exception {
    try (Workbook book = open(4)) {
      List<String> texts = new ArrayList<>();
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING) {
              texts.add(cell.getStringCellValue());
            } else if (cell.getCellType() == CellType.FORMULA) {
              assertThat(cell.getCellFormula()).doesNotContain("HYPERLINK", "cmd", "SUM(1,2)");
            }
          }
        }
      }
      assertThat(texts).contains("  " + Hostile.HYPERLINK, "  " + Hostile.PLUS, Hostile.MINUS);
      assertThat(texts).anyMatch(t -> t.contains(Hostile.AT));
    }
  }

  private Workbook open(int index) throws Exception {
    try (InputStream in = Files.newInputStream(recalculated.get(index))) {
      return WorkbookFactory.create(in);
    }
  }

  static void assertSameNumbers(Sheet sheet, ScorecardResult result, Language language) {
    assertThat(sheet).as("sheet").isNotNull();
    for (IndicatorResult i : result.indicators()) {
      Row row = indicatorRow(sheet, i.indicator().name());
      Cell value = row.getCell(ScoreSheet.VALUE);
      String what = sheet.getSheetName() + " / " + i.id();
      if (i.value() instanceof Value.Number n) {
        assertThat(round(value.getNumericCellValue())).as(what + " value").isEqualTo(Numbers.round(n.value(), 4));
      } else if (i.value() instanceof Value.Class c) {
        assertThat(value.getStringCellValue()).as(what + " class").isEqualTo(c.label());
      } else {
        assertThat(value.getStringCellValue()).as(what + " no value").isEmpty();
      }
      Cell score = row.getCell(ScoreSheet.SCORE);
      if (i.score() == null) {
        assertThat(score == null || score.getCellType() != CellType.NUMERIC
            && !(score.getCellType() == CellType.FORMULA && score.getCachedFormulaResultType() == CellType.NUMERIC))
            .as(what + " no score").isTrue();
      } else {
        assertThat(round(score.getNumericCellValue())).as(what + " score").isEqualTo(Numbers.round(i.score(), 4));
      }
      assertThat(row.getCell(ScoreSheet.CATEGORY).getStringCellValue()).as(what + " category")
          .isEqualTo(i.category() == null ? "" : i.category().in(language));
    }
    for (GroupResult g : result.perspectives()) {
      Row row = lastRowNamed(sheet, g.name());
      assertThat(round(row.getCell(ScoreSheet.B_FINAL).getNumericCellValue())).as(g.id() + " final")
          .isEqualTo(Numbers.round(g.aggregate().fin(), 4));
    }
    Row overall = overall(sheet, language);
    assertThat(round(overall.getCell(ScoreSheet.B_FINAL).getNumericCellValue())).as("final score")
        .isEqualTo(Numbers.round(result.overall().fin(), 4));
    assertThat(overall.getCell(ScoreSheet.B_CATEGORY).getStringCellValue()).isEqualTo(result.category().in(language));
  }

  static Row indicatorRow(Sheet sheet, String name) {
    return lastRowNamed(sheet, "  " + name);
  }

  static Row overall(Sheet sheet, Language language) {
    return lastRowNamed(sheet, Messages.text(language, "report.overall"));
  }

  static Row lastRowNamed(Sheet sheet, String name) {
    Row found = null;
    for (Row row : sheet) {
      Cell cell = row.getCell(0);
      if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(name)) {
        found = row;
      }
    }
    assertThat(found).as("a row named '" + name + "' on " + sheet.getSheetName()).isNotNull();
    return found;
  }

  static double round(double x) {
    return Numbers.round(x, 4);
  }
}

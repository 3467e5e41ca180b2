package io.kinerja.report;

import io.kinerja.core.evaluation.ScorecardResult;
import io.kinerja.core.text.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report as a live XLSX workbook: a Data sheet with the figures the formulas use, and a Scorecard
 * sheet per result whose values, scores, perspective results and final score are Excel formulas over
 * it (Mulyadi, achievement and Snorm; OMAX and the bands method are written as Kinerja's numbers with a
 * note). Several results (segments, periods) get one Data column and one Scorecard sheet each and a
 * Summary sheet first. Text from users is always a string cell, quote-prefixed where it looks like a
 * formula. No values are cached: Excel and LibreOffice compute every formula on opening.
 */
public final class XlsxReport {

  private XlsxReport() {}

  /** Writes the workbook for {@code input} in {@code language} to {@code out} ({@code out} is not closed). */
  public static void write(ReportInput input, Language language, OutputStream out) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      build(workbook, input, new Words(language));
      workbook.setForceFormulaRecalculation(true);
      workbook.write(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void build(XSSFWorkbook workbook, ReportInput input, Words words) {
    Book book = new Book(workbook, words);
    List<ScorecardResult> results = results(input);
    List<String> labels = labels(input, results, words);
    XSSFSheet summary = results.size() > 1 ? workbook.createSheet(words.label("xlsx.summary")) : null;
    DataSheet data = new DataSheet(words.label("xlsx.data"));
    List<ScoreSheet> sheets = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      ScoreSheet sheet = new ScoreSheet(results.get(i), data, DataSheet.FIRST_VALUE_COLUMN + i, book);
      sheet.plan();
      sheets.add(sheet);
    }
    data.layout();
    Sheet dataSheet = workbook.createSheet(data.name());
    List<String> names = sheetNames(words, labels);
    for (int i = 0; i < sheets.size(); i++) {
      sheets.get(i).write(workbook.createSheet(names.get(i)));
    }
    data.write(book, dataSheet, labels);
    if (summary != null) {
      summary(book, summary, input, results, labels, names, sheets);
    }
    ahp(workbook, input.result(), words);
    workbook.setActiveSheet(summary != null ? 0 : 1);
  }

  /** The AHP results the weights came from, as values (a sheet of its own; string cells never run). */
  private static void ahp(XSSFWorkbook workbook, ScorecardResult result, Words words) {
    if (result.scorecard().ahp().isEmpty()) {
      return;
    }
    Sheet sheet = workbook.createSheet(words.label("ahp"));
    int row = 0;
    for (var e : result.scorecard().ahp().entrySet()) {
      var a = e.getValue();
      String scope = e.getKey().equals(io.kinerja.core.model.Scorecard.PERSPECTIVES) ? words.label("ahp.perspectives")
          : words.label("ahp.indicators_of", e.getKey());
      sheet.createRow(row++).createCell(0).setCellValue(words.label("ahp.summary", scope, a.method().code(),
          words.number(a.lambdaMax(), 4), words.number(a.ci(), 4), words.number(a.cr(), 4),
          words.label(a.consistent() ? "ahp.consistent" : "ahp.inconsistent")));
      org.apache.poi.ss.usermodel.Row head = sheet.createRow(row++);
      head.createCell(0).setCellValue(words.label("ahp.element"));
      head.createCell(1).setCellValue(words.label("ahp.weight"));
      for (var w : a.weights().entrySet()) {
        org.apache.poi.ss.usermodel.Row r = sheet.createRow(row++);
        r.createCell(0).setCellValue(w.getKey());
        r.createCell(1).setCellValue(w.getValue());
      }
      row++;
    }
    sheet.setColumnWidth(0, 40 * 256);
  }

  /** The whole unit first, then each segment; or the periods oldest first; or the one result. */
  private static List<ScorecardResult> results(ReportInput input) {
    if (input.hasSegments()) {
      List<ScorecardResult> all = new ArrayList<>(List.of(input.result()));
      all.addAll(input.segments());
      return all;
    }
    return input.hasTrend() ? input.trend() : List.of(input.result());
  }

  private static List<String> labels(ReportInput input, List<ScorecardResult> results, Words words) {
    List<String> labels = new ArrayList<>();
    for (ScorecardResult r : results) {
      if (input.hasSegments()) {
        labels.add(r == input.result() ? words.label("whole_unit") : input.segmentName(r));
      } else {
        labels.add(r.span().name());
      }
    }
    return labels;
  }

  /** One sheet name per result, safe for Excel (no []:*?/\, at most 31 characters) and unique. */
  private static List<String> sheetNames(Words words, List<String> labels) {
    String base = words.label("xlsx.scorecard");
    List<String> names = new ArrayList<>();
    Set<String> taken = new HashSet<>(Set.of(words.label("xlsx.data").toLowerCase(),
        words.label("xlsx.summary").toLowerCase()));
    for (String label : labels) {
      String name = WorkbookUtil.createSafeSheetName(labels.size() == 1 ? base : base + " " + label);
      String unique = name;
      for (int k = 2; !taken.add(unique.toLowerCase()); k++) {
        String suffix = " (" + k + ")";
        unique = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
      }
      names.add(unique);
    }
    return names;
  }

  private static void summary(Book book, XSSFSheet sheet, ReportInput input, List<ScorecardResult> results,
      List<String> labels, List<String> names,
      List<ScoreSheet> sheets) {
    Words w = book.words;
    book.text(Book.row(sheet, 0), 0, input.result().scorecard().name(), book.title);
    book.text(Book.row(sheet, 1), 0, input.hasSegments() ? w.label("segments", input.dimension())
        : w.label("trend_overall"));
    Row header = Book.row(sheet, 3);
    String first = input.hasSegments() ? input.dimension() : w.label("period");
    book.text(header, 0, first, book.header);
    book.text(header, 1, w.label("final"), book.header);
    book.text(header, 2, w.label("category"), book.header);
    for (int i = 0; i < labels.size(); i++) {
      Row row = Book.row(sheet, 4 + i);
      book.text(row, 0, labels.get(i));
      int overall = sheets.get(i).overallRow();
      book.formula(row, 1, ref(names.get(i), overall, ScoreSheet.B_FINAL), "0.0000");
      book.formula(row, 2, ref(names.get(i), overall, ScoreSheet.B_CATEGORY), null);
    }
    sheet.createFreezePane(0, 4);
    sheet.setColumnWidth(0, 30 * 256);
    sheet.setColumnWidth(1, 14 * 256);
    sheet.setColumnWidth(2, 22 * 256);
    chart(sheet, labels, results.stream().map(r -> r.overall().fin()).toList(), input.hasTrend(), w);
  }

  private static String ref(String sheet, int row, int column) {
    return new CellReference(sheet, row, column, true, true).formatAsString();
  }

  private static void chart(XSSFSheet sheet, List<String> labels, List<Double> finals, boolean line, Words w) {
    int count = labels.size();
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 4, 3, 13, 21));
    chart.setTitleText(w.label("final"));
    chart.setTitleOverlay(false);
    var x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    var y = chart.createValueAxis(AxisPosition.LEFT);
    var categories = XDDFDataSourcesFactory.fromArray(labels.toArray(String[]::new),
        ScoreSheet.range(sheet.getSheetName(), 4, 3 + count, 0));
    var values = XDDFDataSourcesFactory.fromArray(finals.toArray(Double[]::new),
        ScoreSheet.range(sheet.getSheetName(), 4, 3 + count, 1));
    XDDFChartData data = chart.createData(line ? ChartTypes.LINE : ChartTypes.BAR, x, y);
    data.addSeries(categories, values).setTitle(w.label("final"), null);
    if (data instanceof org.apache.poi.xddf.usermodel.chart.XDDFBarChartData bars) {
      bars.setBarDirection(org.apache.poi.xddf.usermodel.chart.BarDirection.COL);
    }
    chart.plot(data);
  }
}

package io.kinerja.report;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A workbook's cell styles and the one way text is written into a cell: as a string, never as a
 * formula, and with Excel's quote prefix where it starts like a formula ({@code = + - @}, a tab or a
 * carriage return), so that even a copy pasted elsewhere or saved as CSV stays text.
 */
final class Book {

  final Workbook workbook;
  final Words words;
  final CellStyle header;
  final CellStyle title;
  final CellStyle bold;
  final CellStyle text;
  final CellStyle quoted;
  final CellStyle wrapped;
  private final Map<String, CellStyle> numbers = new HashMap<>();

  Book(Workbook workbook, Words words) {
    this.workbook = workbook;
    this.words = words;
    Font boldFont = workbook.createFont();
    boldFont.setBold(true);
    Font big = workbook.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    header = workbook.createCellStyle();
    header.setFont(boldFont);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setWrapText(true);
    title = workbook.createCellStyle();
    title.setFont(big);
    bold = workbook.createCellStyle();
    bold.setFont(boldFont);
    text = workbook.createCellStyle();
    quoted = workbook.createCellStyle();
    quoted.setQuotePrefixed(true);
    wrapped = workbook.createCellStyle();
    wrapped.setWrapText(true);
  }

  /** Whether Excel (or a CSV reader) could take {@code s} for a formula. */
  static boolean looksLikeFormula(String s) {
    return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0;
  }

  /** Writes user or report text as a string cell. */
  Cell text(Row row, int column, String value) {
    return text(row, column, value, null);
  }

  Cell text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    String s = value == null ? "" : value;
    cell.setCellValue(s);
    if (looksLikeFormula(s)) {
      cell.setCellStyle(quoted);
    } else if (style != null) {
      cell.setCellStyle(style);
    }
    return cell;
  }

  Cell number(Row row, int column, double value, String format) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(format(format));
    return cell;
  }

  /** A formula of our own making (never user text: user text only enters as quoted string literals). */
  Cell formula(Row row, int column, String formula, String format) {
    Cell cell = row.createCell(column);
    cell.setCellFormula(formula);
    if (format != null) {
      cell.setCellStyle(format(format));
    }
    return cell;
  }

  CellStyle format(String format) {
    return numbers.computeIfAbsent(format, f -> {
      CellStyle style = workbook.createCellStyle();
      style.setDataFormat(workbook.createDataFormat().getFormat(f));
      return style;
    });
  }

  /** The number format of a value in a unit, in the report's language. */
  String unitFormat(String unit) {
    boolean id = words.language() == io.kinerja.core.text.Language.ID;
    if (unit == null || unit.isBlank() || unit.equals("score")) {
      return "#,##0.####";
    }
    return switch (unit) {
      case "%" -> "#,##0.00\" %\"";
      case "IDR" -> id ? "\"Rp \"#,##0" : "\"IDR \"#,##0";
      case "count" -> "#,##0";
      case "days" -> id ? "#,##0.00\" hari\"" : "#,##0.00\" days\"";
      default -> "#,##0.00";
    };
  }

  /** A string literal for a formula: quotes doubled. */
  static String literal(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  static Row row(Sheet sheet, int index) {
    Row row = sheet.getRow(index);
    return row != null ? row : sheet.createRow(index);
  }
}

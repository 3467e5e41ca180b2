package io.kinerja.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks made for tests: each row's cells are numbers, dates (formatted as dates), text, or (written "=…") formulas. */
final class Xlsx {

  private Xlsx() {}

  static byte[] of(Object[]... rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("figures");
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("mmm yyyy"));
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v instanceof LocalDate d) {
            Cell cell = row.createCell(c);
            cell.setCellValue(d);
            cell.setCellStyle(date);
          } else if (v instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else if (v instanceof String s && s.startsWith("=")) {
            row.createCell(c).setCellFormula(s.substring(1));
          } else if (v != null) {
            row.createCell(c).setCellValue(v.toString());
          }
        }
      }
      workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

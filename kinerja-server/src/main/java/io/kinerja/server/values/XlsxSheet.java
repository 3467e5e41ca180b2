package io.kinerja.server.values;

import io.kinerja.core.period.Grain;
import io.kinerja.core.period.Period;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import io.kinerja.data.csv.CsvTable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an XLSX workbook as a table, one line per sheet row, so that a problem's line is the
 * row number a person sees in the spreadsheet. Numbers are written plainly ({@code 1234.5}); a formula
 * counts by its stored result; a cell holding an error (#DIV/0!, #N/A…) is reported by row and column. A
 * date in the header row or the {@code period} column is the period of the scorecard's grain holding it
 * (2014-01-15 is {@code 2014-01} for a monthly scorecard), as a person who typed "Jan 2014" into Excel meant;
 * a date anywhere else is its ISO day.
 */
final class XlsxSheet {

  /** The largest a part of a workbook may unpack to: the largest upload, so unpacking cannot multiply it. */
  static final long LARGEST_PART_MB = 64;

  static {
    // Set here rather than trusted to POI's defaults (a part may be 4 GB by default): a part that expands
    // more than 100-fold, or beyond LARGEST_PART_MB, is a zip bomb and is refused before it is read.
    org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.01);
    org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(LARGEST_PART_MB * 1024 * 1024);
  }

  private XlsxSheet() {}

  static CsvTable read(String name, byte[] content, Grain grain, Problems problems) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      if (workbook.getNumberOfSheets() == 0) {
        throw InvalidInputException.of(Location.file(name), "csv.empty_file");
      }
      return CsvTable.parse(name, csv(name, workbook.getSheetAt(0), grain, problems));
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException invalid) {
        throw invalid;
      }
      String message = String.valueOf(e.getMessage());
      if (message.contains("Zip bomb") || message.contains("max. entry size") || message.contains("ZipSecureFile")) {
        throw InvalidInputException.of(Location.file(name), "server.xlsx_bomb", LARGEST_PART_MB);
      }
      throw InvalidInputException.of(Location.file(name), "server.xlsx_unreadable", message);
    }
  }

  private static String csv(String name, Sheet sheet, Grain grain, Problems problems) {
    StringBuilder out = new StringBuilder();
    List<String> header = new ArrayList<>();
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      List<String> cells = new ArrayList<>();
      for (int col = 0; row != null && col < row.getLastCellNum(); col++) {
        String column = col < header.size() && !header.get(col).isEmpty() ? header.get(col)
            : CellReference.convertNumToColString(col);
        Grain periodGrain = grain != null && (r == 0 || column.equals("period")) ? grain : null;
        cells.add(text(row.getCell(col), name, r + 1, column, periodGrain, problems));
      }
      while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
        cells.remove(cells.size() - 1);
      }
      if (header.isEmpty()) {
        cells.forEach(c -> header.add(c.strip().toLowerCase(java.util.Locale.ROOT)));
      }
      // An empty row stays an empty line, which keeps the rows below on their own numbers.
      out.append(cells.stream().map(XlsxSheet::quoted).collect(Collectors.joining(","))).append('\n');
    }
    return out.toString();
  }

  private static String date(LocalDate day, Grain grain) {
    return grain == null ? day.toString() : Period.containing(grain, day).name();
  }

  /** A CSV cell, always quoted: commas, quotes and leading spaces then stay part of the text. */
  private static String quoted(String cell) {
    return '"' + cell.replace("\"", "\"\"") + '"';
  }

  private static String text(Cell cell, String name, int row, String column, Grain grain, Problems problems) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (type) {
      case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? date(cell.getLocalDateTimeCellValue().toLocalDate(), grain)
          : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      case STRING -> cell.getStringCellValue().replace('\n', ' ').replace('\r', ' ');
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      case ERROR -> {
        problems.error(Location.cell(name, row, column), "server.xlsx_error_cell",
            FormulaError.forInt(cell.getErrorCellValue()).getString());
        yield FormulaError.forInt(cell.getErrorCellValue()).getString();
      }
      default -> "";
    };
  }
}
